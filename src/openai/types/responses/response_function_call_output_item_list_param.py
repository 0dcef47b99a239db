# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List, Union

from typing_extensions import TypeAlias

from .response_input_file_content_param import ResponseInputFileContentParam
from .response_input_text_content_param import ResponseInputTextContentParam
from .response_input_image_content_param import ResponseInputImageContentParam

__all__ = ["ResponseFunctionCallOutputItemParam", "ResponseFunctionCallOutputItemListParam"]


ResponseFunctionCallOutputItemParam: TypeAlias = Union[
    ResponseInputTextContentParam, ResponseInputImageContentParam, ResponseInputFileContentParam
]
"""A piece of message content, such as text, an image, or a file."""


ResponseFunctionCallOutputItemListParam: TypeAlias = List[ResponseFunctionCallOutputItemParam]
"""An array of content outputs (text, image, file) for the function tool call."""
