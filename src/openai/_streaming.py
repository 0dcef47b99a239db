"""Server-sent events: an incremental decoder over bytes, and the typed `Stream` / `AsyncStream`.

Package-internal API:

- `SSEDecoder`: `feed(chunk) -> list[ServerSentEvent]`, `flush()` at end of body, `iter_bytes(iterator)`,
  `aiter_bytes(async_iterator)`. Lines end in LF, CR or CRLF (also split across chunks), `data:` lines of one
  event are joined with `\\n`, `event:`/`id:`/`retry:` are honoured, `:` comments ignored. Data is kept as
  bytes until asked for, so a UTF-8 sequence split across chunks decodes correctly.
- `Stream[T]` / `AsyncStream[T]`: created by the response layer as `stream_cls(cast_to=T, response=raw,
  client=client, options=options)`; iterating yields `T` items built with `construct_type` (or validated when
  the client has `_strict_response_validation`). `data: [DONE]` ends the stream, a payload with an
  `"error"` key raises `APIError` (an `event: error` without one is data), Assistants `thread.*` events
  yield `{"event": ..., "data": ...}` built into `T`.

Failures always surface as SDK errors: a read timeout between events raises `APITimeoutError`, a reset or a
body that ends in the middle of an event raises `APIConnectionError`, undecodable data raises
`APIResponseValidationError`. Closing: `close()`, the context manager, leaving a `for` loop early (the
sync iterator's `finally`) and dropping a stream (sync: `__del__`; async: a collect-time guard run by the
event loop's own async-generator finaliser) all release the connection. `AsyncStream` iterates through an
explicit `__anext__`, not an async generator, so that `break` leaves no half-run generator of the SDK's
for trio to warn about.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    List,
    Generic,
    TypeVar,
    Iterator,
    Optional,
    Generator,
    AsyncIterator,
    AsyncGenerator,
    cast,
)

import httpx
import jiter
from typing_extensions import Self, override

from ._models import validate_type, _converter_for  # pyright: ignore[reportPrivateUsage]
from ._exceptions import APIError, APITimeoutError, APIConnectionError, APIResponseValidationError

if TYPE_CHECKING:
    from ._client import OpenAI, AsyncOpenAI
    from ._request_options import FinalRequestOptions

__all__ = ["ServerSentEvent", "SSEDecoder", "Stream", "AsyncStream"]

_T = TypeVar("_T")

_LINE_ENDINGS = (b"\n", b"\r")


class ServerSentEvent:
    """One dispatched event. `data` is decoded on access; `json()` parses the raw bytes directly."""

    __slots__ = ("_event", "_raw", "_id", "_retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
        raw_data: Optional[bytes] = None,
    ) -> None:
        self._event = event
        self._raw = raw_data if raw_data is not None else (data or "").encode("utf-8")
        self._id = id
        self._retry = retry

    @property
    def event(self) -> Optional[str]:
        return self._event

    @property
    def id(self) -> Optional[str]:
        return self._id

    @property
    def retry(self) -> Optional[int]:
        return self._retry

    @property
    def data(self) -> str:
        return self._raw.decode("utf-8")

    @property
    def raw_data(self) -> bytes:
        return self._raw

    def json(self) -> Any:
        return jiter.from_json(self._raw)

    @override
    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self._event!r}, data={self._raw!r}, id={self._id!r}, retry={self._retry!r})"


class SSEDecoder:
    """Incremental SSE parser: bytes in, `ServerSentEvent`s out. No per-byte Python loops."""

    def __init__(self) -> None:
        self._event: Optional[str] = None
        self._data: List[bytes] = []
        self._last_event_id: Optional[str] = None
        self._retry: Optional[int] = None
        self._fields_seen = False  # any field line since the last dispatch
        self._partial: List[bytes] = []  # pieces of a line whose ending has not arrived yet
        self._after_cr = False  # the previous chunk ended in CR: a leading LF completes that CRLF

    @property
    def has_pending(self) -> bool:
        """True when the body so far ends inside an event (no blank line yet) or inside a line."""
        return self._fields_seen or bool(self._partial)

    @property
    def pending_data(self) -> bytes:
        return b"\n".join([*self._data, b"".join(self._partial)] if self._partial else self._data)

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        if not chunk:
            return []
        if self._after_cr:
            self._after_cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        if b"\n" not in chunk and b"\r" not in chunk:
            self._partial.append(chunk)
            return []
        if self._partial:
            self._partial.append(chunk)
            chunk = b"".join(self._partial)
            self._partial = []
        lines = chunk.splitlines()
        last_byte = chunk[-1:]
        if last_byte not in _LINE_ENDINGS:
            self._partial.append(lines.pop())
        elif last_byte == b"\r":
            self._after_cr = True
        events: List[ServerSentEvent] = []
        data = self._data
        for line in lines:
            # `data:` lines are by far the most common: handled inline, the rest in `_line`.
            if line[:5] == b"data:":
                data.append(line[6:] if line[5:6] == b" " else line[5:])
                self._fields_seen = True
                continue
            event = self._line(line)
            if event is not None:
                events.append(event)
                data = self._data
        return events

    def flush(self) -> List[ServerSentEvent]:
        """End of body: a final line without its ending still counts as a line (the event stays pending)."""
        if self._partial:
            line = b"".join(self._partial)
            self._partial = []
            event = self._line(line)
            return [event] if event is not None else []
        return []

    def _line(self, line: bytes) -> Optional[ServerSentEvent]:
        if not line:
            if not self._fields_seen:
                return None
            event = ServerSentEvent(
                event=self._event,
                raw_data=b"\n".join(self._data),
                id=self._last_event_id,
                retry=self._retry,
            )
            self._event = None
            self._data = []
            self._retry = None
            self._fields_seen = False
            return event
        if line[:1] == b":":
            return None  # comment (often a keep-alive)
        field, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        if field == b"data":
            self._data.append(value)
        elif field == b"event":
            self._event = value.decode("utf-8", errors="replace")
        elif field == b"id":
            if b"\0" not in value:
                self._last_event_id = value.decode("utf-8", errors="replace")
        elif field == b"retry":
            try:
                self._retry = int(value)
            except ValueError:
                return None
        else:
            return None  # unknown field: ignored, as the SSE spec says
        self._fields_seen = True
        return None

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in iterator:
            yield from self.feed(chunk)
        yield from self.flush()

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in iterator:
            for event in self.feed(chunk):
                yield event
        for event in self.flush():
            yield event


# ---------------------------------------------------------------------------------------------------
# Shared decisions of both stream classes


def _raise_for_transport_error(err: Exception, request: httpx.Request) -> None:
    """Map an httpx error raised while reading the body to the SDK's error."""
    if isinstance(err, httpx.TimeoutException):
        raise APITimeoutError(request=request) from err
    raise APIConnectionError(
        message=f"Connection error while reading the stream: {type(err).__name__}", request=request
    ) from err


def _truncation_error(decoder: SSEDecoder, request: httpx.Request) -> Optional[APIConnectionError]:
    if decoder.has_pending and decoder.pending_data.strip() != b"[DONE]":
        return APIConnectionError(message="The stream ended in the middle of an event.", request=request)
    return None


def _as_dict(data: object) -> Optional[dict[str, Any]]:
    return cast("dict[str, Any]", data) if isinstance(data, dict) else None


def _error_message(data: object) -> tuple[str, object]:
    """(message, body) for an event payload carrying an `error`: the body is that error, as in the
    official SDK; the message is its `message`, or a generic one (`"error": "boom"` included)."""
    payload = _as_dict(data)
    error: Any = payload.get("error") if payload is not None else None
    if isinstance(error, dict):
        error_body = cast("dict[str, Any]", error)
        message = error_body.get("message")
        return (message if message and isinstance(message, str) else "An error occurred during streaming"), error_body
    return "An error occurred during streaming", error


class _StreamCore:
    """State and decisions shared by `Stream` and `AsyncStream` (everything but the I/O)."""

    response: httpx.Response
    _cast_to: Any
    _client: Any
    _options: Optional[FinalRequestOptions]

    def _setup(
        self, cast_to: Any, response: httpx.Response, client: Any, options: Optional[FinalRequestOptions]
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._options = options
        self._decoder = SSEDecoder()
        self._strict = bool(getattr(client, "_strict_response_validation", False))
        self._synthesize = bool(getattr(options, "synthesize_event_and_data", False))
        # The item converter, looked up once per stream rather than once per event.
        self._convert = _converter_for(cast_to)

    def _process(self, sse: ServerSentEvent) -> Any:
        """The item for one event, or `_DONE` / `_SKIP` (an event that carries nothing to yield)."""
        raw = sse._raw  # pyright: ignore[reportPrivateUsage]
        if raw[:6] == b"[DONE]":
            return _DONE
        event = sse._event  # pyright: ignore[reportPrivateUsage]
        if not raw:
            if event == "error":
                raise APIError("An error occurred during streaming", self.response.request, body=None)
            return _SKIP
        try:
            data: Any = jiter.from_json(raw)
        except ValueError as err:
            raise APIResponseValidationError(
                response=self.response,
                body=raw.decode("utf-8", errors="replace"),
                message=f"Could not decode a server-sent event as JSON: {err}",
            ) from err
        # Only an `error` key makes an event an error, as in the official SDK: an `event: error` whose
        # data is an event object (the Responses API's `{"type": "error", ...}`) is yielded, typed.
        if data.__class__ is dict and data.get("error"):
            message, body = _error_message(data)
            raise APIError(message, self.response.request, body=body)
        if event is not None and (self._synthesize or event.startswith("thread.")):
            data = {"event": event, "data": data}
        if self._strict:
            return validate_type(type_=self._cast_to, value=data)
        convert = self._convert
        return data if convert is None else convert(data)


_DONE: Any = object()

# After `[DONE]` or an error event the server normally ends the body at once. Reading that short
# remainder lets the connection go back to the pool for reuse and lets every generator of the
# transport finish (trio warns about ones collected unfinished); anything longer is cut by closing.
_DRAIN_LIMIT = 64 * 1024


def _drain(chunks: Iterator[bytes]) -> None:
    drained = 0
    try:
        for chunk in chunks:
            drained += len(chunk)
            if drained > _DRAIN_LIMIT:
                return
    except (httpx.HTTPError, httpx.StreamError):
        return  # the remainder is not needed; closing follows


async def _adrain(chunks: AsyncIterator[bytes]) -> None:
    drained = 0
    try:
        async for chunk in chunks:
            drained += len(chunk)
            if drained > _DRAIN_LIMIT:
                return
    except (httpx.HTTPError, httpx.StreamError):
        return


_SKIP: Any = object()


class Stream(_StreamCore, Generic[_T]):
    """The items of a `stream=True` response, parsed as they arrive."""

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: type[_T],
        response: httpx.Response,
        client: OpenAI,
        options: Optional[FinalRequestOptions] = None,
    ) -> None:
        self._setup(cast_to, response, client, options)
        self._gen: Optional[Generator[_T, None, None]] = None

    @property
    def _iterator(self) -> Generator[_T, None, None]:
        # Created on first use: even an unstarted generator references `self`, and that cycle would
        # keep a dropped, unconsumed stream (and its pooled connection) alive until the cycle
        # collector runs, instead of `__del__` releasing it at once (fault suite, issue 8).
        if self._gen is None:
            self._gen = self.__stream__()
        return self._gen

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        try:
            yield from self._iterator
        finally:
            # Leaving a `for` loop early drops this generator: give the connection back now,
            # not whenever the stream object happens to be collected.
            self.close()

    def __stream__(self) -> Generator[_T, None, None]:
        # One generator from bytes to items (no per-event generator layers): this is the hot loop.
        response = self.response
        decoder = self._decoder
        process = self._process
        chunks = response.iter_bytes()
        try:
            try:
                for chunk in chunks:
                    for sse in decoder.feed(chunk):
                        try:
                            item = process(sse)
                        except APIError:
                            _drain(chunks)
                            raise
                        if item is _DONE:
                            _drain(chunks)
                            return
                        if item is not _SKIP:
                            yield item
            except httpx.RequestError as err:
                _raise_for_transport_error(err, response.request)
            except httpx.StreamClosed:
                return  # closed by the user between two items
            for sse in decoder.flush():
                item = process(sse)
                if item is _DONE:
                    return
                if item is not _SKIP:
                    yield item
            error = _truncation_error(decoder, response.request)
            if error is not None:
                raise error
        finally:
            response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection; iterating afterwards yields nothing more."""
        self._iterator.close()  # also marks a never-started stream as finished
        self.response.close()

    def __del__(self) -> None:
        # An unconsumed stream that is dropped must not keep its pooled connection checked out.
        try:
            response = self.__dict__.get("response")
            if response is not None and not response.is_closed:
                response.close()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass


async def _release_on_collect(response: httpx.Response) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await response.aclose()


def _release_when_collected(response: httpx.Response) -> Optional[AsyncGenerator[None, None]]:
    """A started async generator whose `finally` closes `response`.

    An async stream cannot close its connection in `__del__` (closing needs `await`). A started
    async generator can: when it is collected, the running event loop's own async-generator
    finaliser (asyncio or trio, whichever started it) runs its `finally` as a task of that loop,
    and `asyncio.run` / `trio.run` close the ones still alive when they end. So a dropped,
    unconsumed `AsyncStream` gives its connection back without touching any other loop.
    """
    if sys.get_asyncgen_hooks().finalizer is None:
        return None  # no event loop running here (e.g. a stream built in a test): nothing could finalise it
    guard = _release_on_collect(response)
    try:
        guard.asend(None).send(None)  # runs to the `yield`: registers with the loop's hooks
    except StopIteration:
        pass
    return guard


class AsyncStream(_StreamCore, Generic[_T]):
    """The items of a `stream=True` response on the async client.

    Iteration is driven by an explicit `__anext__` (`__aiter__` returns the stream itself) rather
    than by an async generator: an async generator abandoned by `break` is left unfinished, and
    trio reports every such generator as a ResourceWarning when it is collected. Here a `break`
    leaves nothing of the SDK's to finalise; the connection is released by `close()` /
    `async with`, or, for a stream that is simply dropped, by the collect-time guard
    (`_release_when_collected`) as soon as the stream object goes away.
    """

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: type[_T],
        response: httpx.Response,
        client: AsyncOpenAI,
        options: Optional[FinalRequestOptions] = None,
    ) -> None:
        self._setup(cast_to, response, client, options)
        # httpx's body iterator, created on the first read (an unstarted one would still be an object
        # that needs closing).
        self._chunks: Optional[AsyncIterator[bytes]] = None
        self._events: List[ServerSentEvent] = []  # decoded from the last chunk, not yet processed
        self._pos = 0  # index of the next event of `_events` to process
        self._eof = False  # the body has ended (and the decoder was flushed)
        self._finished = False  # no more items: ended, failed or closed
        self._closing = False
        self._guard = _release_when_collected(response)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> _T:
        # The hot loop: process the events already decoded, read one more chunk only when they run out.
        process = self._process
        while True:
            events = self._events
            while self._pos < len(events):
                sse = events[self._pos]
                self._pos += 1
                try:
                    item = process(sse)
                except APIError:
                    # An error event: the server ends the body right after it, read that remainder
                    # so the connection can be reused.
                    await self._finish(drain=True)
                    raise
                except BaseException:
                    await self._finish(drain=False)
                    raise
                if item is _DONE:
                    await self._finish(drain=True)
                    raise StopAsyncIteration
                if item is not _SKIP:
                    return cast(_T, item)
            if self._finished:
                raise StopAsyncIteration
            if self._eof:
                # Every event of the body is processed: one left without its blank line means truncation.
                error = _truncation_error(self._decoder, self.response.request)
                await self._finish(drain=False)
                if error is not None:
                    raise error
                raise StopAsyncIteration
            await self._read()

    async def _read(self) -> None:
        """Decode the next chunk of the body into `_events` (or flush the decoder at its end)."""
        chunks = self._chunks
        if chunks is None:
            chunks = self._chunks = self.response.aiter_bytes()
        try:
            chunk = await chunks.__anext__()
        except StopAsyncIteration:
            self._eof = True
            if self._finished:
                return
            self._events = self._decoder.flush()
            self._pos = 0
            return
        except httpx.RequestError as err:
            await self._finish(drain=False)
            _raise_for_transport_error(err, self.response.request)
            raise  # pragma: no cover - the line above always raises
        except httpx.StreamClosed:
            # Closed by the user between two items: the stream simply ends.
            await self._finish(drain=False)
            self._events = []
            return
        if self._finished:
            return  # closed by another task while this read was pending: the stream has ended
        self._events = self._decoder.feed(chunk)
        self._pos = 0

    async def _finish(self, *, drain: bool) -> None:
        """No more items: optionally read the short remainder of the body, then release everything."""
        if self._finished:
            return
        self._finished = True
        self._events = []
        chunks = self._chunks
        try:
            if drain and chunks is not None and not self._eof:
                await _adrain(chunks)
        finally:
            await self._release()

    async def _release(self) -> None:
        chunks = self._chunks
        try:
            if chunks is not None:
                aclose = getattr(chunks, "aclose", None)
                if aclose is not None:
                    await aclose()
        except RuntimeError:
            pass  # being read by another task right now: closing the response below ends that read
        finally:
            await self.response.aclose()
            if self._guard is not None:
                # Released one way or another: the collect-time release is no longer needed.
                await self._guard.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection; iterating afterwards yields nothing more."""
        # Once only: `async with` may follow an explicit `close()`.
        if self._closing:
            return
        self._closing = True
        if self._finished:
            # Ended on its own (already released), or closed by `_finish` in another path.
            await self.response.aclose()
            return
        await self._finish(drain=False)
