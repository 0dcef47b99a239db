# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from .responses.response_output_message import ResponseOutputMessage
from .responses.response_reasoning_item import ResponseReasoningItem
from .responses.response_custom_tool_call import ResponseCustomToolCall
from .responses.response_computer_tool_call import ResponseComputerToolCall
from .responses.response_function_tool_call import ResponseFunctionToolCall
from .responses.response_function_web_search import ResponseFunctionWebSearch
from .responses.response_compaction_item_param import ResponseCompactionItemParam
from .responses.response_file_search_tool_call import ResponseFileSearchToolCall
from .responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from .responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .responses.response_tool_search_output_item_param import ResponseToolSearchOutputItemParam

__all__ = ["Item"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .responses.response_input_item import (  # noqa: E402
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

Item: TypeAlias = Annotated[
    Union[
        Message,
        ResponseOutputMessage,
        ResponseFileSearchToolCall,
        ResponseComputerToolCall,
        ComputerCallOutput,
        ResponseFunctionWebSearch,
        ResponseFunctionToolCall,
        FunctionCallOutput,
        ToolSearchCall,
        ResponseToolSearchOutputItemParam,
        ResponseReasoningItem,
        ResponseCompactionItemParam,
        ImageGenerationCall,
        ResponseCodeInterpreterToolCall,
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
        ResponseCustomToolCallOutput,
        ResponseCustomToolCall,
    ],
    PropertyInfo(discriminator="type"),
]
"""Content item used to generate a response."""
