# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ApplyPatchCreateFileOperationParam"]


class ApplyPatchCreateFileOperationParam(TypedDict, total=False):
    """Instruction describing how to create a file via the apply_patch tool."""

    type: Required[Literal["create_file"]]
    """Create a new file with the provided diff."""

    path: Required[str]
    """Path of the file to create."""

    diff: Required[str]
    """Diff to apply."""
