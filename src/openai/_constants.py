"""Defaults of the client and transport core, in one place so the docs and tests can point at them."""

from __future__ import annotations

import httpx

__all__ = [
    "RAW_RESPONSE_HEADER",
    "OVERRIDE_CAST_TO_HEADER",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "DEFAULT_BASE_URL",
]

# Request header the raw/streaming response wrappers set: "true" -> legacy raw response, "stream" -> APIResponse.
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
# Pseudo-header (never sent) carrying a response class that replaces the method's `cast_to`.
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"

# 10 minutes for the whole exchange (long generations), but give up on connecting after 5 seconds.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

# Backoff: 0.5 s doubling per retry, capped at 8 s, shortened by up to 25 % of jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server-provided Retry-After is honoured only in (0, 60] seconds; anything else falls back to backoff.
MAX_RETRY_AFTER = 60.0

DEFAULT_BASE_URL = "https://api.openai.com/v1"
