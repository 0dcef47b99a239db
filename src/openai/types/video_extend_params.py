# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

from .video_seconds import VideoSeconds

__all__ = ["Video", "VideoExtendParams", "VideoVideoReferenceInputParam"]


class Video(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""


class VideoExtendParams(TypedDict, total=False):
    video: Required[Video]
    """Reference to the completed video to extend."""

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""


class VideoVideoReferenceInputParam(TypedDict, total=False):
    id: Required[str]
