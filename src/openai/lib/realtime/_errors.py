"""A rejected WebSocket handshake becomes the same `APIStatusError` subclass an HTTP call would raise."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["handshake_status_error"]


def handshake_status_error(client: Any, url: str, exc: Any) -> BaseException:
    """Map a `websockets` InvalidStatus (e.g. 401 on a bad key) to `AuthenticationError` & co.

    Falls back to the original exception for clients without the core's error factory.
    """
    response = getattr(exc, "response", None)
    make_error = getattr(client, "_make_status_error_from_response", None)
    if response is None or not callable(make_error):
        return exc
    # The handshake is an HTTP GET; present its answer as an httpx.Response so error parsing is shared.
    http_response = httpx.Response(
        status_code=int(response.status_code),
        headers=list(response.headers.raw_items()),
        content=bytes(response.body or b""),
        request=httpx.Request("GET", url.replace("wss://", "https://", 1).replace("ws://", "http://", 1)),
    )
    error = make_error(http_response)
    return error if isinstance(error, BaseException) else exc
