# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes

__all__ = ["VideoVideoReferenceInputParam", "Video", "VideoEditParams"]


class VideoVideoReferenceInputParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""


Video: TypeAlias = Union[FileTypes, VideoVideoReferenceInputParam]


class VideoEditParams(TypedDict, total=False):
    video: Required[Video]
    """Reference to the completed video to edit."""

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
