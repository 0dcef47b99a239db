"""State and decisions shared by the sync and async connections (no I/O here)."""

from __future__ import annotations

from typing import Any, List, Deque, Tuple, Union, Mapping, Optional
from collections import deque
from dataclasses import field, dataclass

from ..._types import Omit
from ._options import WebSocketConnectionOptions
from ._handshake import ApiFlavour
from ._reconnect import ReconnectingEvent, ReconnectingOverrides, backoff_delay
from ..._exceptions import WebSocketQueueFullError, WebSocketConnectionClosedError

__all__ = ["ConnectParams", "SendQueue", "close_info", "closed_error", "apply_overrides", "next_event"]

ABNORMAL_CLOSURE = 1006


@dataclass
class ConnectParams:
    """Everything `connect(...)` was given, plus what `on_reconnecting` has changed since."""

    flavour: ApiFlavour
    server_event_union: str  # dotted path of the generated server event union
    model: Optional[str] = None
    call_id: Optional[str] = None
    extra_query: Mapping[str, object] = field(default_factory=dict)  # pyright: ignore[reportUnknownVariableType]
    extra_headers: Mapping[str, Union[str, Omit]] = field(default_factory=dict)  # pyright: ignore[reportUnknownVariableType]
    websocket_connection_options: WebSocketConnectionOptions = field(default_factory=dict)  # pyright: ignore[reportAssignmentType]
    on_reconnecting: Optional[Any] = None
    max_retries: int = 0
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_queue_size: int = 1024 * 1024


class SendQueue:
    """Messages sent while reconnecting, bounded by their total size in bytes."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._items: Deque[str] = deque()
        self._size = 0

    def __len__(self) -> int:
        return len(self._items)

    def push(self, message: str) -> None:
        size = len(message.encode("utf-8"))
        if self._size + size > self._max_bytes:
            raise WebSocketQueueFullError(
                f"The send queue is full ({self._size} + {size} bytes > max_queue_size={self._max_bytes}) "
                "while the connection is reconnecting"
            )
        self._items.append(message)
        self._size += size

    def peek(self) -> str:
        return self._items[0]

    def pop(self) -> str:
        message = self._items.popleft()
        self._size -= len(message.encode("utf-8"))
        return message

    def drain(self) -> List[str]:
        items = list(self._items)
        self._items.clear()
        self._size = 0
        return items


def close_info(exc: BaseException) -> Tuple[int, str]:
    """(code, reason) of a `websockets` ConnectionClosed; 1006 when no close frame arrived."""
    rcvd = getattr(exc, "rcvd", None)
    if rcvd is not None:
        return int(rcvd.code), str(rcvd.reason)
    return ABNORMAL_CLOSURE, ""


def closed_error(code: int, reason: str, *, unsent: List[str], detail: str = "") -> WebSocketConnectionClosedError:
    """The error `recv`/`send` raise once the connection is gone for good."""
    message = f"WebSocket connection closed with code {code}" + (f" ({reason})" if reason else "")
    if detail:
        message += f": {detail}"
    error = WebSocketConnectionClosedError(message, unsent_messages=unsent)
    # Extra attributes for callers that branch on the close code.
    error.close_code = code  # type: ignore[attr-defined]
    error.close_reason = reason  # type: ignore[attr-defined]
    return error


def next_event(params: ConnectParams, attempt: int, close_code: int) -> ReconnectingEvent:
    return ReconnectingEvent(
        attempt=attempt,
        max_attempts=params.max_retries,
        delay=backoff_delay(attempt, initial_delay=params.initial_delay, max_delay=params.max_delay),
        close_code=close_code,
        extra_query=params.extra_query,
        extra_headers=params.extra_headers,
    )


def apply_overrides(params: ConnectParams, overrides: Optional[ReconnectingOverrides]) -> bool:
    """Fold the callback's answer into `params`; return False when it asked to stop."""
    if not overrides:
        return True
    if overrides.get("abort"):
        return False
    if "extra_query" in overrides:
        params.extra_query = overrides["extra_query"]
    if "extra_headers" in overrides:
        params.extra_headers = overrides["extra_headers"]
    return True
