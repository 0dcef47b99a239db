# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypedDict

__all__ = ["ConversationItemContentParam"]


class ConversationItemContentParam(TypedDict, total=False):
    audio: str
    id: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "item_reference", "text", "audio"]
