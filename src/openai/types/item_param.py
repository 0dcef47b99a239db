# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .responses.response_output_message_param import ResponseOutputMessageParam
from .responses.response_reasoning_item_param import ResponseReasoningItemParam
from .responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from .responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from .responses.response_function_tool_call_param import ResponseFunctionToolCallParam
from .responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from .responses.response_compaction_item_param_param import ResponseCompactionItemParamParam
from .responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from .responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from .responses.response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
from .responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam

__all__ = ["ItemParam"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .responses.response_input_item_param import (  # noqa: E402
    McpCall,
    Message,
    ShellCall,
    McpListTools,
    ApplyPatchCall,
    LocalShellCall,
    ToolSearchCall,
    ShellCallOutput,
    ComputerCallOutput,
    FunctionCallOutput,
    McpApprovalRequest,
    ImageGenerationCall,
    McpApprovalResponse,
    ApplyPatchCallOutput,
    LocalShellCallOutput,
)

ItemParam: TypeAlias = Union[
    Message,
    ResponseOutputMessageParam,
    ResponseFileSearchToolCallParam,
    ResponseComputerToolCallParam,
    ComputerCallOutput,
    ResponseFunctionWebSearchParam,
    ResponseFunctionToolCallParam,
    FunctionCallOutput,
    ToolSearchCall,
    ResponseToolSearchOutputItemParam,
    ResponseReasoningItemParam,
    ResponseCompactionItemParamParam,
    ImageGenerationCall,
    ResponseCodeInterpreterToolCallParam,
    LocalShellCall,
    LocalShellCallOutput,
    ShellCall,
    ShellCallOutput,
    ApplyPatchCall,
    ApplyPatchCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
]
"""Content item used to generate a response."""
