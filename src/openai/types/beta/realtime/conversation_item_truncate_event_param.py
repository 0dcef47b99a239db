# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ConversationItemTruncateEventParam"]


class ConversationItemTruncateEventParam(TypedDict, total=False):
    audio_end_ms: Required[int]
    content_index: Required[int]
    event_id: str
    item_id: Required[str]
    type: Required[Literal["conversation.item.truncate"]]
