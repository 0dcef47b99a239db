# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ServiceAccountUpdateParams"]


class ServiceAccountUpdateParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project."""

    name: str
    """The updated service account name."""

    role: Literal["member", "owner"]
    """The updated service account role."""
