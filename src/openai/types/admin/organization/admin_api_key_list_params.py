# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Literal, TypedDict

__all__ = ["AdminAPIKeyListParams"]


class AdminAPIKeyListParams(TypedDict, total=False):
    after: Optional[str]
    order: Literal["asc", "desc"]
    limit: int
