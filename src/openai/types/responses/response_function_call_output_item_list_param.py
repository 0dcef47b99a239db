# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..input_file_content_param_param import InputFileContentParamParam
from ..input_text_content_param_param import InputTextContentParamParam
from .response_input_image_content_param import ResponseInputImageContentParam

__all__ = ["ResponseFunctionCallOutputItemParam", "ResponseFunctionCallOutputItemListParam"]


ResponseFunctionCallOutputItemParam: TypeAlias = Annotated[
    Union[InputTextContentParamParam, ResponseInputImageContentParam, InputFileContentParamParam],
    PropertyInfo(discriminator="type"),
]
"""A piece of message content, such as text, an image, or a file."""


ResponseFunctionCallOutputItemListParam: TypeAlias = Iterable[ResponseFunctionCallOutputItemParam]
"""An array of content outputs (text, image, file) for the function tool call."""
