"""The typed events `ChatCompletionStream` yields, derived from the raw `chat.completion.chunk`s.

For each chunk: one `chunk` event, then per choice the `*.delta` events for what the chunk added,
then the `*.done` events of whatever the chunk finished (a tool call is done when the next one
starts or the choice finishes; content, refusal and logprobs are done when the choice finishes).
"""

from __future__ import annotations

from typing import List, Union, Generic, Optional

from typing_extensions import Literal

from ._types import ParsedChatCompletionSnapshot
from ...._models import BaseModel, GenericModel
from ..._parsing import ResponseFormatT
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = [
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "ChatCompletionStreamEvent",
]


class ChunkEvent(BaseModel):
    type: Literal["chunk"]
    chunk: ChatCompletionChunk
    snapshot: ParsedChatCompletionSnapshot


class ContentDeltaEvent(BaseModel):
    """New text in the first choice's content."""

    type: Literal["content.delta"]
    delta: str
    snapshot: str
    parsed: Optional[object] = None
    """With a `response_format` type: the partial JSON decoded so far (a dict, not yet the model)."""


class ContentDoneEvent(GenericModel, Generic[ResponseFormatT]):
    type: Literal["content.done"]
    content: str
    parsed: Optional[ResponseFormatT] = None


class RefusalDeltaEvent(BaseModel):
    type: Literal["refusal.delta"]
    delta: str
    snapshot: str


class RefusalDoneEvent(BaseModel):
    type: Literal["refusal.done"]
    refusal: str


class FunctionToolCallArgumentsDeltaEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.delta"]
    name: str
    index: int
    arguments: str
    """The arguments accumulated so far."""
    parsed_arguments: object = None
    """For strict tools: the partial JSON decoded so far."""
    arguments_delta: str


class FunctionToolCallArgumentsDoneEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.done"]
    name: str
    index: int
    arguments: str
    parsed_arguments: object = None
    """For a `pydantic_function_tool`: an instance of its model; for other strict tools: the JSON."""


class LogprobsContentDeltaEvent(BaseModel):
    type: Literal["logprobs.content.delta"]
    content: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsContentDoneEvent(BaseModel):
    type: Literal["logprobs.content.done"]
    content: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDeltaEvent(BaseModel):
    type: Literal["logprobs.refusal.delta"]
    refusal: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDoneEvent(BaseModel):
    type: Literal["logprobs.refusal.done"]
    refusal: List[ChatCompletionTokenLogprob]


ChatCompletionStreamEvent = Union[
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent[ResponseFormatT],
    RefusalDeltaEvent,
    RefusalDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
]
