# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List, Union, Iterable

from typing_extensions import Literal, Required, TypeAlias, TypedDict

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
    "SessionUpdateEventParam",
]


class SessionClientSecretExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: int


class SessionClientSecret(TypedDict, total=False):
    expires_after: SessionClientSecretExpiresAfter


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["near_field", "far_field"]


class SessionInputAudioTranscription(TypedDict, total=False):
    language: str
    """The language of the input audio."""

    model: str
    """The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    prompt: str
    """The prompt configured for input audio transcription, when present."""


class SessionTool(TypedDict, total=False):
    description: str
    name: str
    parameters: object
    type: Literal["function"]


class SessionTracingTracingConfiguration(TypedDict, total=False):
    group_id: str
    metadata: object
    workflow_name: str


SessionTracing: TypeAlias = Union[Literal["auto"], SessionTracingTracingConfiguration]


class SessionTurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["server_vad", "semantic_vad"]


class Session(TypedDict, total=False):
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """

    client_secret: SessionClientSecret
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: SessionInputAudioNoiseReduction
    input_audio_transcription: SessionInputAudioTranscription
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    modalities: List[Literal["text", "audio"]]
    model: Literal[
        "gpt-realtime",
        "gpt-realtime-2025-08-28",
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    ]
    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    speed: float
    temperature: float
    tool_choice: str
    tools: Iterable[SessionTool]
    tracing: SessionTracing
    turn_detection: SessionTurnDetection
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]


class SessionUpdateEventParam(TypedDict, total=False):
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
    To clear a field like `turn_detection`, pass `null`.
    """

    event_id: str
    """Optional client-generated ID used to identify this event. This is an arbitrary string that a client may assign. It will be passed back if there is an error with the event, but the corresponding `session.updated` event will not include it."""

    session: Required[Session]
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """

    type: Required[Literal["session.update"]]
    """The event type, must be `session.update`."""
