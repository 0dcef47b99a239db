# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypedDict

from ..._types import FileTypes, SequenceNotStr

__all__ = ["VersionCreateParams"]


class VersionCreateParams(TypedDict, total=False):
    files: Union[SequenceNotStr[FileTypes], FileTypes]
    default: bool
    """Whether to set this version as the default."""
