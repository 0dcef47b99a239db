"""`responses.parse()` results: a `Response` -> `ParsedResponse[T]`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Iterable, cast

from .._plain import shallow_fields
from .._tools import type_to_text_format_param as _schema_text_format
from ..._types import Omit, NotGiven
from ..._models import construct_type
from ._completions import _content_type, _copy_request_id
from ._parse_value import parse_text, is_rich_format, parse_tool_arguments

if TYPE_CHECKING:
    from ...types.responses.response import Response
    from ...types.responses.parsed_response import ParsedResponse

__all__ = ["parse_response", "type_to_text_format_param", "parse_output_text"]


def type_to_text_format_param(text_format: Any) -> Dict[str, Any]:
    return _schema_text_format(text_format)


def parse_output_text(text_format: Any, text: str) -> Any:
    return parse_text(text_format, text) if is_rich_format(text_format) else None


def parse_response(
    *,
    text_format: Any,
    input_tools: Iterable[Any] | Omit | NotGiven | None,
    response: Response,
) -> ParsedResponse[Any]:
    """Parse each `output_text` into `text_format` and each function call's arguments (strict tools)."""
    from ...types.responses.parsed_response import ParsedResponse

    tools = list(input_tools) if isinstance(input_tools, Iterable) else input_tools
    output: List[Any] = []
    for item in response.output:
        if item.type == "message":
            content: List[Any] = []
            for part in cast(Any, item).content:
                if part.type == "output_text":
                    content.append({**shallow_fields(part), "parsed": parse_output_text(text_format, part.text)})
                else:
                    content.append(part)  # refusals stay as they came
            output.append({**shallow_fields(item), "content": content})
        elif item.type == "function_call":
            call = cast(Any, item)
            output.append(
                {**shallow_fields(call), "parsed_arguments": parse_tool_arguments(tools, call.name, call.arguments)}
            )
        else:
            output.append(item)

    parsed_type = ParsedResponse[_content_type(text_format)]  # type: ignore[misc]
    result = construct_type(type_=parsed_type, value={**shallow_fields(response), "output": output})
    _copy_request_id(response, result)
    return cast("ParsedResponse[Any]", result)
