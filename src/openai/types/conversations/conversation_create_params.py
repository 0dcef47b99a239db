# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ..shared_params.metadata import Metadata
from ..responses.response_input_item_param import ResponseInputItemParam

__all__ = ["ConversationCreateParams"]


class ConversationCreateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """

    items: Optional[Iterable[ResponseInputItemParam]]
    """Initial items to include in the conversation context. You may add up to 20 items at a time."""
