# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .image_ref_param_param import ImageRefParamParam

__all__ = ["ImageEditParamsBase", "ImageEditParamsNonStreaming", "ImageEditParamsStreaming", "ImageEditParams"]


class ImageEditParamsBase(TypedDict, total=False):
    model: Union[str, Literal["gpt-image-1.5", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"], None]
    """The model to use for image editing."""

    images: Required[Iterable[ImageRefParamParam]]
    """Input image references to edit.
    For GPT image models, you can provide up to 16 images.
    """

    mask: ImageRefParamParam
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    prompt: Required[str]
    """A text description of the desired image edit."""

    n: Optional[int]
    """The number of edited images to generate."""

    quality: Optional[Literal["low", "medium", "high", "auto"]]
    """Output quality for GPT image models."""

    input_fidelity: Optional[Literal["high", "low"]]
    """Controls fidelity to the original input image(s)."""

    size: Optional[Literal["auto", "1024x1024", "1536x1024", "1024x1536"]]
    """Requested output image size."""

    user: str
    """A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse.
    """

    output_format: Optional[Literal["png", "jpeg", "webp"]]
    """Output image format. Supported for GPT image models."""

    output_compression: Optional[int]
    """Compression level for `jpeg` or `webp` output."""

    moderation: Optional[Literal["low", "auto"]]
    """Moderation level for GPT image models."""

    background: Optional[Literal["transparent", "opaque", "auto"]]
    """Background behavior for generated image output."""

    partial_images: Optional[int]
    """The number of partial images to generate. This parameter is used for
    streaming responses that return partial images. Value must be between 0 and 3.
    When set to 0, the response will be a single image sent in one streaming event.

    Note that the final image may be sent before the full number of partial images
    are generated if the full image is generated more quickly.
    """


class ImageEditParamsNonStreaming(ImageEditParamsBase, total=False):
    stream: Optional[Literal[False]]
    """Stream partial image results as events."""


class ImageEditParamsStreaming(ImageEditParamsBase):
    stream: Required[Literal[True]]
    """Stream partial image results as events."""


ImageEditParams: TypeAlias = Union[ImageEditParamsNonStreaming, ImageEditParamsStreaming]
