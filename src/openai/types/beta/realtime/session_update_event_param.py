# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...realtime.realtime_session_create_request_param import RealtimeSessionCreateRequestParam
from ...realtime.realtime_transcription_session_create_request_param import (
    RealtimeTranscriptionSessionCreateRequestParam,
)

__all__ = [
    "Session",
    "SessionUpdateEventParam",
    "SessionClientSecretExpiresAfter",
    "SessionClientSecret",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTool",
    "SessionTracingTracingConfiguration",
    "SessionTracing",
    "SessionTurnDetection",
]


Session: TypeAlias = Union[RealtimeSessionCreateRequestParam, RealtimeTranscriptionSessionCreateRequestParam]
"""Update the Realtime session. Choose either a realtime
session or a transcription session.
"""


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

    type: Required[Literal["session.update"]]
    """The event type, must be `session.update`."""

    session: Required[Session]
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """


class SessionClientSecretExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: int


class SessionClientSecret(TypedDict, total=False):
    expires_after: SessionClientSecretExpiresAfter


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["near_field", "far_field"]


class SessionInputAudioTranscription(TypedDict, total=False):
    model: Union[
        str,
        Literal[
            "whisper-1",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe",
            "gpt-4o-transcribe-diarize",
            "gpt-realtime-whisper",
        ],
    ]
    """The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    language: str
    """The language of the input audio."""

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
