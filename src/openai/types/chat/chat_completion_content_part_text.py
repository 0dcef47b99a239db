# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionContentPartText"]


class ChatCompletionContentPartText(BaseModel):
    """Learn about [text inputs](/docs/guides/text-generation)."""

    type: Literal["text"]
    """The type of the content part."""

    text: str
    """The text content."""
