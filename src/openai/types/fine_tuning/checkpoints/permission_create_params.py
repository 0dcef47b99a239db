# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

from ...._types import SequenceNotStr

__all__ = ["PermissionCreateParams"]


class PermissionCreateParams(TypedDict, total=False):
    project_ids: Required[SequenceNotStr[str]]
    """The project identifiers to grant access to."""
