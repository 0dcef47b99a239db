# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel

__all__ = ["Logprob", "Usage", "Transcription", "UsageTokensInputTokenDetails"]


class Logprob(BaseModel):
    token: Optional[str] = None
    """The token in the transcription."""

    logprob: Optional[float] = None
    """The log probability of the token."""

    bytes: Optional[List[float]] = None
    """The bytes of the token."""


class Transcription(BaseModel):
    """Represents a transcription response returned by model, based on the provided input."""

    text: str
    """The transcribed text."""

    logprobs: Optional[List[Logprob]] = None
    """The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array."""

    usage: Optional[Usage] = None
    """Token usage statistics for the request."""


class UsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: Optional[int] = None
    """Number of text tokens billed for this request."""

    audio_tokens: Optional[int] = None
    """Number of audio tokens billed for this request."""


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from ..realtime.conversation_item_input_audio_transcription_completed_event import (  # noqa: E402
    UsageTranscriptTextUsageTokens,
    UsageTranscriptTextUsageDuration,
)

Usage: TypeAlias = Annotated[
    Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]
"""Token usage statistics for the request."""
