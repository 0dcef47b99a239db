# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RoleListParams"]


class RoleListParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to inspect."""

    limit: int
    """A limit on the number of project role assignments to return."""

    after: str
    """Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles."""

    order: Literal["asc", "desc"]
    """Sort order for the returned project roles."""
