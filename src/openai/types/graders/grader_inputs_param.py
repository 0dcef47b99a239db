# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..responses.response_input_text_param import ResponseInputTextParam
from ..responses.response_input_audio_param import ResponseInputAudioParam

__all__ = [
    "GraderInputsParamItemInputImage",
    "GraderInputsParamItemOutputText",
    "GraderInputsParamItem",
    "GraderInputsParam",
]


class GraderInputsParamItemInputImage(TypedDict, total=False):
    """An image input block used within EvalItem content arrays."""

    type: Required[Literal["input_image"]]
    """The type of the image input. Always `input_image`."""

    image_url: Required[str]
    """The URL of the image input."""

    detail: str
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


class GraderInputsParamItemOutputText(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""


GraderInputsParamItem: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    GraderInputsParamItemOutputText,
    GraderInputsParamItemInputImage,
    ResponseInputAudioParam,
]
"""A single content item: input text, output text, input image, or input audio."""


GraderInputsParam: TypeAlias = List[GraderInputsParamItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object.
"""
