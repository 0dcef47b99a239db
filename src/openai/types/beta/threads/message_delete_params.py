# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["MessageDeleteParams"]


class MessageDeleteParams(TypedDict, total=False):
    thread_id: Required[str]
    """The ID of the thread to which this message belongs."""
