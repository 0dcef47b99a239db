# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ImageURL", "ChatCompletionContentPartImageParam"]


class ImageURL(TypedDict, total=False):
    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding)."""


class ChatCompletionContentPartImageParam(TypedDict, total=False):
    """Learn about [image inputs](/docs/guides/vision)."""

    type: Required[Literal["image_url"]]
    """The type of the content part."""

    image_url: Required[ImageURL]
