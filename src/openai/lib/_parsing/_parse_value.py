"""Turning the JSON text the model produced into the caller's type (shared by chat and responses)."""

from __future__ import annotations

import json
import inspect
from typing import Any, Dict, TypeVar, Iterable, Optional, cast

import jiter
import pydantic

from .._tools import PydanticFunctionTool, ResponsesPydanticFunctionTool
from ..._types import Omit, NotGiven
from .._pydantic import PYDANTIC_V1, is_basemodel_type

__all__ = [
    "ResponseFormatT",
    "TextFormatT",
    "parse_text",
    "parse_partial_json",
    "is_rich_format",
    "parse_tool_arguments",
    "validate_strict_tools",
]

ResponseFormatT = TypeVar("ResponseFormatT")
"""The `response_format` type of `chat.completions.parse()` / `stream()`."""

TextFormatT = TypeVar("TextFormatT")
"""The `text_format` type of `responses.parse()` / `stream()`."""


def is_rich_format(fmt: object) -> bool:
    """True when `fmt` is a type to parse into (not omitted, not a plain response-format dict)."""
    return not isinstance(fmt, (Omit, NotGiven, dict)) and fmt is not None


def parse_partial_json(text: str) -> object:
    """Decode the JSON received so far (an unfinished string is kept as its prefix); None if not JSON yet."""
    if not text:
        return None
    try:
        return jiter.from_json(text.encode("utf-8"), partial_mode="trailing-strings")
    except ValueError:
        return None


def parse_text(fmt: Any, text: str) -> Any:
    """Validate `text` (JSON) against `fmt`: a Pydantic model, or on pydantic v2 anything a TypeAdapter takes."""
    if is_basemodel_type(fmt):
        model = cast("type[pydantic.BaseModel]", fmt)
        if PYDANTIC_V1:
            return model.parse_raw(text)  # pyright: ignore[reportDeprecated]
        return model.model_validate_json(text)
    if not PYDANTIC_V1 and (inspect.isclass(fmt) or getattr(fmt, "__origin__", None) is not None):
        return pydantic.TypeAdapter(fmt).validate_json(text)
    raise TypeError(f"Unable to parse into {fmt!r}: pass a Pydantic model class (or, on pydantic v2, a dataclass)")


def _tool_name(tool: Dict[str, Any]) -> Optional[str]:
    # Chat Completions nests the function definition; the Responses API keeps it at the top level.
    function = tool.get("function")
    if isinstance(function, dict):
        return cast(Dict[str, Any], function).get("name")
    return tool.get("name")


def _tool_is_strict(tool: Dict[str, Any]) -> bool:
    function = tool.get("function")
    if isinstance(function, dict):
        return cast(Dict[str, Any], function).get("strict") is True
    return tool.get("strict") is True


def parse_tool_arguments(tools: Iterable[Any] | Omit | NotGiven | None, name: str, arguments: str) -> Any:
    """Parse a function call's arguments when the matching input tool allows it.

    A tool made by `pydantic_function_tool` gives an instance of its model; any other strict
    function tool gives the decoded JSON; a non-strict tool (whose arguments may not be valid JSON)
    gives None.
    """
    if isinstance(tools, (Omit, NotGiven)) or tools is None:
        return None
    for tool in tools:
        if not isinstance(tool, dict) or tool.get("type") != "function":
            continue
        tool_dict = cast(Dict[str, Any], tool)
        if _tool_name(tool_dict) != name:
            continue
        if isinstance(tool, (PydanticFunctionTool, ResponsesPydanticFunctionTool)):
            return parse_text(tool.model, arguments)
        if _tool_is_strict(tool_dict):
            return json.loads(arguments)
        return None
    return None


def validate_strict_tools(tools: Iterable[Any] | Omit | NotGiven | None) -> None:
    """`parse()` parses every function call, so each function tool must be strict."""
    if isinstance(tools, (Omit, NotGiven)) or tools is None:
        return
    for tool in tools:
        if not isinstance(tool, dict):
            continue
        tool_dict = cast(Dict[str, Any], tool)
        if tool_dict.get("type") != "function":
            continue
        if not _tool_is_strict(tool_dict):
            raise ValueError(
                f"`{_tool_name(tool_dict)}` is not strict. Only `strict` function tools can be auto-parsed"
            )
