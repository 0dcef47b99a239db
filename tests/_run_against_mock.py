"""Shared by tests/test_readme.py and tests/test_examples.py: run Python code against the Prism mock.

The mock's URL comes from TEST_API_BASE_URL (default http://127.0.0.1:4010). When it is not reachable the
tests skip with the reason, except under CI (env CI set), where a missing mock is a failure.
"""

from __future__ import annotations

import os
import sys
import functools
import subprocess
from typing import Dict, Optional
from pathlib import Path

import httpx
import pytest

MOCK_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
REPO_ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 60


@functools.cache  # probed once per test session
def _mock_reachable() -> bool:
    try:
        # Any HTTP answer (Prism says 401 without a key) means the server is up.
        httpx.get(f"{MOCK_URL}/models", timeout=2.0)
    except httpx.HTTPError:
        return False
    return True


def require_mock() -> None:
    if _mock_reachable():
        return
    message = f"the Prism mock is not reachable at {MOCK_URL} (start it with ./scripts/mock)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def mock_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    env.update({"OPENAI_BASE_URL": MOCK_URL, "OPENAI_API_KEY": "sk-mock", "PYTHONUNBUFFERED": "1"})
    env.update(extra or {})
    return env


def run_python(args: list[str], cwd: Path, extra_env: Optional[Dict[str, str]] = None) -> str:
    """Run `python <args>` in a fresh interpreter; return stdout, failing the test with stderr on error."""
    try:
        proc = subprocess.run(
            [sys.executable, *args],
            cwd=cwd,
            env=mock_env(extra_env),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"timed out after {TIMEOUT_SECONDS}s; output so far:\n{exc.stdout}\n{exc.stderr}")
    if proc.returncode != 0:
        pytest.fail(f"exit code {proc.returncode}\n--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}")
    return proc.stdout
