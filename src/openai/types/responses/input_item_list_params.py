# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import Literal, TypedDict

from .response_includable import ResponseIncludable

__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of objects to be returned. Limit can range between
    1 and 100, and the default is 20.
    """

    order: Literal["asc", "desc"]
    """The order to return the input items in. Default is `desc`.
    - `asc`: Return the input items in ascending order.
    - `desc`: Return the input items in descending order.
    """

    after: str
    """An item ID to list items after, used in pagination."""

    include: List[ResponseIncludable]
    """Additional fields to include in the response. See the `include`
    parameter for Response creation above for more information.
    """
