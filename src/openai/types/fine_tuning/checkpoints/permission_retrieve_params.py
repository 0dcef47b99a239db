# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypedDict

__all__ = ["PermissionRetrieveParams"]


class PermissionRetrieveParams(TypedDict, total=False):
    project_id: str
    """The ID of the project to get permissions for."""

    after: str
    """Identifier for the last permission ID from the previous pagination request."""

    limit: int
    """Number of permissions to retrieve."""

    order: Literal["ascending", "descending"]
    """The order in which to retrieve permissions."""
