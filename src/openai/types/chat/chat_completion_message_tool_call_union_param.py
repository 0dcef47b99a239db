# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from .chat_completion_message_tool_call_param import ChatCompletionMessageToolCallParam
from .chat_completion_message_custom_tool_call_param import ChatCompletionMessageCustomToolCallParam

__all__ = ["ChatCompletionMessageToolCallUnionParam"]


ChatCompletionMessageToolCallUnionParam: TypeAlias = Annotated[
    Union[ChatCompletionMessageToolCallParam, ChatCompletionMessageCustomToolCallParam],
    PropertyInfo(discriminator="type"),
]
