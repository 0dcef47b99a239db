# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._utils import PropertyInfo
from ...._models import BaseModel

__all__ = [
    "Logprob",
    "UsageTranscriptTextUsageDuration",
    "UsageTranscriptTextUsageTokensInputTokenDetails",
    "UsageTranscriptTextUsageTokens",
    "Usage",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
]


class Logprob(BaseModel):
    bytes: List[int]
    logprob: float
    token: str


class UsageTranscriptTextUsageDuration(BaseModel):
    seconds: float
    type: Literal["duration"]


class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTranscriptTextUsageTokens(BaseModel):
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]


class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    content_index: int
    event_id: str
    item_id: str
    logprobs: Optional[List[Logprob]] = None
    transcript: str
    type: Literal["conversation.item.input_audio_transcription.completed"]
    usage: Usage


Usage: TypeAlias = Annotated[
    Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]
