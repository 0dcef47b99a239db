"""The synchronous WebSocket connection (on `websockets.sync.client`) and its context manager.

Threading model: one thread calls `recv()` (or iterates); any thread may `send()`. When the
socket drops, whichever call notices first reconnects (with backoff) while holding the state;
sends made meanwhile are queued, bounded by `max_queue_size` bytes, and flushed in order before
anything newer once the new socket is up.
"""

from __future__ import annotations

import time
import threading
from types import TracebackType
from typing import Any, Dict, List, Type, Union, Generic, Mapping, TypeVar, Iterator, NoReturn, Optional

from ._ws import import_websockets_module
from ._serde import serialize_event, parse_server_event
from ._common import SendQueue, ConnectParams, close_info, next_event, closed_error, apply_overrides
from ._errors import handshake_status_error
from ..._models import BaseModel
from ._handshake import build_handshake, resolve_credentials
from ._reconnect import is_retryable_close
from ..._exceptions import APIStatusError, WebSocketConnectionClosedError

__all__ = ["BaseSyncConnection", "BaseSyncConnectionManager"]

_NORMAL_CLOSURE = 1000


def _open_socket(client: Any, params: ConnectParams) -> Any:
    """One handshake with the current parameters; returns a `websockets` ClientConnection."""
    connect = import_websockets_module("websockets.sync.client").connect
    url, headers = build_handshake(
        client,
        params.flavour,
        resolve_credentials(client),
        model=params.model,
        call_id=params.call_id,
        extra_query=params.extra_query,
        extra_headers=params.extra_headers,
    )
    options: Dict[str, Any] = dict(params.websocket_connection_options)
    user_agent = next((headers.pop(k) for k in list(headers) if k.lower() == "user-agent"), None)
    if user_agent is not None:
        options.setdefault("user_agent_header", user_agent)
    try:
        websocket = connect(url, additional_headers=headers, **options)
    except import_websockets_module("websockets.exceptions").InvalidStatus as exc:
        raise handshake_status_error(client, url, exc) from exc
    # Entering marks the connection as managed (websockets >= 17.1 warns otherwise); this
    # connection object owns its lifetime and closes it in `close()`.
    return websocket.__enter__()


_EventT = TypeVar("_EventT")


class BaseSyncConnection(Generic[_EventT]):
    """Send and receive events; subclasses add the typed per-event senders."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        self._client = client
        self._params = params
        self._ws = websocket
        self._state = threading.RLock()
        self._settled = threading.Condition(self._state)  # notified when a reconnection ends
        self._reconnecting = False
        self._queue = SendQueue(params.max_queue_size)
        self._closed_by_user = False
        self._failure: Optional[WebSocketConnectionClosedError] = None
        self._close_code: Optional[int] = None
        # Reconnection attempts since a message was last received: a server that accepts and then
        # drops at once uses up `max_retries` instead of being reconnected to forever.
        self._attempts = 0

    @property
    def websocket(self) -> Any:
        """The underlying `websockets` ClientConnection (replaced on reconnect)."""
        return self._ws

    # ---- receiving ----

    def __iter__(self) -> Iterator[_EventT]:
        """Yield server events until the connection is closed normally (by you or with code 1000)."""
        while True:
            try:
                yield self.recv()
            except WebSocketConnectionClosedError:
                if self._closed_by_user or self._close_code == _NORMAL_CLOSURE:
                    return
                raise

    def recv(self) -> _EventT:
        """Wait for the next server event, typed by its `type` (unknown types are kept, not raised)."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """Wait for the next raw message; reconnects transparently when the link drops."""
        ws_exceptions = import_websockets_module("websockets.exceptions")
        while True:
            with self._state:
                self._raise_if_finished([])
                ws = self._ws
            try:
                message = ws.recv()
            except ws_exceptions.ConnectionClosed as exc:
                self._handle_drop(ws, exc)
                continue
            self._attempts = 0
            return message.encode("utf-8") if isinstance(message, str) else bytes(message)

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """Turn one raw frame into a typed server event (unknown `type`s become `UnknownServerEvent`)."""
        return parse_server_event(data, self._params.server_event_union)

    # ---- sending ----

    def send(self, event: Union[BaseModel, Mapping[str, object], str]) -> None:
        """Send a client event (a param dict, a model, or already-encoded JSON text)."""
        data = event if isinstance(event, str) else serialize_event(event)
        ws_exceptions = import_websockets_module("websockets.exceptions")
        with self._state:
            self._raise_if_finished([data])
            if self._reconnecting:
                self._queue.push(data)
                return
            ws = self._ws
        try:
            ws.send(data)
        except ws_exceptions.ConnectionClosed as exc:
            with self._state:
                if self._reconnecting:
                    self._queue.push(data)  # flushed by the thread that is reconnecting
                    return
                resend = self._ws is not ws  # another thread already reconnected
                unsent = [data]
                if not resend and not self._closed_by_user and self._can_reconnect(exc):
                    self._queue.push(data)
                    unsent = []
            if resend:
                self.send(data)
                return
            self._handle_drop(ws, exc, unsent=unsent)

    # ---- closing ----

    def close(self, *, code: int = _NORMAL_CLOSURE, reason: str = "") -> None:
        with self._state:
            self._closed_by_user = True
            ws = self._ws
        ws.close(code=code, reason=reason)

    # ---- reconnection ----

    def _raise_if_finished(self, unsent: List[str]) -> None:
        if self._closed_by_user:
            raise closed_error(_NORMAL_CLOSURE, "", unsent=unsent, detail="the connection was closed by the client")
        if self._failure is not None:
            raise closed_error(
                getattr(self._failure, "close_code", 1006),
                getattr(self._failure, "close_reason", ""),
                unsent=unsent,
                detail="the connection is no longer usable",
            ) from self._failure

    def _can_reconnect(self, exc: BaseException) -> bool:
        return self._params.max_retries > 0 and is_retryable_close(close_info(exc)[0])

    def _give_up(self, code: int, reason: str, detail: str, unsent: Optional[List[str]] = None) -> None:
        """Mark the connection unusable; queued messages move into the error's `unsent_messages`."""
        with self._state:
            self._close_code = code
            self._reconnecting = False
            self._failure = closed_error(code, reason, unsent=(unsent or []) + self._queue.drain(), detail=detail)
            self._settled.notify_all()

    def _fail(self, code: int, reason: str, detail: str, unsent: Optional[List[str]] = None) -> NoReturn:
        self._give_up(code, reason, detail, unsent)
        assert self._failure is not None
        raise self._failure

    def _handle_drop(self, failed_ws: Any, exc: BaseException, unsent: Optional[List[str]] = None) -> None:
        """Called by whoever saw `failed_ws` close: reconnect, or raise the final error."""
        code, reason = close_info(exc)
        with self._state:
            while self._reconnecting:  # another thread is reconnecting: wait for its outcome
                self._settled.wait()
            self._raise_if_finished(unsent or [])  # ...which may have been to give up
            if self._ws is not failed_ws:
                return  # another thread already reconnected: just retry
            if not self._can_reconnect(exc):
                self._fail(code, reason, "not reconnecting" if code != _NORMAL_CLOSURE else "", unsent)
            self._reconnecting = True
        try:
            self._reconnect(code, reason)
        except BaseException:
            with self._state:
                if self._reconnecting:  # interrupted mid-attempt (e.g. KeyboardInterrupt): next call starts over
                    self._reconnecting = False
                    self._settled.notify_all()
            raise

    def _reconnect(self, code: int, reason: str) -> None:
        params = self._params
        ws_exceptions = import_websockets_module("websockets.exceptions")
        last_error = ""
        for attempt in range(self._attempts + 1, params.max_retries + 1):
            self._attempts = attempt
            if self._closed_by_user:  # close() was called while we were reconnecting
                self._fail(_NORMAL_CLOSURE, "", "the connection was closed by the client")
            event = next_event(params, attempt, code)
            if params.on_reconnecting is not None:
                try:
                    overrides = params.on_reconnecting(event)
                except BaseException:
                    self._give_up(code, reason, "on_reconnecting raised")
                    raise
                if not apply_overrides(params, overrides):
                    self._fail(code, reason, "reconnection aborted by on_reconnecting")
            time.sleep(event.delay)
            try:
                ws = _open_socket(self._client, params)
            except (OSError, TimeoutError, ws_exceptions.WebSocketException, APIStatusError) as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                continue
            with self._state:
                if self._closed_by_user:  # closed while the handshake was in flight: don't resurrect it
                    ws.close()
                    self._fail(_NORMAL_CLOSURE, "", "the connection was closed by the client")
                self._ws = ws
                try:
                    while len(self._queue):
                        ws.send(self._queue.peek())
                        self._queue.pop()
                except ws_exceptions.ConnectionClosed as exc:
                    code, reason = close_info(exc)
                    continue  # the queue keeps what was not sent; try again
                self._reconnecting = False
                self._settled.notify_all()
            return
        self._fail(
            code, reason, f"gave up after {params.max_retries} reconnection attempts ({last_error or 'dropped'})"
        )


_ConnectionT = TypeVar("_ConnectionT", bound="BaseSyncConnection[Any]")


class BaseSyncConnectionManager(Generic[_ConnectionT]):
    """`with client.realtime.connect(...) as connection:` opens on enter and closes on exit."""

    _connection_cls: Type[_ConnectionT]

    def __init__(self, client: Any, params: ConnectParams) -> None:
        self._client = client
        self._params = params
        self._connection: Optional[_ConnectionT] = None

    def enter(self) -> _ConnectionT:
        """Open the connection without a `with` block; call `connection.close()` when done."""
        self._connection = self._connection_cls(self._client, self._params, _open_socket(self._client, self._params))
        return self._connection

    __enter__ = enter

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._connection is not None:
            self._connection.close()
