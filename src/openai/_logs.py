"""Logging for the SDK: `logging.getLogger("openai")`, switched on with `OPENAI_LOG=info|debug`.

Credentials never reach a log record: `SensitiveHeadersFilter` redacts `Authorization` and
`api-key` values in any headers mapping a record carries, and the core only logs redacted copies.
"""

from __future__ import annotations

import os
import logging
from typing import Any, Dict, Mapping, cast

__all__ = ["logger", "httpx_logger", "setup_logging", "SensitiveHeadersFilter", "redact_headers", "REDACTED"]

logger: logging.Logger = logging.getLogger("openai")
httpx_logger: logging.Logger = logging.getLogger("httpx")

REDACTED = "<redacted>"
SENSITIVE_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "openai-admin-key"})


def redact_headers(headers: Mapping[str, object]) -> Dict[str, object]:
    """A copy of `headers` with credential values replaced by `<redacted>`."""
    return {key: (REDACTED if key.lower() in SENSITIVE_HEADERS else value) for key, value in headers.items()}


class SensitiveHeadersFilter(logging.Filter):
    """Redacts credentials in records whose args carry a `headers` mapping (ours or another library's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping) and "headers" in args:
            mapping = cast("Mapping[str, Any]", args)
            headers = mapping["headers"]
            if isinstance(headers, Mapping):
                record.args = {**mapping, "headers": redact_headers(cast("Mapping[str, object]", headers))}
        return True


def _basic_config() -> None:
    logging.basicConfig(format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")


_configured = False


def setup_logging() -> None:
    """Apply `OPENAI_LOG` once per process (idempotent; called when the client module loads)."""
    global _configured
    if _configured:
        return
    _configured = True
    logger.addFilter(SensitiveHeadersFilter())
    level = os.environ.get("OPENAI_LOG", "").lower()
    if level == "debug":
        _basic_config()
        logger.setLevel(logging.DEBUG)
        httpx_logger.setLevel(logging.DEBUG)
    elif level == "info":
        _basic_config()
        logger.setLevel(logging.INFO)
        httpx_logger.setLevel(logging.INFO)
