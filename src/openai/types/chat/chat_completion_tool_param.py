# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..shared_params.function_definition import FunctionDefinition as FunctionDefinition
from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = ["ChatCompletionToolParam", "FunctionDefinition"]


ChatCompletionToolParam: TypeAlias = ChatCompletionFunctionToolParam
