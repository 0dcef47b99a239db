"""Reconnection policy for Realtime/Responses WebSocket connections.

`ReconnectingEvent` is what the `on_reconnecting` callback receives before each attempt;
`ReconnectingOverrides` is what it may return to change the next handshake or to stop.
The backoff and "is this drop worth a retry" decisions live here, once, so the sync and
async connections cannot disagree.
"""

from __future__ import annotations

import random
from typing import Union, Mapping, Callable, Optional, Awaitable
from dataclasses import dataclass

from typing_extensions import TypedDict

from ._public import set_public_module
from ..._types import Omit

__all__ = [
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "OnReconnecting",
    "AsyncOnReconnecting",
    "RETRYABLE_CLOSE_CODES",
    "is_retryable_close",
    "backoff_delay",
]


@dataclass(frozen=True)
class ReconnectingEvent:
    """Describes the reconnection attempt about to be made."""

    attempt: int
    """1 for the first attempt after a drop."""

    max_attempts: int
    delay: float
    """Seconds the connection will wait before this attempt."""

    close_code: int
    """The close code of the drop (1006 when the peer vanished without a close frame)."""

    extra_query: Mapping[str, object]
    extra_headers: Mapping[str, Union[str, Omit]]


class ReconnectingOverrides(TypedDict, total=False):
    """Returned by `on_reconnecting` to alter the next attempt; every key is optional."""

    abort: bool
    """Stop reconnecting; `recv()` then raises `WebSocketConnectionClosedError`."""

    extra_query: Mapping[str, object]
    """Replaces the query parameters added to the handshake URL from now on."""

    extra_headers: Mapping[str, Union[str, Omit]]
    """Replaces the extra handshake headers from now on."""


OnReconnecting = Callable[[ReconnectingEvent], Optional[ReconnectingOverrides]]
# The async connection also awaits the callback's result when it is awaitable.
AsyncOnReconnecting = Callable[
    [ReconnectingEvent], Union[Optional[ReconnectingOverrides], Awaitable[Optional[ReconnectingOverrides]]]
]

# Close codes that mean "the link or the server hiccuped", as opposed to "the session is over"
# (1000), "you did something wrong" (1002/1003/1007/1008/1009/1010) or application codes (4xxx),
# where reconnecting would only repeat the failure.
RETRYABLE_CLOSE_CODES = frozenset(
    {
        1001,  # going away (server restart / load balancer drain)
        1006,  # abnormal closure: no close frame, e.g. the TCP connection dropped
        1011,  # internal server error
        1012,  # service restart
        1013,  # try again later
        1014,  # bad gateway
    }
)


def is_retryable_close(code: int | None) -> bool:
    # `None` means the connection died before any close frame could be read.
    return code is None or code in RETRYABLE_CLOSE_CODES


def backoff_delay(attempt: int, *, initial_delay: float, max_delay: float) -> float:
    """Exponential backoff with up to 25% jitter downwards, capped at `max_delay`.

    Jitter only ever shortens the delay so `max_delay` stays a true upper bound, and clients
    that dropped together do not all come back in the same instant.
    """
    base = min(initial_delay * (2 ** (attempt - 1)), max_delay)
    return max(0.0, base * (1 - 0.25 * random.random()))


# Both are top-level exports, and the official package labels its top-level exports `openai` (the
# surface table's `top_level_exports` records `module: openai` for these two), so that label wins over
# `openai.types.websocket_reconnection`, which re-exports them too. Either path imports the same class.
set_public_module("openai", ReconnectingEvent, ReconnectingOverrides)
