# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .response_output_item import ResponseOutputItem

__all__ = ["ResponseOutputItemAddedEvent"]


class ResponseOutputItemAddedEvent(BaseModel):
    """Emitted when a new output item is added."""

    type: Literal["response.output_item.added"]
    """The type of the event. Always `response.output_item.added`."""

    output_index: int
    """The index of the output item that was added."""

    sequence_number: int
    """The sequence number of this event."""

    item: ResponseOutputItem
    """The output item that was added."""
