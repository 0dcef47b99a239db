"""`chat.completions.parse()` results: a `ChatCompletion` -> `ParsedChatCompletion[T]`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Iterable, cast

from .._plain import shallow_fields
from .._tools import type_to_response_format_param as _schema_response_format
from ..._types import Omit, NotGiven, omit
from ..._models import construct_type
from ._parse_value import parse_text, is_rich_format, parse_tool_arguments, validate_strict_tools
from ..._exceptions import LengthFinishReasonError, ContentFilterFinishReasonError

if TYPE_CHECKING:
    from ...types.chat.chat_completion import ChatCompletion
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion

__all__ = ["parse_chat_completion", "validate_input_tools", "type_to_response_format_param"]


def validate_input_tools(tools: Iterable[Any] | Omit | NotGiven | None) -> None:
    validate_strict_tools(tools)


def type_to_response_format_param(response_format: Any) -> Any:
    """`response_format` as sent: a type becomes a strict `json_schema`; a dict passes through."""
    if isinstance(response_format, (Omit, NotGiven)) or response_format is None:
        return omit
    if isinstance(response_format, dict):
        return response_format
    return _schema_response_format(response_format)


def parse_chat_completion(
    *,
    response_format: Any,
    input_tools: Iterable[Any] | Omit | NotGiven | None,
    chat_completion: ChatCompletion,
    raise_on_early_stop: bool = True,
) -> ParsedChatCompletion[Any]:
    """Parse every choice's content into `response_format` and its tool calls' arguments.

    Raises `LengthFinishReasonError` / `ContentFilterFinishReasonError` when a choice stopped early:
    its content is then cut-off JSON that would only fail to parse with a less helpful error.
    (`raise_on_early_stop=False` is for plain streams, which have nothing to parse.)
    """
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion

    tools = list(input_tools) if isinstance(input_tools, Iterable) else input_tools
    choices: List[Dict[str, Any]] = []
    for choice in chat_completion.choices:
        if raise_on_early_stop:
            check_finish_reason(choice.finish_reason, chat_completion)

        message = choice.message
        message_dict: Dict[str, Any] = {**shallow_fields(message), "parsed": None}
        if message.tool_calls:
            tool_calls: List[Any] = []
            for call in message.tool_calls:
                if call.type == "function":
                    function = cast(Any, call).function
                    parsed_arguments = parse_tool_arguments(tools, function.name, function.arguments)
                    function_dict = {**shallow_fields(function), "parsed_arguments": parsed_arguments}
                    tool_calls.append({**shallow_fields(call), "function": function_dict})
                else:
                    tool_calls.append(call)  # custom tool calls have no JSON arguments to parse
            message_dict["tool_calls"] = tool_calls
        if is_rich_format(response_format) and message.content and not message.refusal:
            message_dict["parsed"] = parse_text(response_format, message.content)
        choices.append({**shallow_fields(choice), "message": message_dict})

    parsed_type = ParsedChatCompletion[_content_type(response_format)]  # type: ignore[misc]
    result = construct_type(type_=parsed_type, value={**shallow_fields(chat_completion), "choices": choices})
    _copy_request_id(chat_completion, result)
    return cast("ParsedChatCompletion[Any]", result)


def check_finish_reason(finish_reason: object, chat_completion: Any) -> None:
    if finish_reason == "length":
        raise LengthFinishReasonError(completion=chat_completion)
    if finish_reason == "content_filter":
        raise ContentFilterFinishReasonError()


def _content_type(response_format: Any) -> Any:
    return response_format if is_rich_format(response_format) else type(None)


def _copy_request_id(source: object, target: object) -> None:
    request_id = getattr(source, "_request_id", None)
    if request_id is not None:
        object.__setattr__(target, "_request_id", request_id)
