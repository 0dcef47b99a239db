# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ResponseAudioDeltaEvent"]


class ResponseAudioDeltaEvent(BaseModel):
    """Emitted when there is a partial audio response."""

    content_index: int
    delta: str
    """A chunk of Base64 encoded response audio bytes."""

    event_id: str
    item_id: str
    output_index: int
    response_id: str
    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""
