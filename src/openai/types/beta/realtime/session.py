# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ...realtime.realtime_session_create_response import RealtimeSessionCreateResponse
from ...realtime.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

__all__ = ["Session"]


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse], PropertyInfo(discriminator="type")
]
"""The session configuration."""
