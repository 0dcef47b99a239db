# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from .chat_completion_message_function_tool_call_param import (
    Function as Function,
    ChatCompletionMessageFunctionToolCallParam,
)

__all__ = ["ChatCompletionMessageToolCallParam", "Function"]


ChatCompletionMessageToolCallParam: TypeAlias = ChatCompletionMessageFunctionToolCallParam
