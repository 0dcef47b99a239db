# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Iterable

from typing_extensions import Literal, TypedDict

from .conversation_item_content_param import ConversationItemContentParam

__all__ = ["ConversationItemParam"]


class ConversationItemParam(TypedDict, total=False):
    """A single item within a Realtime conversation."""

    arguments: str
    call_id: str
    content: Iterable[ConversationItemContentParam]
    id: str
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["user", "assistant", "system"]
    status: Literal["completed", "incomplete", "in_progress"]
    type: Literal["message", "function_call", "function_call_output"]
