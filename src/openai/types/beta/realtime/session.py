# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._utils import PropertyInfo
from ...._models import BaseModel
from ...realtime.realtime_session_create_response import RealtimeSessionCreateResponse
from ...realtime.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

__all__ = [
    "Session",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "Tool",
    "TracingTracingConfiguration",
    "Tracing",
    "TurnDetection",
]


class InputAudioNoiseReduction(BaseModel):
    type: Optional[Literal["near_field", "far_field"]] = None


class InputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[str] = None
    prompt: Optional[str] = None


class Tool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[object] = None
    type: Optional[Literal["function"]] = None


class TracingTracingConfiguration(BaseModel):
    group_id: Optional[str] = None
    metadata: Optional[object] = None
    workflow_name: Optional[str] = None


class TurnDetection(BaseModel):
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[Literal["server_vad", "semantic_vad"]] = None


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse], PropertyInfo(discriminator="type")
]
"""The session configuration."""


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]
