# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from ..message_param import MessageParam
from ..mcp_tool_call_param import MCPToolCallParam
from ..compaction_body_param import CompactionBodyParam
from ..tool_search_call_param import ToolSearchCallParam
from ..tool_search_output_param import ToolSearchOutputParam
from ..function_shell_call_param import FunctionShellCallParam
from ..apply_patch_tool_call_param import ApplyPatchToolCallParam
from ..responses.response_input_param import (
    McpListTools,
    LocalShellCall,
    McpApprovalRequest,
    ImageGenerationCall,
    LocalShellCallOutput,
)
from ..function_shell_call_output_param import FunctionShellCallOutputParam
from ..function_tool_call_resource_param import FunctionToolCallResourceParam
from ..apply_patch_tool_call_output_param import ApplyPatchToolCallOutputParam
from ..mcp_approval_response_resource_param import MCPApprovalResponseResourceParam
from ..responses.response_reasoning_item_param import ResponseReasoningItemParam
from ..computer_tool_call_output_resource_param import ComputerToolCallOutputResourceParam
from ..function_tool_call_output_resource_param import FunctionToolCallOutputResourceParam
from ..responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from ..responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from ..responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from ..responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from ..responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from ..responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam

__all__ = ["ConversationItemParam"]


ConversationItemParam: TypeAlias = Union[
    MessageParam,
    FunctionToolCallResourceParam,
    FunctionToolCallOutputResourceParam,
    ResponseFileSearchToolCallParam,
    ResponseFunctionWebSearchParam,
    ImageGenerationCall,
    ResponseComputerToolCallParam,
    ComputerToolCallOutputResourceParam,
    ToolSearchCallParam,
    ToolSearchOutputParam,
    ResponseReasoningItemParam,
    CompactionBodyParam,
    ResponseCodeInterpreterToolCallParam,
    LocalShellCall,
    LocalShellCallOutput,
    FunctionShellCallParam,
    FunctionShellCallOutputParam,
    ApplyPatchToolCallParam,
    ApplyPatchToolCallOutputParam,
    McpListTools,
    McpApprovalRequest,
    MCPApprovalResponseResourceParam,
    MCPToolCallParam,
    ResponseCustomToolCallParam,
    ResponseCustomToolCallOutputParam,
]
"""A single item within a conversation. The set of possible types are the same as the `output` type of a [Response object](/docs/api-reference/responses/object#responses/object-output)."""
