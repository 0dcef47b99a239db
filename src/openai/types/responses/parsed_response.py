# Hand-written (not generated): the structured-outputs result types of `responses.parse()`.
# The generator leaves files without its header alone; `openai.types.responses` re-exports these names.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Tuple, Union, Generic, TypeVar, Optional, ForwardRef

from typing_extensions import Annotated, get_args

from .response import Response
from ..._models import GenericModel
from ..._utils._transform import PropertyInfo
from .response_output_text import ResponseOutputText
from .response_output_message import ResponseOutputMessage
from .response_function_tool_call import ResponseFunctionToolCall

if TYPE_CHECKING:
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
    from .response_output_refusal import ResponseOutputRefusal
    from .response_reasoning_item import ResponseReasoningItem
    from .response_compaction_item import ResponseCompactionItem
    from .response_custom_tool_call import ResponseCustomToolCall
    from .response_tool_search_call import ResponseToolSearchCall
    from .response_computer_tool_call import ResponseComputerToolCall
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


def _union_members(alias: Any, module: Any) -> List[Any]:
    """The members of a generated (possibly `Annotated`, possibly forward-referencing) union alias."""
    args = get_args(alias)
    union = args[0] if args and getattr(alias, "__metadata__", None) is not None else alias
    members: List[Any] = []
    for member in get_args(union) or (union,):
        if isinstance(member, ForwardRef):
            member = getattr(module, member.__forward_arg__)
        members.append(member)
    return members


def _swapped(members: List[Any], replacements: "dict[Any, Any]") -> Tuple[Any, ...]:
    return tuple(replacements.get(member, member) for member in members)


if TYPE_CHECKING:
    ParsedContent = Annotated[
        Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal],
        PropertyInfo(discriminator="type"),
    ]
else:
    # Built from the generated union so the two cannot disagree on the other content types.
    from . import response_output_message as _message_module

    _content_members = _union_members(_message_module.Content, _message_module)
    ParsedContent = Annotated[
        Union[_swapped(_content_members, {ResponseOutputText: ParsedResponseOutputText[ContentType]})],
        PropertyInfo(discriminator="type"),
    ]


# A pydantic generic subscripted with its own type variable is the class itself, so the unions above
# are not generic at runtime: there the annotations name them bare (pydantic still substitutes the
# type variable inside them when `ParsedResponse[Model]` is created); type checkers see the generic form.


class ParsedResponseOutputMessage(ResponseOutputMessage, GenericModel, Generic[ContentType]):
    if TYPE_CHECKING:
        content: List[ParsedContent[ContentType]]  # type: ignore[assignment]
    else:
        content: List[ParsedContent]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None
    """The arguments parsed into the tool's Pydantic model (strict Pydantic tools only)."""


if TYPE_CHECKING:
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
else:
    from . import response_output_item as _item_module
    from .response_output_item import ResponseOutputItem as _ResponseOutputItem

    ParsedResponseOutputItem = Annotated[
        Union[
            _swapped(
                _union_members(_ResponseOutputItem, _item_module),
                {
                    ResponseOutputMessage: ParsedResponseOutputMessage[ContentType],
                    ResponseFunctionToolCall: ParsedResponseFunctionToolCall,
                },
            )
        ],
        PropertyInfo(discriminator="type"),
    ]


class ParsedResponse(Response, GenericModel, Generic[ContentType]):
    if TYPE_CHECKING:
        output: List[ParsedResponseOutputItem[ContentType]]  # type: ignore[assignment]
    else:
        output: List[ParsedResponseOutputItem]

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The first `output_text` content parsed into the `text_format` type, if any."""
        for output in self.output:
            if output.type == "message":
                for content in output.content:
                    if content.type == "output_text" and content.parsed is not None:
                        return content.parsed
        return None
