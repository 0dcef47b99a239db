# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from .mcp_tool_call import MCPToolCall
from .conversations.message import Message
from .responses.response_item import (
    McpListTools,
    LocalShellCall,
    McpApprovalRequest,
    ImageGenerationCall,
    LocalShellCallOutput,
)
from .function_tool_call_output import FunctionToolCallOutput
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .responses.response_reasoning_item import ResponseReasoningItem
from .responses.response_compaction_item import ResponseCompactionItem
from .responses.response_custom_tool_call import ResponseCustomToolCall
from .responses.response_tool_search_call import ResponseToolSearchCall
from .responses.response_computer_tool_call import ResponseComputerToolCall
from .responses.response_function_tool_call import ResponseFunctionToolCall
from .responses.response_function_web_search import ResponseFunctionWebSearch
from .responses.response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .responses.response_file_search_tool_call import ResponseFileSearchToolCall
from .responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from .responses.response_tool_search_output_item import ResponseToolSearchOutputItem
from .responses.response_function_shell_tool_call import ResponseFunctionShellToolCall
from .responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .responses.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .responses.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from .responses.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput

__all__ = ["ItemField"]


ItemField: TypeAlias = Annotated[
    Union[
        Message,
        ResponseFunctionToolCall,
        ResponseToolSearchCall,
        ResponseToolSearchOutputItem,
        FunctionToolCallOutput,
        ResponseFileSearchToolCall,
        ResponseFunctionWebSearch,
        ImageGenerationCall,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseReasoningItem,
        ResponseCompactionItem,
        ResponseCodeInterpreterToolCall,
        LocalShellCall,
        LocalShellCallOutput,
        ResponseFunctionShellToolCall,
        ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall,
        ResponseApplyPatchToolCallOutput,
        McpListTools,
        McpApprovalRequest,
        MCPApprovalResponseResource,
        MCPToolCall,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutput,
    ],
    PropertyInfo(discriminator="type"),
]
"""An item representing a message, tool call, tool output, reasoning, or other response element."""
