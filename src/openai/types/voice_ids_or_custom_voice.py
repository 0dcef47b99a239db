# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Literal, TypeAlias

__all__ = ["VoiceIdsOrCustomVoice"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .realtime.realtime_audio_config_output import VoiceID  # noqa: E402

VoiceIdsOrCustomVoice: TypeAlias = Union[
    str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"], VoiceID
]
"""A built-in voice name or a custom voice reference."""
