# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Part", "ResponseContentPartDoneEvent"]


class Part(BaseModel):
    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["text", "audio"]] = None


class ResponseContentPartDoneEvent(BaseModel):
    """Emitted when a content part is done."""

    content_index: int
    """The index of the content part that is done."""

    event_id: str
    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    part: Part
    """The content part that is done."""

    response_id: str
    type: Literal["response.content_part.done"]
    """The type of the event. Always `response.content_part.done`."""
