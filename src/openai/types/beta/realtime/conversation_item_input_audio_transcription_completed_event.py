# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.log_prob_properties import LogProbProperties
from ...realtime.conversation_item_input_audio_transcription_completed_event import Usage

__all__ = ["ConversationItemInputAudioTranscriptionCompletedEvent"]


class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (when VAD is enabled). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.completed"]
    """The event type, must be
    `conversation.item.input_audio_transcription.completed`.
    """

    item_id: str
    """The ID of the item containing the audio that is being transcribed."""

    content_index: int
    """The index of the content part containing the audio."""

    transcript: str
    """The transcribed text."""

    logprobs: Optional[List[LogProbProperties]] = None
    """The log probabilities of the transcription."""

    usage: Usage
    """Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the realtime model's pricing."""
