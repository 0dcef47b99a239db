# Hand-written (not generated): the structured-outputs result types of `responses.parse()`.
# The generator leaves files without its header alone; `openai.types.responses` re-exports these names.

from __future__ import annotations

from typing import List, Union, Generic, TypeVar, Optional

from typing_extensions import Annotated

from .response import Response
from ..._models import GenericModel
from ..._utils._transform import PropertyInfo
from .response_output_item import (
    McpCall,
    McpListTools,
    LocalShellCall,
    AdditionalTools,
    McpApprovalRequest,
    ImageGenerationCall,
    McpApprovalResponse,
    LocalShellCallAction,
    LocalShellCallOutput,
)
from .response_output_text import ResponseOutputText
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_reasoning_item import ResponseReasoningItem
from .response_compaction_item import ResponseCompactionItem
from .response_custom_tool_call import ResponseCustomToolCall
from .response_tool_search_call import ResponseToolSearchCall
from .response_computer_tool_call import ResponseComputerToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_tool_search_output_item import ResponseToolSearchOutputItem
from .response_function_shell_tool_call import ResponseFunctionShellToolCall
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput

__all__ = [
    "ParsedResponse",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "ParsedContent",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
]

ContentType = TypeVar("ContentType")


class ParsedResponseOutputText(ResponseOutputText, GenericModel, Generic[ContentType]):
    parsed: Optional[ContentType] = None
    """The text parsed into the `text_format` type."""


ParsedContent = Annotated[
    Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal],
    PropertyInfo(discriminator="type"),
]


class ParsedResponseOutputMessage(ResponseOutputMessage, GenericModel, Generic[ContentType]):
    content: List[ParsedContent[ContentType]]  # type: ignore[assignment]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None
    """The arguments parsed into the tool's Pydantic model (strict Pydantic tools only)."""


ParsedResponseOutputItem = Annotated[
    Union[
        ParsedResponseOutputMessage[ContentType],
        ParsedResponseFunctionToolCall,
        ResponseFileSearchToolCall,
        ResponseFunctionWebSearch,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseToolSearchCall,
        ResponseToolSearchOutputItem,
        AdditionalTools,
        ResponseReasoningItem,
        McpCall,
        McpApprovalRequest,
        McpApprovalResponse,
        ImageGenerationCall,
        LocalShellCall,
        LocalShellCallOutput,
        LocalShellCallAction,
        McpListTools,
        ResponseCodeInterpreterToolCall,
        ResponseCompactionItem,
        ResponseFunctionShellToolCall,
        ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall,
        ResponseApplyPatchToolCallOutput,
        ResponseFunctionToolCallOutputItem,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutputItem,
    ],
    PropertyInfo(discriminator="type"),
]


class ParsedResponse(Response, GenericModel, Generic[ContentType]):
    output: List[ParsedResponseOutputItem[ContentType]]  # type: ignore[assignment]

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The first `output_text` content parsed into the `text_format` type, if any."""
        for output in self.output:
            if output.type == "message":
                for content in output.content:
                    if content.type == "output_text" and content.parsed is not None:
                        return content.parsed
        return None
