# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["RoleDeleteParams"]


class RoleDeleteParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to modify."""

    user_id: Required[str]
    """The ID of the user whose project role assignment should be removed."""
