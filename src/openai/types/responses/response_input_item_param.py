# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..mcp_tool_call_param import MCPToolCallParam
from .easy_input_message_param import EasyInputMessageParam
from .response_output_message_param import ResponseOutputMessageParam
from .response_reasoning_item_param import ResponseReasoningItemParam
from .response_compaction_item_param import ResponseCompactionItemParam
from .response_custom_tool_call_param import ResponseCustomToolCallParam
from .response_computer_tool_call_param import ResponseComputerToolCallParam
from .response_function_tool_call_param import ResponseFunctionToolCallParam
from .response_function_web_search_param import ResponseFunctionWebSearchParam
from .response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from .response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from .response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from .response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam

__all__ = ["ResponseInputItemParam"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .response_input_param import (  # noqa: E402
    Message,
    ShellCall,
    McpListTools,
    ItemReference,
    ApplyPatchCall,
    LocalShellCall,
    ToolSearchCall,
    ShellCallOutput,
    CompactionTrigger,
    ComputerCallOutput,
    FunctionCallOutput,
    McpApprovalRequest,
    ImageGenerationCall,
    McpApprovalResponse,
    ApplyPatchCallOutput,
    LocalShellCallOutput,
)

ResponseInputItemParam: TypeAlias = Union[
    EasyInputMessageParam,
    Union[
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
        ResponseCompactionItemParam,
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
    ],
    CompactionTrigger,
    ItemReference,
]
