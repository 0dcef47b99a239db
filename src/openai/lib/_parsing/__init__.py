"""Structured-outputs parsing: API results -> `ParsedChatCompletion` / `ParsedResponse`."""

from ._responses import parse_response, type_to_text_format_param
from ._completions import (
    validate_input_tools,
    parse_chat_completion,
    type_to_response_format_param,
)
from ._parse_value import TextFormatT, ResponseFormatT

__all__ = [
    "ResponseFormatT",
    "TextFormatT",
    "parse_chat_completion",
    "parse_response",
    "type_to_response_format_param",
    "type_to_text_format_param",
    "validate_input_tools",
]
