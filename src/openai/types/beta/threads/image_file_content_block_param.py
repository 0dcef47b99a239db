# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

from .image_file_param import ImageFileParam

__all__ = ["ImageFileContentBlockParam"]


class ImageFileContentBlockParam(TypedDict, total=False):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Required[Literal["image_file"]]
    """Always `image_file`."""

    image_file: Required[ImageFileParam]
