# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from .response_input_file_content_param import ResponseInputFileContentParam
from .response_input_text_content_param import ResponseInputTextContentParam
from .response_input_image_content_param import ResponseInputImageContentParam

__all__ = ["ResponseFunctionCallOutputItemParam"]


ResponseFunctionCallOutputItemParam: TypeAlias = Union[
    ResponseInputTextContentParam, ResponseInputImageContentParam, ResponseInputFileContentParam
]
