# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Error", "ConversationItemInputAudioTranscriptionFailedEvent"]


class Error(BaseModel):
    code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str] = None


class ConversationItemInputAudioTranscriptionFailedEvent(BaseModel):
    content_index: int
    error: Error
    event_id: str
    item_id: str
    type: Literal["conversation.item.input_audio_transcription.failed"]
