# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ResponseOutputItemDoneEvent"]


class ResponseOutputItemDoneEvent(BaseModel):
    """Emitted when an output item is marked done."""

    event_id: str
    item: ConversationItem
    """The output item that was marked done."""

    output_index: int
    """The index of the output item that was marked done."""

    response_id: str
    type: Literal["response.output_item.done"]
    """The type of the event. Always `response.output_item.done`."""
