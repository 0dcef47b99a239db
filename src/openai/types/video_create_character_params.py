# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["VideoCreateCharacterParams"]


class VideoCreateCharacterParams(TypedDict, total=False):
    video: Required[FileTypes]
    """Video file used to create a character."""

    name: Required[str]
    """Display name for this API character."""
