# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["ItemDeleteParams"]


class ItemDeleteParams(TypedDict, total=False):
    conversation_id: Required[str]
    """The ID of the conversation that contains the item."""
