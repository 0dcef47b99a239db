# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel

__all__ = ["RealtimeAudioInputTurnDetection", "SemanticVad", "ServerVad"]


class SemanticVad(BaseModel):
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    interrupt_response: Optional[bool] = None
    type: Literal["semantic_vad"]


class ServerVad(BaseModel):
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Literal["server_vad"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .realtime_session_create_response import AudioInputTurnDetectionServerVad, AudioInputTurnDetectionSemanticVad  # noqa: E402

RealtimeAudioInputTurnDetection: TypeAlias = Optional[
    Annotated[
        Union[AudioInputTurnDetectionServerVad, AudioInputTurnDetectionSemanticVad], PropertyInfo(discriminator="type")
    ]
]
"""Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

For `gpt-realtime-whisper` transcription sessions, turn detection must be
set to `null`; VAD is not supported.
"""
