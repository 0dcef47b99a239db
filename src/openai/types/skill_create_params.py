# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypedDict

from .._types import FileTypes, SequenceNotStr

__all__ = ["SkillCreateParams"]


class SkillCreateParams(TypedDict, total=False):
    files: Union[SequenceNotStr[FileTypes], FileTypes]
