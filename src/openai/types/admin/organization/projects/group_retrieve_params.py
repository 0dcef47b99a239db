# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["GroupRetrieveParams"]


class GroupRetrieveParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to inspect."""

    group_type: Literal["group", "tenant_group"]
    """The type of group to retrieve."""
