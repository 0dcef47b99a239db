# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Iterable

from typing_extensions import Literal, TypedDict

__all__ = ["Content", "ConversationItemWithReferenceParam"]


class Content(TypedDict, total=False):
    audio: str
    id: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "item_reference", "text"]


class ConversationItemWithReferenceParam(TypedDict, total=False):
    """A single item within a Realtime conversation."""

    arguments: str
    call_id: str
    content: Iterable[Content]
    id: str
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["user", "assistant", "system"]
    status: Literal["completed", "incomplete", "in_progress"]
    type: Literal["message", "function_call", "function_call_output", "item_reference"]
