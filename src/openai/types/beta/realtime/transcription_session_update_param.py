# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import Literal, Required, TypedDict

from ...._types import SequenceNotStr

__all__ = [
    "SessionClientSecretExpiresAt",
    "SessionClientSecret",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTurnDetection",
    "Session",
    "TranscriptionSessionUpdateParam",
]


class SessionClientSecretExpiresAt(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


class SessionClientSecret(TypedDict, total=False):
    expires_at: SessionClientSecretExpiresAt


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["near_field", "far_field"]


class SessionInputAudioTranscription(TypedDict, total=False):
    language: str
    """The language of the input audio."""

    model: Literal["gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1"]
    """The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    prompt: str
    """The prompt configured for input audio transcription, when present."""


class SessionTurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["server_vad", "semantic_vad"]


class Session(TypedDict, total=False):
    client_secret: SessionClientSecret
    include: SequenceNotStr[str]
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: SessionInputAudioNoiseReduction
    input_audio_transcription: SessionInputAudioTranscription
    modalities: List[Literal["text", "audio"]]
    turn_detection: SessionTurnDetection


class TranscriptionSessionUpdateParam(TypedDict, total=False):
    event_id: str
    session: Required[Session]
    type: Required[Literal["transcription_session.update"]]
