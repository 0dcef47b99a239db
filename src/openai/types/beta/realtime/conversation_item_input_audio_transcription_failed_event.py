# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.conversation_item_input_audio_transcription_failed_event import (
    ConversationItemInputAudioTranscriptionFailedEventError,
)

__all__ = ["ConversationItemInputAudioTranscriptionFailedEvent"]


class ConversationItemInputAudioTranscriptionFailedEvent(BaseModel):
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.failed"]
    """The event type, must be
    `conversation.item.input_audio_transcription.failed`.
    """

    item_id: str
    """The ID of the user message item."""

    content_index: int
    """The index of the content part containing the audio."""

    error: ConversationItemInputAudioTranscriptionFailedEventError
    """Details of the transcription error."""
