# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypedDict

__all__ = ["ImageRefParamParam"]


class ImageRefParamParam(TypedDict, total=False):
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    image_url: str
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str
    """The File API ID of an uploaded image to use as input."""
