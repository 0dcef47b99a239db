# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["RoleUpdateParams"]


class RoleUpdateParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to update."""

    permissions: Optional[SequenceNotStr[str]]
    """Updated set of permissions for the role."""

    description: Optional[str]
    """New description for the role."""

    role_name: Optional[str]
    """New name for the role."""
