# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List, Union

from typing_extensions import TypeAlias

from .response_input_file_param import ResponseInputFileParam
from .response_input_text_param import ResponseInputTextParam
from .response_input_image_param import ResponseInputImageParam

__all__ = ["ResponseInputContentParam", "ResponseInputMessageContentListParam"]


ResponseInputContentParam: TypeAlias = Union[ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]


ResponseInputMessageContentListParam: TypeAlias = List[ResponseInputContentParam]
"""A list of one or many input items to the model, containing different content
types.
"""
