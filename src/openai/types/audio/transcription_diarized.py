# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .transcription_diarized_segment import TranscriptionDiarizedSegment
from ..realtime.conversation_item_input_audio_transcription_completed_event import (
    UsageTranscriptTextUsageTokens,
    UsageTranscriptTextUsageDuration,
)

__all__ = ["Usage", "TranscriptionDiarized"]


class TranscriptionDiarized(BaseModel):
    """Represents a diarized transcription response returned by the model, including the combined transcript and speaker-segment annotations."""

    task: Literal["transcribe"]
    """The type of task that was run. Always `transcribe`."""

    duration: float
    """Duration of the input audio in seconds."""

    text: str
    """The concatenated transcript text for the entire audio input."""

    segments: List[TranscriptionDiarizedSegment]
    """Segments of the transcript annotated with timestamps and speaker labels."""

    usage: Optional[Usage] = None
    """Token or duration usage statistics for the request."""


Usage: TypeAlias = Annotated[
    Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]
"""Token or duration usage statistics for the request."""
