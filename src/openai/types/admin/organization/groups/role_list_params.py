# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypedDict

__all__ = ["RoleListParams"]


class RoleListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of organization role assignments to return."""

    after: str
    """Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles."""

    order: Literal["asc", "desc"]
    """Sort order for the returned organization roles."""
