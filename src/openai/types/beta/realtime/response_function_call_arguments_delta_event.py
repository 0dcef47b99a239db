# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ResponseFunctionCallArgumentsDeltaEvent"]


class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a partial function-call arguments delta."""

    call_id: str
    delta: str
    """The function-call arguments delta that is added."""

    event_id: str
    item_id: str
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int
    """The index of the output item that the function-call arguments delta is added to."""

    response_id: str
    type: Literal["response.function_call_arguments.delta"]
    """The type of the event. Always `response.function_call_arguments.delta`."""
