"""Assistants streaming: `AssistantEventHandler` / `AsyncAssistantEventHandler` and their managers.

The handler is both the stream (iterate it for the raw `AssistantStreamEvent`s) and the place for
callbacks: subclass it and override `on_text_delta`, `on_tool_call_created`, `on_message_done`, ...
Snapshots of the run, its steps and its messages are accumulated from the deltas as they arrive.

One event-interpretation routine (`_AssistantStreamState.dispatch`) decides which callbacks an event
fires, in order; the sync handler calls them and the async handler awaits them, so the two cannot
drift apart. Callback order for one event: `on_event` first, then the specific ones.
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Tuple,
    Generic,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
)

import httpx

from .._plain import to_plain
from ._deltas import accumulate_delta
from ..._models import construct_type
from ...types.beta.threads.run import Run
from ...types.beta.threads.message import Message
from ...types.beta.threads.runs.run_step import RunStep
from ...types.beta.threads.message_delta_event import MessageDeltaEvent
from ...types.beta.threads.runs.run_step_delta_event import RunStepDeltaEvent

if TYPE_CHECKING:
    from ..._streaming import Stream, AsyncStream
    from ...types.beta.threads.text import Text
    from ...types.beta.threads.image_file import ImageFile
    from ...types.beta.threads.text_delta import TextDelta
    from ...types.beta.threads.message_delta import MessageDelta
    from ...types.beta.assistant_stream_event import AssistantStreamEvent
    from ...types.beta.threads.runs.tool_call import ToolCall
    from ...types.beta.threads.runs.run_step_delta import RunStepDelta
    from ...types.beta.threads.runs.tool_call_delta import ToolCallDelta

__all__ = [
    "AssistantEventHandler",
    "AssistantEventHandlerT",
    "AssistantStreamManager",
    "AsyncAssistantEventHandler",
    "AsyncAssistantEventHandlerT",
    "AsyncAssistantStreamManager",
]

_MESSAGE_EVENTS = frozenset(
    {"thread.message.created", "thread.message.in_progress", "thread.message.completed", "thread.message.incomplete"}
)
_STEP_EVENTS = frozenset(
    {
        "thread.run.step.created",
        "thread.run.step.in_progress",
        "thread.run.step.completed",
        "thread.run.step.failed",
        "thread.run.step.cancelled",
        "thread.run.step.expired",
    }
)
_STEP_DONE_EVENTS = frozenset(
    {"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled", "thread.run.step.expired"}
)

_Call = Tuple[str, Tuple[Any, ...]]  # (callback name, arguments)


class _AssistantStreamState:
    """I/O-free: snapshots plus the decision of which callbacks an event fires."""

    def __init__(self) -> None:
        self.current_event: Optional[AssistantStreamEvent] = None
        self.current_run: Optional[Run] = None
        self.current_run_step_id: Optional[str] = None
        self.current_message_id: Optional[str] = None
        self.run_steps: Dict[str, Dict[str, Any]] = {}
        self.messages: Dict[str, Dict[str, Any]] = {}
        self.content_index: Optional[int] = None
        self.content: Optional[Any] = None
        self.tool_call_index: Optional[int] = None
        self.tool_call: Optional[ToolCall] = None

    def run_step_snapshot(self, step_id: Optional[str]) -> Optional[RunStep]:
        data = self.run_steps.get(step_id) if step_id else None
        return None if data is None else cast(RunStep, construct_type(type_=RunStep, value=data))

    def message_snapshot(self, message_id: Optional[str]) -> Optional[Message]:
        data = self.messages.get(message_id) if message_id else None
        return None if data is None else cast(Message, construct_type(type_=Message, value=data))

    def dispatch(self, event: AssistantStreamEvent) -> List[_Call]:
        self.current_event = event
        calls: List[_Call] = [("on_event", (event,))]
        kind = event.event
        data: Any = event.data
        if isinstance(data, dict):
            # An event the union did not resolve (e.g. new fields): build the object its name implies.
            data = _coerce(kind, cast(Dict[str, Any], data))

        if kind.startswith("thread.run.") and not kind.startswith("thread.run.step."):
            self.current_run = cast(Run, data)
        elif kind in _MESSAGE_EVENTS:
            self.messages[data.id] = to_plain(data)
            self.current_message_id = data.id
            if kind == "thread.message.created":
                self.content_index, self.content = None, None
                calls.append(("on_message_created", (data,)))
            elif kind != "thread.message.in_progress":
                # the final object is authoritative: report the last content block from it
                if self.content_index is not None and self.content_index < len(data.content or []):
                    calls.extend(self._content_done(data.content[self.content_index]))
                self.content_index, self.content = None, None
                calls.append(("on_message_done", (data,)))
        elif kind == "thread.message.delta":
            calls.extend(self._message_delta(data))
        elif kind in _STEP_EVENTS:
            self.run_steps[data.id] = to_plain(data)
            self.current_run_step_id = data.id
            if kind == "thread.run.step.created":
                self.tool_call_index, self.tool_call = None, None
                calls.append(("on_run_step_created", (data,)))
            elif kind in _STEP_DONE_EVENTS:
                if self.tool_call_index is not None:
                    final_calls = getattr(data.step_details, "tool_calls", None) or []
                    if self.tool_call_index < len(final_calls):
                        calls.append(("on_tool_call_done", (final_calls[self.tool_call_index],)))
                self.tool_call_index, self.tool_call = None, None
                calls.append(("on_run_step_done", (data,)))
        elif kind == "thread.run.step.delta":
            calls.extend(self._run_step_delta(data))
        return calls

    def _content_done(self, block: Any) -> List[_Call]:
        if block.type == "text":
            return [("on_text_done", (block.text,))]
        return []

    def _message_delta(self, data: Any) -> List[_Call]:
        snapshot_dict = self.messages.setdefault(data.id, {"id": data.id, "content": []})
        accumulate_delta(snapshot_dict, to_plain(data.delta))
        self.current_message_id = data.id
        snapshot = cast(Message, construct_type(type_=Message, value=snapshot_dict))
        calls: List[_Call] = [("on_message_delta", (data.delta, snapshot))]
        for content_delta in data.delta.content or []:
            index = content_delta.index
            if index >= len(snapshot.content):
                continue
            block: Any = snapshot.content[index]
            if index != self.content_index:
                if self.content is not None:
                    calls.extend(self._content_done(self.content))
                self.content_index = index
                if block.type == "text":
                    calls.append(("on_text_created", (block.text,)))
                elif block.type == "image_file":
                    calls.append(("on_image_file_done", (block.image_file,)))
            self.content = block
            if content_delta.type == "text" and content_delta.text is not None:
                calls.append(("on_text_delta", (content_delta.text, block.text)))
        return calls

    def _run_step_delta(self, data: Any) -> List[_Call]:
        snapshot_dict = self.run_steps.setdefault(data.id, {"id": data.id})
        accumulate_delta(snapshot_dict, to_plain(data.delta))
        self.current_run_step_id = data.id
        snapshot = cast(RunStep, construct_type(type_=RunStep, value=snapshot_dict))
        calls: List[_Call] = [("on_run_step_delta", (data.delta, snapshot))]
        details = data.delta.step_details
        if details is None or details.type != "tool_calls":
            return calls
        snapshot_calls: List[Any] = getattr(snapshot.step_details, "tool_calls", None) or []
        for call_delta in details.tool_calls or []:
            index = call_delta.index
            if index >= len(snapshot_calls):
                continue
            call = snapshot_calls[index]
            if index != self.tool_call_index:
                if self.tool_call is not None:
                    previous = self.tool_call_index
                    done = snapshot_calls[previous] if previous is not None and previous < len(snapshot_calls) else None
                    calls.append(("on_tool_call_done", (done if done is not None else self.tool_call,)))
                self.tool_call_index = index
                calls.append(("on_tool_call_created", (call,)))
            self.tool_call = call
            calls.append(("on_tool_call_delta", (call_delta, call)))
        return calls


def _coerce(kind: str, data: Dict[str, Any]) -> Any:
    if kind == "thread.message.delta":
        return construct_type(type_=MessageDeltaEvent, value=data)
    if kind == "thread.run.step.delta":
        return construct_type(type_=RunStepDeltaEvent, value=data)
    if kind in _MESSAGE_EVENTS:
        return construct_type(type_=Message, value=data)
    if kind in _STEP_EVENTS:
        return construct_type(type_=RunStep, value=data)
    if kind.startswith("thread.run."):
        return construct_type(type_=Run, value=data)
    return data


def _text_value_deltas(event: Any) -> Iterator[str]:
    if event.event == "thread.message.delta":
        data = event.data
        if isinstance(data, dict):
            data = _coerce(event.event, cast(Dict[str, Any], data))
        for content in data.delta.content or []:
            if content.type == "text" and content.text is not None and content.text.value:
                yield content.text.value


class _HandlerAccessors:
    """Read access to the stream state, shared by the sync and async handlers."""

    _state: _AssistantStreamState

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        return self._state.current_event

    @property
    def current_run(self) -> Optional[Run]:
        return self._state.current_run

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        return self._state.run_step_snapshot(self._state.current_run_step_id)

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        return self._state.message_snapshot(self._state.current_message_id)

    def _final_run(self) -> Run:
        if self._state.current_run is None:
            raise RuntimeError("No final run object found")
        return self._state.current_run

    def _final_run_steps(self) -> List[RunStep]:
        return [cast(RunStep, construct_type(type_=RunStep, value=d)) for d in self._state.run_steps.values()]

    def _final_messages(self) -> List[Message]:
        return [cast(Message, construct_type(type_=Message, value=d)) for d in self._state.messages.values()]


class AssistantEventHandler(_HandlerAccessors):
    """Subclass and override the `on_*` callbacks; iterate it for the raw events."""

    text_deltas: Iterable[str]
    """The text of every `thread.message.delta`, in order (iterating it consumes the stream)."""

    def __init__(self) -> None:
        self._state = _AssistantStreamState()
        self._stream: Optional[Stream[AssistantStreamEvent]] = None
        self._iterator = self.__stream__()
        self.text_deltas = self.__text_deltas__()

    def _init(self, stream: Stream[AssistantStreamEvent]) -> None:
        if self._stream is not None:
            raise RuntimeError(
                "A single event handler cannot be shared between multiple streams; "
                "You will need to construct a new event handler instance"
            )
        self._stream = stream

    def __next__(self) -> AssistantStreamEvent:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        # the iterator itself, not a generator around it: dropping a partial `iter()` must not close it
        return self._iterator

    def close(self) -> None:
        """Close the HTTP response (also when the stream was not read to the end)."""
        if self._stream is not None:
            self._stream.close()

    def until_done(self) -> None:
        """Read the stream to the end, firing every callback."""
        for _ in self:
            pass

    def get_final_run(self) -> Run:
        """Wait for the stream to finish and return the last run object it carried."""
        self.until_done()
        return self._final_run()

    def get_final_run_steps(self) -> List[RunStep]:
        self.until_done()
        return self._final_run_steps()

    def get_final_messages(self) -> List[Message]:
        self.until_done()
        return self._final_messages()

    # -- callbacks (override in a subclass) ---------------------------------------------------------

    def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before its specific callback."""

    def on_run_step_created(self, run_step: RunStep) -> None: ...

    def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None: ...

    def on_run_step_done(self, run_step: RunStep) -> None: ...

    def on_tool_call_created(self, tool_call: ToolCall) -> None: ...

    def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None: ...

    def on_tool_call_done(self, tool_call: ToolCall) -> None: ...

    def on_exception(self, exception: Exception) -> None:
        """An exception ended the stream; it is re-raised after this returns."""

    def on_timeout(self) -> None:
        """The HTTP request timed out (`on_exception` follows)."""

    def on_message_created(self, message: Message) -> None: ...

    def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None: ...

    def on_message_done(self, message: Message) -> None: ...

    def on_text_created(self, text: Text) -> None: ...

    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None: ...

    def on_text_done(self, text: Text) -> None: ...

    def on_image_file_done(self, image_file: ImageFile) -> None: ...

    def on_end(self) -> None:
        """The stream finished (also after an exception)."""

    # -- internals ----------------------------------------------------------------------------------

    def __stream__(self) -> Iterator[AssistantStreamEvent]:
        stream = self._stream
        if stream is None:
            raise RuntimeError("The stream has not been started yet: use the handler inside the `with` block")
        try:
            for event in stream:
                for name, args in self._state.dispatch(event):
                    getattr(self, name)(*args)
                yield event
        except httpx.TimeoutException as exc:
            self.on_timeout()
            self.on_exception(exc)
            raise
        except Exception as exc:
            self.on_exception(exc)
            raise
        finally:
            self.on_end()

    def __text_deltas__(self) -> Iterator[str]:
        for event in self:
            yield from _text_value_deltas(event)


AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)


class AssistantStreamManager(Generic[AssistantEventHandlerT]):
    """Returned by the `*_stream` helpers: the request is sent on `with`, which yields the handler."""

    def __init__(
        self, api_request: Callable[[], Stream[AssistantStreamEvent]], *, event_handler: AssistantEventHandlerT
    ) -> None:
        self._stream: Optional[Stream[AssistantStreamEvent]] = None
        self._event_handler = event_handler
        self._api_request = api_request

    def __enter__(self) -> AssistantEventHandlerT:
        self._stream = self._api_request()
        self._event_handler._init(self._stream)
        return self._event_handler

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncAssistantEventHandler(_HandlerAccessors):
    """Async twin of `AssistantEventHandler`: the callbacks are coroutines."""

    text_deltas: AsyncIterator[str]

    def __init__(self) -> None:
        self._state = _AssistantStreamState()
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None
        self._iterator = self.__stream__()
        self.text_deltas = self.__text_deltas__()

    def _init(self, stream: AsyncStream[AssistantStreamEvent]) -> None:
        if self._stream is not None:
            raise RuntimeError(
                "A single event handler cannot be shared between multiple streams; "
                "You will need to construct a new event handler instance"
            )
        self._stream = stream

    async def __anext__(self) -> AssistantStreamEvent:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        return self._iterator

    async def close(self) -> None:
        if self._stream is not None:
            await self._stream.close()

    async def until_done(self) -> None:
        async for _ in self:
            pass

    async def get_final_run(self) -> Run:
        await self.until_done()
        return self._final_run()

    async def get_final_run_steps(self) -> List[RunStep]:
        await self.until_done()
        return self._final_run_steps()

    async def get_final_messages(self) -> List[Message]:
        await self.until_done()
        return self._final_messages()

    async def on_event(self, event: AssistantStreamEvent) -> None: ...

    async def on_run_step_created(self, run_step: RunStep) -> None: ...

    async def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None: ...

    async def on_run_step_done(self, run_step: RunStep) -> None: ...

    async def on_tool_call_created(self, tool_call: ToolCall) -> None: ...

    async def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None: ...

    async def on_tool_call_done(self, tool_call: ToolCall) -> None: ...

    async def on_exception(self, exception: Exception) -> None: ...

    async def on_timeout(self) -> None: ...

    async def on_message_created(self, message: Message) -> None: ...

    async def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None: ...

    async def on_message_done(self, message: Message) -> None: ...

    async def on_text_created(self, text: Text) -> None: ...

    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None: ...

    async def on_text_done(self, text: Text) -> None: ...

    async def on_image_file_done(self, image_file: ImageFile) -> None: ...

    async def on_end(self) -> None: ...

    async def __stream__(self) -> AsyncIterator[AssistantStreamEvent]:
        stream = self._stream
        if stream is None:
            raise RuntimeError("The stream has not been started yet: use the handler inside the `async with` block")
        try:
            async for event in stream:
                for name, args in self._state.dispatch(event):
                    await getattr(self, name)(*args)
                yield event
        except (httpx.TimeoutException, asyncio.TimeoutError) as exc:
            await self.on_timeout()
            await self.on_exception(exc)
            raise
        except Exception as exc:
            await self.on_exception(exc)
            raise
        finally:
            await self.on_end()

    async def __text_deltas__(self) -> AsyncIterator[str]:
        async for event in self:
            for value in _text_value_deltas(event):
                yield value


AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """Returned by the async `*_stream` helpers: the request is sent on `async with`."""

    def __init__(
        self,
        api_request: Callable[[], Awaitable[AsyncStream[AssistantStreamEvent]]],
        *,
        event_handler: AsyncAssistantEventHandlerT,
    ) -> None:
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None
        self._event_handler = event_handler
        self._api_request = api_request

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        self._stream = await self._api_request()
        self._event_handler._init(self._stream)
        return self._event_handler

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
