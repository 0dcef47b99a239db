# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..conversations.input_file_content_param import InputFileContentParam
from ..conversations.input_text_content_param import InputTextContentParam
from ..conversations.input_image_content_param import InputImageContentParam

__all__ = ["ResponseInputContentParam", "ResponseInputMessageContentListParam"]


ResponseInputContentParam: TypeAlias = Annotated[
    Union[InputTextContentParam, InputImageContentParam, InputFileContentParam], PropertyInfo(discriminator="type")
]


ResponseInputMessageContentListParam: TypeAlias = Iterable[ResponseInputContentParam]
"""A list of one or many input items to the model, containing different content
types.
"""
