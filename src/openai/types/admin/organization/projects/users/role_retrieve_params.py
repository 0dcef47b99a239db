# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["RoleRetrieveParams"]


class RoleRetrieveParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to inspect."""

    user_id: Required[str]
    """The ID of the user to inspect."""
