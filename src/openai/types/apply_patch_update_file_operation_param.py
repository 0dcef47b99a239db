# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ApplyPatchUpdateFileOperationParam"]


class ApplyPatchUpdateFileOperationParam(TypedDict, total=False):
    """Instruction describing how to update a file via the apply_patch tool."""

    type: Required[Literal["update_file"]]
    """Update an existing file with the provided diff."""

    path: Required[str]
    """Path of the file to update."""

    diff: Required[str]
    """Diff to apply."""
