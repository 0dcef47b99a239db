# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from .response_item import (
    McpCall,
    McpListTools,
    LocalShellCall,
    McpApprovalRequest,
    ImageGenerationCall,
    McpApprovalResponse,
    LocalShellCallOutput,
)
from ..conversations.message import Message
from .response_reasoning_item import ResponseReasoningItem
from .response_compaction_item import ResponseCompactionItem
from .response_custom_tool_call import ResponseCustomToolCall
from .response_tool_search_call import ResponseToolSearchCall
from ..function_tool_call_output import FunctionToolCallOutput
from .response_computer_tool_call import ResponseComputerToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_custom_tool_call_output import ResponseCustomToolCallOutput
from .response_tool_search_output_item import ResponseToolSearchOutputItem
from .response_function_shell_tool_call import ResponseFunctionShellToolCall
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput

__all__ = ["ResponseOutputItem"]


ResponseOutputItem: TypeAlias = Annotated[
    Union[
        "Message",
        "ResponseFunctionToolCall",
        "ResponseToolSearchCall",
        "ResponseToolSearchOutputItem",
        "FunctionToolCallOutput",
        "ResponseFileSearchToolCall",
        "ResponseFunctionWebSearch",
        "ImageGenerationCall",
        "ResponseComputerToolCall",
        "ResponseComputerToolCallOutputItem",
        "ResponseReasoningItem",
        "ResponseCompactionItem",
        "ResponseCodeInterpreterToolCall",
        "LocalShellCall",
        "LocalShellCallOutput",
        "ResponseFunctionShellToolCall",
        "ResponseFunctionShellToolCallOutput",
        "ResponseApplyPatchToolCall",
        "ResponseApplyPatchToolCallOutput",
        "McpListTools",
        "McpApprovalRequest",
        "McpApprovalResponse",
        "McpCall",
        "ResponseCustomToolCall",
        "ResponseCustomToolCallOutput",
    ],
    PropertyInfo(discriminator="type"),
]


"""An item representing a message, tool call, tool output, reasoning, or other response element."""
