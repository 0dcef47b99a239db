# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

__all__ = ["VoiceIdsOrCustomVoice"]


VoiceIdsOrCustomVoice: TypeAlias = Union["Voice", "VoiceID"]


"""A built-in voice name or a custom voice reference."""


# Imported last: these modules import this one (a cycle in the spec's schemas).
from .realtime.realtime_audio_config_output import Voice, VoiceID  # noqa: E402
