# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["VoiceConsentDeleted"]


class VoiceConsentDeleted(BaseModel):
    id: str
    """The consent recording identifier."""

    object: Literal["audio.voice_consent"]
    deleted: bool
