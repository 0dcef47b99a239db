# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Conversation", "ConversationCreatedEvent"]


class Conversation(BaseModel):
    id: Optional[str] = None
    object: Optional[Literal["realtime.conversation"]] = None


class ConversationCreatedEvent(BaseModel):
    conversation: Conversation
    event_id: str
    type: Literal["conversation.created"]
