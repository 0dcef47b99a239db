"""Events of `responses.stream()`: the API's `ResponseStreamEvent`s, four of them enriched.

- `response.output_text.delta` carries `snapshot`, the text of that content part so far;
- `response.output_text.done` carries `parsed`, the text parsed into `text_format`;
- `response.function_call_arguments.delta` carries `snapshot`, the arguments so far;
- `response.completed` carries a `ParsedResponse` (output text and strict tool arguments parsed).

Every other event is passed through exactly as the API sent it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Generic, Optional

from ...._models import GenericModel
from ..._parsing import TextFormatT
from ....types.responses.parsed_response import ParsedResponse
from ....types.responses.response_completed_event import ResponseCompletedEvent as RawResponseCompletedEvent
from ....types.responses.response_text_done_event import ResponseTextDoneEvent as RawResponseTextDoneEvent
from ....types.responses.response_text_delta_event import ResponseTextDeltaEvent as RawResponseTextDeltaEvent
from ....types.responses.response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent as RawResponseFunctionCallArgumentsDeltaEvent,
)

if TYPE_CHECKING:
    from ....types.responses.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent

__all__ = [
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseCompletedEvent",
    "ResponseStreamEvent",
]


class ResponseTextDeltaEvent(RawResponseTextDeltaEvent):
    snapshot: str
    """The text of this content part accumulated so far."""


class ResponseTextDoneEvent(RawResponseTextDoneEvent, GenericModel, Generic[TextFormatT]):
    parsed: Optional[TextFormatT] = None
    """The text parsed into `text_format` (None without one)."""


class ResponseFunctionCallArgumentsDeltaEvent(RawResponseFunctionCallArgumentsDeltaEvent):
    snapshot: str
    """The function call's arguments accumulated so far."""


class ResponseCompletedEvent(RawResponseCompletedEvent, GenericModel, Generic[TextFormatT]):
    response: ParsedResponse[TextFormatT]  # type: ignore[assignment]


ResponseStreamEvent = Union[
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent[TextFormatT],
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseCompletedEvent[TextFormatT],
    "RawResponseStreamEvent",
]
"""What iterating a `ResponseStream` yields."""
