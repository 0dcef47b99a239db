# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ConversationItemCreateEvent"]


class ConversationItemCreateEvent(BaseModel):
    event_id: Optional[str] = None
    item: ConversationItem
    previous_item_id: Optional[str] = None
    type: Literal["conversation.item.create"]
