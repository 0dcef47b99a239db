# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from .mcp_tool_call_param import MCPToolCallParam
from .responses.response_output_message_param import ResponseOutputMessageParam
from .responses.response_reasoning_item_param import ResponseReasoningItemParam
from .responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from .responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from .responses.response_function_tool_call_param import ResponseFunctionToolCallParam
from .responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from .responses.response_compaction_item_param_param import ResponseCompactionItemParamParam
from .responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from .responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from .responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from .responses.response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam

__all__ = ["ItemParam"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .responses.response_input_param import (  # noqa: E402
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
    ResponseToolSearchOutputItemParamParam,
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
    MCPToolCallParam,
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
]
"""Content item used to generate a response."""
