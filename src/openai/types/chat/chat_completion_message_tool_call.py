# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from .chat_completion_message_function_tool_call import Function as Function, ChatCompletionMessageFunctionToolCall

__all__ = ["ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallUnion", "Function"]


ChatCompletionMessageToolCall: TypeAlias = ChatCompletionMessageFunctionToolCall


ChatCompletionMessageToolCallUnion: TypeAlias = Annotated[
    Union[ChatCompletionMessageFunctionToolCall, ChatCompletionMessageCustomToolCall],
    PropertyInfo(discriminator="type"),
]
