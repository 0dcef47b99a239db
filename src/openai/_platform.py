"""Platform facts the client reports in its `X-Stainless-*` headers (computed once per process)."""

from __future__ import annotations

import sys
import platform
from typing import Dict, Optional

__all__ = ["get_platform", "get_architecture", "platform_headers"]


def get_platform() -> str:
    """The OS as the `X-Stainless-OS` header names it."""
    try:
        system = platform.system().lower()
    except Exception:
        return "Unknown"
    if sys.platform == "ios" or system == "ios":
        return "iOS"
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if "android" in system:
        return "Android"
    if system == "linux":
        return "Linux"
    names = {"freebsd": "FreeBSD", "openbsd": "OpenBSD"}
    if system in names:
        return names[system]
    return f"Other:{system}" if system else "Unknown"


def get_architecture() -> str:
    """The CPU architecture as the `X-Stainless-Arch` header names it."""
    try:
        machine = platform.machine().lower()
    except Exception:
        return "unknown"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine == "arm" or machine.startswith("armv"):
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("i386", "i686", "x86", "x32"):
        return "x32"
    return f"other:{machine}" if machine else "unknown"


_platform_base: Dict[str, Dict[str, str]] = {}


def platform_headers(version: str, *, async_library: Optional[str]) -> Dict[str, str]:
    """`X-Stainless-*` headers describing this runtime (`async_library` None for a sync client)."""
    base = _platform_base.get("base")
    if base is None:
        base = _platform_base["base"] = {
            "X-Stainless-Lang": "python",
            "X-Stainless-Package-Version": version,
            "X-Stainless-OS": get_platform(),
            "X-Stainless-Arch": get_architecture(),
            "X-Stainless-Runtime": platform.python_implementation(),
            "X-Stainless-Runtime-Version": platform.python_version(),
        }
    headers = dict(base)
    headers["X-Stainless-Package-Version"] = version
    headers["X-Stainless-Async"] = f"async:{async_library}" if async_library else "false"
    return headers
