# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel

__all__ = [
    "SessionClientSecretExpiresAfter",
    "SessionClientSecret",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTool",
    "SessionTracingTracingConfiguration",
    "SessionTracing",
    "SessionTurnDetection",
    "Session",
    "SessionUpdateEvent",
]


class SessionClientSecretExpiresAfter(BaseModel):
    anchor: Literal["created_at"]
    seconds: Optional[int] = None


class SessionClientSecret(BaseModel):
    expires_after: Optional[SessionClientSecretExpiresAfter] = None


class SessionInputAudioNoiseReduction(BaseModel):
    type: Optional[Literal["near_field", "far_field"]] = None


class SessionInputAudioTranscription(BaseModel):
    language: Optional[str] = None
    """The language of the input audio."""

    model: Optional[str] = None
    """The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    prompt: Optional[str] = None
    """The prompt configured for input audio transcription, when present."""


class SessionTool(BaseModel):
    description: Optional[str] = None
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    name: Optional[str] = None
    """The name of the function."""

    parameters: Optional[object] = None
    """Parameters of the function in JSON Schema."""

    type: Optional[Literal["function"]] = None
    """The type of the tool, i.e. `function`."""


class SessionTracingTracingConfiguration(BaseModel):
    group_id: Optional[str] = None
    metadata: Optional[object] = None
    workflow_name: Optional[str] = None


class SessionTurnDetection(BaseModel):
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[Literal["server_vad", "semantic_vad"]] = None


class Session(BaseModel):
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """

    client_secret: Optional[SessionClientSecret] = None
    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    input_audio_noise_reduction: Optional[SessionInputAudioNoiseReduction] = None
    input_audio_transcription: Optional[SessionInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Union[int, Literal["inf"], None] = None
    modalities: Optional[List[Literal["text", "audio"]]] = None
    model: Optional[
        Literal[
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
        ]
    ] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[SessionTool]] = None
    tracing: Optional[SessionTracing] = None
    turn_detection: Optional[SessionTurnDetection] = None
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"], None] = None


class SessionUpdateEvent(BaseModel):
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
    To clear a field like `turn_detection`, pass `null`.
    """

    event_id: Optional[str] = None
    """Optional client-generated ID used to identify this event. This is an arbitrary string that a client may assign. It will be passed back if there is an error with the event, but the corresponding `session.updated` event will not include it."""

    session: Session
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """

    type: Literal["session.update"]
    """The event type, must be `session.update`."""


SessionTracing: TypeAlias = Union[Literal["auto"], SessionTracingTracingConfiguration]
