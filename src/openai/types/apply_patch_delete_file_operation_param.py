# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ApplyPatchDeleteFileOperationParam"]


class ApplyPatchDeleteFileOperationParam(TypedDict, total=False):
    """Instruction describing how to delete a file via the apply_patch tool."""

    type: Required[Literal["delete_file"]]
    """Delete the specified file."""

    path: Required[str]
    """Path of the file to delete."""
