# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["SkillCreateParams"]


class SkillCreateParams(TypedDict, total=False):
    files: Required[Union[Iterable[FileTypes], FileTypes]]
