# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ResponseOutputItemAddedEvent"]


class ResponseOutputItemAddedEvent(BaseModel):
    """Emitted when a new output item is added."""

    event_id: str
    item: ConversationItem
    """The output item that was added."""

    output_index: int
    """The index of the output item that was added."""

    response_id: str
    type: Literal["response.output_item.added"]
    """The type of the event. Always `response.output_item.added`."""
