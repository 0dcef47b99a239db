# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["Video", "VideoEditParams", "VideoVideoReferenceInputParam"]


class Video(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""


class VideoEditParams(TypedDict, total=False):
    video: Required[Video]
    """Reference to the completed video to edit."""

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""


class VideoVideoReferenceInputParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""
