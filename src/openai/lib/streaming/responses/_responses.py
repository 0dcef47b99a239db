"""`responses.stream()`: the Responses API event stream with text snapshots and a parsed final response.

`ResponseStreamState` is the I/O-free part: it keeps the text and arguments accumulated per output
item (keyed by the indexes the events carry, so a stream resumed with `starting_after` still works:
its snapshots then start at the resume point) and parses the final response.
"""

from __future__ import annotations

from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Tuple,
    Generic,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
)

from typing_extensions import Self

from ._events import (
    ResponseStreamEvent,
    ResponseTextDoneEvent,
    ResponseCompletedEvent,
    ResponseTextDeltaEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
)
from ..._plain import shallow_fields
from ...._types import Omit, NotGiven, omit
from ..._parsing import TextFormatT, parse_response
from ..._parsing._responses import parse_output_text

if TYPE_CHECKING:
    from ...._streaming import Stream, AsyncStream
    from ....types.responses.parsed_response import ParsedResponse

__all__ = [
    "ResponseStreamState",
    "ResponseStream",
    "ResponseStreamManager",
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
]


class ResponseStreamState(Generic[TextFormatT]):
    def __init__(
        self,
        *,
        input_tools: Iterable[Any] | Omit | NotGiven = omit,
        text_format: type[TextFormatT] | Omit | NotGiven = omit,
    ) -> None:
        self._input_tools: List[Any] = list(input_tools) if isinstance(input_tools, Iterable) else []
        self._text_format = text_format
        self._texts: Dict[Tuple[int, int], str] = {}
        self._arguments: Dict[int, str] = {}
        self._final: Optional[ParsedResponse[TextFormatT]] = None
        self._last_status: Optional[str] = None

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        if self._final is None:
            raise RuntimeError(
                f"Didn't receive a `response.completed` event (last response status: {self._last_status!r})"
            )
        return self._final

    def handle_event(self, event: Any) -> List[ResponseStreamEvent[TextFormatT]]:
        kind = getattr(event, "type", None)
        response = getattr(event, "response", None)
        if response is not None:
            self._last_status = getattr(response, "status", None)
        if kind == "response.output_text.delta":
            key = (event.output_index, event.content_index)
            text = self._texts[key] = self._texts.get(key, "") + event.delta
            return [_enrich(ResponseTextDeltaEvent, event, snapshot=text)]
        if kind == "response.output_text.done":
            parsed = parse_output_text(self._text_format, event.text)
            return [_enrich(ResponseTextDoneEvent[Any], event, parsed=parsed)]
        if kind == "response.function_call_arguments.delta":
            arguments = self._arguments[event.output_index] = self._arguments.get(event.output_index, "") + event.delta
            return [_enrich(ResponseFunctionCallArgumentsDeltaEvent, event, snapshot=arguments)]
        if kind == "response.completed":
            parsed_response = parse_response(
                text_format=self._text_format, input_tools=self._input_tools, response=event.response
            )
            self._final = cast("ParsedResponse[TextFormatT]", parsed_response)
            return [_enrich(ResponseCompletedEvent[Any], event, response=parsed_response)]
        return [event]


def _enrich(cls: Any, event: Any, **extra: Any) -> Any:
    # Same wire fields (kept as received, unknown ones included) plus the helper's own.
    return cls.construct(**{**shallow_fields(event), **extra})


class ResponseStream(Generic[TextFormatT]):
    def __init__(self, *, raw_stream: Stream[Any], state: ResponseStreamState[TextFormatT]) -> None:
        self._raw_stream = raw_stream
        self._state = state
        self._iterator = self.__stream__()

    @property
    def response(self) -> Any:
        """The underlying `httpx.Response`."""
        return self._raw_stream.response

    def __next__(self) -> ResponseStreamEvent[TextFormatT]:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        # the iterator itself, not a generator around it: dropping a partial `iter()` must not close it
        return self._iterator

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._raw_stream.close()

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """Read the rest of the stream and return the completed response, parsed."""
        self.until_done()
        return self._state.get_final_response()

    def until_done(self) -> Self:
        for _ in self:
            pass
        return self

    def __stream__(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        for event in self._raw_stream:
            yield from self._state.handle_event(event)


class ResponseStreamManager(Generic[TextFormatT]):
    """Returned by `responses.stream()`: the request is sent on `with`, and the stream closed on exit."""

    def __init__(
        self,
        api_request: Callable[[], Stream[Any]],
        *,
        text_format: type[TextFormatT] | Omit | NotGiven,
        input_tools: Iterable[Any] | Omit | NotGiven,
    ) -> None:
        self._stream: Optional[ResponseStream[TextFormatT]] = None
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools

    def __enter__(self) -> ResponseStream[TextFormatT]:
        raw_stream = self._api_request()
        state = ResponseStreamState(input_tools=self._input_tools, text_format=self._text_format)
        self._stream = ResponseStream(raw_stream=raw_stream, state=state)
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncResponseStream(Generic[TextFormatT]):
    def __init__(self, *, raw_stream: AsyncStream[Any], state: ResponseStreamState[TextFormatT]) -> None:
        self._raw_stream = raw_stream
        self._state = state
        self._iterator = self.__stream__()

    @property
    def response(self) -> Any:
        return self._raw_stream.response

    async def __anext__(self) -> ResponseStreamEvent[TextFormatT]:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        return self._iterator

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def get_final_response(self) -> ParsedResponse[TextFormatT]:
        await self.until_done()
        return self._state.get_final_response()

    async def until_done(self) -> Self:
        async for _ in self:
            pass
        return self

    async def __stream__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        async for event in self._raw_stream:
            for item in self._state.handle_event(event):
                yield item


class AsyncResponseStreamManager(Generic[TextFormatT]):
    """Returned by `AsyncOpenAI().responses.stream()`: the request is sent on `async with`."""

    def __init__(
        self,
        api_request: Callable[[], Awaitable[AsyncStream[Any]]],
        *,
        text_format: type[TextFormatT] | Omit | NotGiven,
        input_tools: Iterable[Any] | Omit | NotGiven,
    ) -> None:
        self._stream: Optional[AsyncResponseStream[TextFormatT]] = None
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools

    async def __aenter__(self) -> AsyncResponseStream[TextFormatT]:
        raw_stream = await self._api_request()
        state = ResponseStreamState(input_tools=self._input_tools, text_format=self._text_format)
        self._stream = AsyncResponseStream(raw_stream=raw_stream, state=state)
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
