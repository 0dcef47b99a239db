# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.conversation_created_event import Conversation

__all__ = ["ConversationCreatedEvent"]


class ConversationCreatedEvent(BaseModel):
    """Returned when a conversation is created. Emitted right after session creation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.created"]
    """The event type, must be `conversation.created`."""

    conversation: Conversation
    """The conversation resource."""
