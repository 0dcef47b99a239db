# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ...._models import BaseModel
from .chatkit_response_output_text import ChatKitResponseOutputText

__all__ = ["ChatKitThreadAssistantMessageItem"]


class ChatKitThreadAssistantMessageItem(BaseModel):
    """Assistant-authored message within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.assistant_message"]
    """Type discriminator that is always `chatkit.assistant_message`."""

    content: List[ChatKitResponseOutputText]
    """Ordered assistant response segments."""
