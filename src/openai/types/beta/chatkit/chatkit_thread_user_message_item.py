# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._utils import PropertyInfo
from ...._models import BaseModel
from .chatkit_attachment import ChatKitAttachment

__all__ = [
    "ContentInputText",
    "ContentQuotedText",
    "Content",
    "InferenceOptionsToolChoice",
    "InferenceOptions",
    "ChatKitThreadUserMessageItem",
]


class ContentInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`."""

    text: str
    """Plain-text content supplied by the user."""


class ContentQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`."""

    text: str
    """Quoted text content."""


class InferenceOptionsToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: Optional[InferenceOptionsToolChoice] = None
    """Preferred tool to invoke. Defaults to null when ChatKit should auto-select."""

    model: Optional[str] = None
    """Model name that generated the response. Defaults to null when using the session default."""


class ChatKitThreadUserMessageItem(BaseModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]
    content: List[Content]
    """Ordered content elements supplied by the user."""

    attachments: List[ChatKitAttachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: Optional[InferenceOptions] = None
    """Inference overrides applied to the message. Defaults to null when unset."""


Content: TypeAlias = Annotated[Union[ContentInputText, ContentQuotedText], PropertyInfo(discriminator="type")]
"""Content blocks that comprise a user message."""
