"""The asynchronous WebSocket connection (on `websockets.asyncio.client`) and its context manager.

Mirrors `_sync.py` method for method. Tasks share the connection: one task receives, any task
may send; the task that notices a drop reconnects while sends from other tasks are queued.
"""

from __future__ import annotations

import asyncio
import inspect
from types import TracebackType
from typing import Any, Dict, List, Type, Union, Generic, Mapping, TypeVar, NoReturn, Optional, AsyncIterator

import anyio
import sniffio

from ._ws import import_websockets_module
from ._serde import serialize_event, parse_server_event
from ._common import SendQueue, ConnectParams, close_info, next_event, closed_error, apply_overrides
from ._errors import handshake_status_error
from ..._models import BaseModel
from ._handshake import build_handshake, async_resolve_credentials
from ._reconnect import is_retryable_close
from ..._exceptions import OpenAIError, APIStatusError, WebSocketConnectionClosedError

__all__ = ["BaseAsyncConnection", "BaseAsyncConnectionManager"]

_NORMAL_CLOSURE = 1000


def _require_asyncio() -> None:
    # `websockets.asyncio` runs on asyncio only; under trio it would fail deep inside with
    # "no running event loop", so say what is wrong up front.
    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return
    if library != "asyncio":
        raise OpenAIError(f"Realtime connections on the async client need asyncio, not {library}")


async def _open_socket(client: Any, params: ConnectParams) -> Any:
    """One handshake with the current parameters; returns a `websockets` ClientConnection."""
    _require_asyncio()
    connect = import_websockets_module("websockets.asyncio.client").connect
    url, headers = build_handshake(
        client,
        params.flavour,
        await async_resolve_credentials(client),
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
        return await connect(url, additional_headers=headers, **options)
    except import_websockets_module("websockets.exceptions").InvalidStatus as exc:
        raise handshake_status_error(client, url, exc) from exc


_EventT = TypeVar("_EventT")


class BaseAsyncConnection(Generic[_EventT]):
    """Send and receive events; subclasses add the typed per-event senders."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        self._client = client
        self._params = params
        self._ws = websocket
        self._reconnecting = False
        self._settled = asyncio.Event()  # set when no reconnection is in progress
        self._settled.set()
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

    async def __aiter__(self) -> AsyncIterator[_EventT]:
        """Yield server events until the connection is closed normally (by you or with code 1000)."""
        while True:
            try:
                yield await self.recv()
            except WebSocketConnectionClosedError:
                if self._closed_by_user or self._close_code == _NORMAL_CLOSURE:
                    return
                raise

    async def recv(self) -> _EventT:
        """Wait for the next server event, typed by its `type` (unknown types are kept, not raised)."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """Wait for the next raw message; reconnects transparently when the link drops."""
        ws_exceptions = import_websockets_module("websockets.exceptions")
        while True:
            self._raise_if_finished([])
            ws = self._ws
            try:
                message = await ws.recv()
            except ws_exceptions.ConnectionClosed as exc:
                await self._handle_drop(ws, exc)
                continue
            self._attempts = 0
            return message.encode("utf-8") if isinstance(message, str) else bytes(message)

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """Turn one raw frame into a typed server event (unknown `type`s become `UnknownServerEvent`)."""
        return parse_server_event(data, self._params.server_event_union)

    # ---- sending ----

    async def send(self, event: Union[BaseModel, Mapping[str, object], str]) -> None:
        """Send a client event (a param dict, a model, or already-encoded JSON text)."""
        data = event if isinstance(event, str) else serialize_event(event)
        ws_exceptions = import_websockets_module("websockets.exceptions")
        self._raise_if_finished([data])
        if self._reconnecting:
            self._queue.push(data)
            return
        ws = self._ws
        try:
            await ws.send(data)
        except ws_exceptions.ConnectionClosed as exc:
            if self._reconnecting:
                self._queue.push(data)  # flushed by the task that is reconnecting
                return
            if self._ws is not ws:  # another task already reconnected
                await self.send(data)
                return
            unsent = [data]
            if not self._closed_by_user and self._can_reconnect(exc):
                self._queue.push(data)
                unsent = []
            await self._handle_drop(ws, exc, unsent=unsent)

    # ---- closing ----

    async def close(self, *, code: int = _NORMAL_CLOSURE, reason: str = "") -> None:
        self._closed_by_user = True
        await self._ws.close(code=code, reason=reason)

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
        self._close_code = code
        self._reconnecting = False
        self._settled.set()
        self._failure = closed_error(code, reason, unsent=(unsent or []) + self._queue.drain(), detail=detail)

    def _fail(self, code: int, reason: str, detail: str, unsent: Optional[List[str]] = None) -> NoReturn:
        self._give_up(code, reason, detail, unsent)
        assert self._failure is not None
        raise self._failure

    async def _handle_drop(self, failed_ws: Any, exc: BaseException, unsent: Optional[List[str]] = None) -> None:
        """Called by whoever saw `failed_ws` close: reconnect, or raise the final error."""
        code, reason = close_info(exc)
        if self._closed_by_user:
            self._raise_if_finished(unsent or [])
        if self._reconnecting:
            # Another task is reconnecting: wait for its outcome rather than spin on the dead socket.
            await self._settled.wait()
            return
        if self._ws is not failed_ws:
            return  # another task already reconnected: just retry
        if not self._can_reconnect(exc):
            self._fail(code, reason, "not reconnecting" if code != _NORMAL_CLOSURE else "", unsent)
        self._reconnecting = True
        self._settled.clear()
        try:
            await self._reconnect(code, reason)
        except BaseException:
            if self._reconnecting:  # cancelled mid-attempt: let the next call start over
                self._reconnecting = False
                self._settled.set()
            raise

    async def _reconnect(self, code: int, reason: str) -> None:
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
                    if inspect.isawaitable(overrides):
                        overrides = await overrides
                except BaseException:
                    self._give_up(code, reason, "on_reconnecting raised")
                    raise
                if not apply_overrides(params, overrides):
                    self._fail(code, reason, "reconnection aborted by on_reconnecting")
            await asyncio.sleep(event.delay)
            try:
                ws = await _open_socket(self._client, params)
            except (OSError, asyncio.TimeoutError, ws_exceptions.WebSocketException, APIStatusError) as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                continue
            if self._closed_by_user:  # closed while the handshake was in flight: don't resurrect it
                await ws.close()
                self._fail(_NORMAL_CLOSURE, "", "the connection was closed by the client")
            self._ws = ws
            try:
                while len(self._queue):
                    await ws.send(self._queue.peek())
                    self._queue.pop()
            except ws_exceptions.ConnectionClosed as exc:
                code, reason = close_info(exc)
                continue  # the queue keeps what was not sent; try again
            self._reconnecting = False
            self._settled.set()
            return
        self._fail(
            code, reason, f"gave up after {params.max_retries} reconnection attempts ({last_error or 'dropped'})"
        )


_ConnectionT = TypeVar("_ConnectionT", bound="BaseAsyncConnection[Any]")


class BaseAsyncConnectionManager(Generic[_ConnectionT]):
    """`async with client.realtime.connect(...) as connection:` opens on enter and closes on exit."""

    _connection_cls: Type[_ConnectionT]

    def __init__(self, client: Any, params: ConnectParams) -> None:
        self._client = client
        self._params = params
        self._connection: Optional[_ConnectionT] = None

    async def enter(self) -> _ConnectionT:
        """Open the connection without `async with`; `await connection.close()` when done."""
        websocket = await _open_socket(self._client, self._params)
        self._connection = self._connection_cls(self._client, self._params, websocket)
        return self._connection

    __aenter__ = enter

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._connection is not None:
            # Close even when the block is being cancelled: an anyio cancel scope (or `asyncio.timeout`
            # nested in one) keeps cancelling every await inside it, which would abandon the socket
            # half-open, with no close frame for the server. websockets bounds the close itself.
            with anyio.CancelScope(shield=True):
                await self._connection.close()
