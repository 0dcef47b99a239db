# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["RoleCreateParams"]


class RoleCreateParams(TypedDict, total=False):
    role_name: Required[str]
    """Unique name for the role."""

    permissions: Required[SequenceNotStr[str]]
    """Permissions to grant to the role."""

    description: Optional[str]
    """Optional description of the role."""
