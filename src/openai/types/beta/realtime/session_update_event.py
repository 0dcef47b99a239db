# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._utils import PropertyInfo
from ...._models import BaseModel
from ...realtime.realtime_session_create_request import RealtimeSessionCreateRequest
from ...realtime.realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest

__all__ = [
    "Session",
    "SessionUpdateEvent",
    "SessionClientSecretExpiresAfter",
    "SessionClientSecret",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTool",
    "SessionTracingTracingConfiguration",
    "SessionTracing",
    "SessionTurnDetection",
]


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

    type: Literal["session.update"]
    """The event type, must be `session.update`."""

    session: Session
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """


class SessionClientSecretExpiresAfter(BaseModel):
    anchor: Literal["created_at"]
    seconds: Optional[int] = None


class SessionClientSecret(BaseModel):
    expires_after: Optional[SessionClientSecretExpiresAfter] = None


class SessionInputAudioNoiseReduction(BaseModel):
    type: Optional[Literal["near_field", "far_field"]] = None


class SessionInputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[str] = None
    prompt: Optional[str] = None


class SessionTool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[object] = None
    type: Optional[Literal["function"]] = None


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


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest], PropertyInfo(discriminator="type")
]
"""Update the Realtime session. Choose either a realtime
session or a transcription session.
"""


SessionTracing: TypeAlias = Union[Literal["auto"], SessionTracingTracingConfiguration]
