# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["SkillUpdateParams"]


class SkillUpdateParams(TypedDict, total=False):
    default_version: Required[str]
    """The skill version number to set as default."""
