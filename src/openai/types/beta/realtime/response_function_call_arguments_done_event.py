# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ResponseFunctionCallArgumentsDoneEvent"]


class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """Emitted when function-call arguments are finalized."""

    arguments: str
    """The function-call arguments."""

    call_id: str
    event_id: str
    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item."""

    response_id: str
    type: Literal["response.function_call_arguments.done"]
