# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes
from .video_seconds import VideoSeconds

__all__ = ["VideoVideoReferenceInputParam", "Video", "VideoExtendParams"]


class VideoVideoReferenceInputParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""


Video: TypeAlias = Union[VideoVideoReferenceInputParam, FileTypes]


class VideoExtendParams(TypedDict, total=False):
    video: Required[Video]
    """Reference to the completed video to extend."""

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
