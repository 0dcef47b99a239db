"""`chat.completions.stream()`: a chunk stream turned into typed events over an accumulated snapshot.

`ChatCompletionStreamState` is the I/O-free part (feed it chunks, get events back; usable on its own
with a stream from `create(stream=True)`); `ChatCompletionStream` / `AsyncChatCompletionStream` drive it
from the HTTP stream, and the managers open the request lazily on `with` / `async with` and close it
on exit.

The snapshot is one `ParsedChatCompletion[object]` updated in place (strings appended, tool calls
added by index), so each chunk costs the size of its delta, not of the text so far.
"""

from __future__ import annotations

from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
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

from ._types import ParsedChoiceSnapshot, ParsedChatCompletionSnapshot
from ._events import (
    ChunkEvent,
    ContentDoneEvent,
    RefusalDoneEvent,
    ContentDeltaEvent,
    RefusalDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDoneEvent,
    ChatCompletionStreamEvent,
    LogprobsContentDeltaEvent,
    LogprobsRefusalDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
)
from ..._plain import shallow_fields
from ...._types import Omit, NotGiven, omit
from ...._models import construct_type
from ..._parsing import ResponseFormatT
from ..._parsing._completions import check_finish_reason, parse_chat_completion
from ..._parsing._parse_value import parse_text, is_rich_format, parse_partial_json, parse_tool_arguments
from ....types.chat.chat_completion import ChoiceLogprobs
from ....types.chat.parsed_chat_completion import ParsedChatCompletion
from ....types.chat.chat_completion_message import FunctionCall
from ....types.chat.parsed_function_tool_call import ParsedFunctionToolCall

if TYPE_CHECKING:
    from ...._streaming import Stream, AsyncStream
    from ....types.chat.chat_completion_chunk import Choice as ChunkChoice, ChatCompletionChunk

__all__ = [
    "ChatCompletionStreamState",
    "ChatCompletionStream",
    "ChatCompletionStreamManager",
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
]


class _ChoiceProgress:
    """What has already been reported as done for one choice (the snapshot does not say)."""

    __slots__ = ("tool_calls", "current_tool", "done_tools", "content_done", "refusal_done", "logprobs_done")

    def __init__(self) -> None:
        self.tool_calls: Dict[int, ParsedFunctionToolCall] = {}
        self.current_tool: Optional[int] = None
        self.done_tools: set[int] = set()
        self.content_done = False
        self.refusal_done = False
        self.logprobs_done: set[str] = set()


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates `ChatCompletionChunk`s into a snapshot and derives the typed events."""

    def __init__(
        self,
        *,
        input_tools: Iterable[Any] | Omit | NotGiven = omit,
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven = omit,
    ) -> None:
        self._input_tools: List[Any] = list(input_tools) if isinstance(input_tools, Iterable) else []
        self._response_format = response_format
        self._rich = is_rich_format(response_format)
        self._snapshot: Optional[ParsedChatCompletionSnapshot] = None
        self._choices: Dict[int, ParsedChoiceSnapshot] = {}
        self._progress: Dict[int, _ChoiceProgress] = {}

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        if self._snapshot is None:
            raise RuntimeError("No chunks have been received yet")
        return self._snapshot

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """The whole completion, content parsed into `response_format` and strict tool arguments parsed."""
        return cast(
            "ParsedChatCompletion[ResponseFormatT]",
            parse_chat_completion(
                chat_completion=self.current_completion_snapshot,
                response_format=self._response_format,
                input_tools=self._input_tools,
                raise_on_early_stop=self._has_parseable_output(),
            ),
        )

    def handle_chunk(self, chunk: ChatCompletionChunk) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        """Fold one chunk into the snapshot and return the events it causes, in order."""
        snapshot = self._accumulate(chunk)
        events: List[Any] = [ChunkEvent.construct(type="chunk", chunk=chunk, snapshot=snapshot)]
        for choice in chunk.choices:
            events.extend(self._choice_events(choice))
        return events

    # -- accumulation ---------------------------------------------------------------------------------

    def _has_parseable_output(self) -> bool:
        # Only then is a cut-off answer an error: a plain stream just reports finish_reason "length".
        return self._rich or any(
            self._is_parseable_tool(_function_name(tool)) for tool in self._input_tools if isinstance(tool, dict)
        )

    def _accumulate(self, chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
        snapshot = self._snapshot
        if snapshot is None:
            data = {k: v for k, v in shallow_fields(chunk).items() if k != "choices"}
            data.update(object="chat.completion", choices=[])
            snapshot = self._snapshot = cast(
                ParsedChatCompletionSnapshot, construct_type(type_=ParsedChatCompletionSnapshot, value=data)
            )
        else:
            # usage arrives on the last chunk (stream_options.include_usage) with empty choices
            if chunk.usage is not None:
                snapshot.usage = chunk.usage
            if chunk.system_fingerprint is not None:
                snapshot.system_fingerprint = chunk.system_fingerprint
            if chunk.service_tier is not None:
                snapshot.service_tier = chunk.service_tier
        for choice in chunk.choices:
            self._accumulate_choice(snapshot, choice)
        return snapshot

    def _accumulate_choice(self, snapshot: ParsedChatCompletionSnapshot, choice: ChunkChoice) -> None:
        choice_snapshot = self._choices.get(choice.index)
        if choice_snapshot is None:
            choice_snapshot = cast(
                ParsedChoiceSnapshot,
                construct_type(
                    type_=ParsedChoiceSnapshot,
                    value={
                        "index": choice.index,
                        "finish_reason": None,
                        "logprobs": None,
                        "message": {"role": "assistant", "content": None, "refusal": None, "parsed": None},
                    },
                ),
            )
            self._choices[choice.index] = choice_snapshot
            self._progress[choice.index] = _ChoiceProgress()
            snapshot.choices = [self._choices[i] for i in sorted(self._choices)]

        message = choice_snapshot.message
        delta = choice.delta
        if delta.content is not None:
            message.content = (message.content or "") + delta.content
            if self._rich:
                message.parsed = parse_partial_json(message.content)
        if delta.refusal is not None:
            message.refusal = (message.refusal or "") + delta.refusal
        if delta.function_call is not None:  # the deprecated `functions` API
            if message.function_call is None:
                message.function_call = cast(
                    FunctionCall, construct_type(type_=FunctionCall, value={"name": "", "arguments": ""})
                )
            if delta.function_call.name:
                message.function_call.name = delta.function_call.name
            if delta.function_call.arguments:
                message.function_call.arguments += delta.function_call.arguments
        if delta.tool_calls:
            progress = self._progress[choice.index]
            for tool_delta in delta.tool_calls:
                call = progress.tool_calls.get(tool_delta.index)
                function = tool_delta.function
                if call is None:
                    call = cast(
                        ParsedFunctionToolCall,
                        construct_type(
                            type_=ParsedFunctionToolCall,
                            value={
                                "id": tool_delta.id or "",
                                "type": tool_delta.type or "function",
                                "function": {"name": (function.name if function else None) or "", "arguments": ""},
                            },
                        ),
                    )
                    progress.tool_calls[tool_delta.index] = call
                    message.tool_calls = [progress.tool_calls[i] for i in sorted(progress.tool_calls)]
                else:
                    if tool_delta.id:
                        call.id = tool_delta.id
                    if function is not None and function.name:
                        call.function.name = function.name
                if function is not None and function.arguments:
                    call.function.arguments += function.arguments
                    if self._is_parseable_tool(call.function.name):
                        call.function.parsed_arguments = parse_partial_json(call.function.arguments)
        if choice.logprobs is not None:
            logprobs = choice_snapshot.logprobs
            if logprobs is None:
                logprobs = choice_snapshot.logprobs = cast(
                    ChoiceLogprobs, construct_type(type_=ChoiceLogprobs, value={"content": None, "refusal": None})
                )
            if choice.logprobs.content:
                logprobs.content = [*(logprobs.content or []), *choice.logprobs.content]
            if choice.logprobs.refusal:
                logprobs.refusal = [*(logprobs.refusal or []), *choice.logprobs.refusal]
        if choice.finish_reason is not None:
            choice_snapshot.finish_reason = choice.finish_reason

    def _is_parseable_tool(self, name: str) -> bool:
        for tool in self._input_tools:
            if isinstance(tool, dict) and tool.get("type") == "function":
                function = cast(Dict[str, Any], tool).get("function") or {}
                if function.get("name") == name:
                    return function.get("strict") is True or hasattr(tool, "model")
        return False

    # -- events ---------------------------------------------------------------------------------------

    def _choice_events(self, choice: ChunkChoice) -> Iterator[Any]:
        choice_snapshot = self._choices[choice.index]
        progress = self._progress[choice.index]
        message = choice_snapshot.message
        delta = choice.delta

        if delta.content and message.content is not None:
            yield ContentDeltaEvent.construct(
                type="content.delta", delta=delta.content, snapshot=message.content, parsed=message.parsed
            )
        if delta.refusal and message.refusal is not None:
            yield RefusalDeltaEvent.construct(type="refusal.delta", delta=delta.refusal, snapshot=message.refusal)
        for tool_delta in delta.tool_calls or []:
            if progress.current_tool is not None and progress.current_tool != tool_delta.index:
                # the model moved on to the next tool call: the previous one's arguments are complete
                yield self._tool_done_event(progress, progress.current_tool)
            progress.current_tool = tool_delta.index
            call = progress.tool_calls[tool_delta.index]
            yield FunctionToolCallArgumentsDeltaEvent.construct(
                type="tool_calls.function.arguments.delta",
                name=call.function.name,
                index=tool_delta.index,
                arguments=call.function.arguments,
                parsed_arguments=call.function.parsed_arguments,
                arguments_delta=(tool_delta.function.arguments if tool_delta.function else None) or "",
            )
        logprobs = choice_snapshot.logprobs
        if choice.logprobs is not None and logprobs is not None:
            if choice.logprobs.content and logprobs.content is not None:
                yield LogprobsContentDeltaEvent.construct(
                    type="logprobs.content.delta", content=choice.logprobs.content, snapshot=logprobs.content
                )
            if choice.logprobs.refusal and logprobs.refusal is not None:
                yield LogprobsRefusalDeltaEvent.construct(
                    type="logprobs.refusal.delta", refusal=choice.logprobs.refusal, snapshot=logprobs.refusal
                )

        if choice.finish_reason is None:
            return
        if self._has_parseable_output():
            check_finish_reason(choice.finish_reason, self._snapshot)
        for index in sorted(progress.tool_calls):
            if index not in progress.done_tools:
                yield self._tool_done_event(progress, index)
        if message.content is not None and not progress.content_done:
            progress.content_done = True
            parsed = parse_text(self._response_format, message.content) if self._rich else None
            message.parsed = parsed
            yield ContentDoneEvent[Any].construct(type="content.done", content=message.content, parsed=parsed)
        if message.refusal is not None and not progress.refusal_done:
            progress.refusal_done = True
            yield RefusalDoneEvent.construct(type="refusal.done", refusal=message.refusal)
        if logprobs is not None:
            if logprobs.content is not None and "content" not in progress.logprobs_done:
                progress.logprobs_done.add("content")
                yield LogprobsContentDoneEvent.construct(type="logprobs.content.done", content=logprobs.content)
            if logprobs.refusal is not None and "refusal" not in progress.logprobs_done:
                progress.logprobs_done.add("refusal")
                yield LogprobsRefusalDoneEvent.construct(type="logprobs.refusal.done", refusal=logprobs.refusal)

    def _tool_done_event(self, progress: _ChoiceProgress, index: int) -> FunctionToolCallArgumentsDoneEvent:
        progress.done_tools.add(index)
        call = progress.tool_calls[index]
        parsed = parse_tool_arguments(self._input_tools, call.function.name, call.function.arguments)
        call.function.parsed_arguments = parsed
        return FunctionToolCallArgumentsDoneEvent.construct(
            type="tool_calls.function.arguments.done",
            name=call.function.name,
            index=index,
            arguments=call.function.arguments,
            parsed_arguments=parsed,
        )


def _function_name(tool: Dict[str, Any]) -> str:
    function = tool.get("function")
    return str(cast(Dict[str, Any], function).get("name", "")) if isinstance(function, dict) else ""


class ChatCompletionStream(Generic[ResponseFormatT]):
    """Iterate for `ChatCompletionStreamEvent`s; the HTTP stream closes on exit from the `with` block."""

    def __init__(self, *, raw_stream: Stream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]):
        self._raw_stream = raw_stream
        self._state = state
        self._iterator = self.__stream__()

    @property
    def response(self) -> Any:
        """The underlying `httpx.Response`."""
        return self._raw_stream.response

    def __next__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        # the iterator itself, not a generator around it: dropping a partial `iter()` must not close it
        return self._iterator

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection (also when the stream was not read to the end)."""
        self._raw_stream.close()

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the whole completion, parsed."""
        self.until_done()
        return self._state.get_final_completion()

    def until_done(self) -> Self:
        """Read the rest of the stream (firing nothing else) and return the stream."""
        for _ in self:
            pass
        return self

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        return self._state.current_completion_snapshot

    def __stream__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        for chunk in self._raw_stream:
            yield from self._state.handle_chunk(chunk)


class ChatCompletionStreamManager(Generic[ResponseFormatT]):
    """Returned by `chat.completions.stream()`: the request is sent on `with`, not before.

    ```py
    with client.chat.completions.stream(...) as stream:
        for event in stream:
            ...
    ```
    """

    def __init__(
        self,
        api_request: Callable[[], Stream[ChatCompletionChunk]],
        *,
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven,
        input_tools: Iterable[Any] | Omit | NotGiven,
    ) -> None:
        self._stream: Optional[ChatCompletionStream[ResponseFormatT]] = None
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools

    def __enter__(self) -> ChatCompletionStream[ResponseFormatT]:
        raw_stream = self._api_request()
        state = ChatCompletionStreamState(input_tools=self._input_tools, response_format=self._response_format)
        self._stream = ChatCompletionStream(raw_stream=raw_stream, state=state)
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStream(Generic[ResponseFormatT]):
    """Async twin of `ChatCompletionStream`: `async for event in stream`."""

    def __init__(
        self, *, raw_stream: AsyncStream[ChatCompletionChunk], state: ChatCompletionStreamState[ResponseFormatT]
    ):
        self._raw_stream = raw_stream
        self._state = state
        self._iterator = self.__stream__()

    @property
    def response(self) -> Any:
        return self._raw_stream.response

    async def __anext__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        return self._iterator

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        await self.until_done()
        return self._state.get_final_completion()

    async def until_done(self) -> Self:
        async for _ in self:
            pass
        return self

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        return self._state.current_completion_snapshot

    async def __stream__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        async for chunk in self._raw_stream:
            for event in self._state.handle_chunk(chunk):
                yield event


class AsyncChatCompletionStreamManager(Generic[ResponseFormatT]):
    """Returned by `AsyncOpenAI().chat.completions.stream()`: the request is sent on `async with`."""

    def __init__(
        self,
        api_request: Callable[[], Awaitable[AsyncStream[ChatCompletionChunk]]],
        *,
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven,
        input_tools: Iterable[Any] | Omit | NotGiven,
    ) -> None:
        self._stream: Optional[AsyncChatCompletionStream[ResponseFormatT]] = None
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        raw_stream = await self._api_request()
        state = ChatCompletionStreamState(input_tools=self._input_tools, response_format=self._response_format)
        self._stream = AsyncChatCompletionStream(raw_stream=raw_stream, state=state)
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
