"""Function tools and response formats built from Pydantic models.

`pydantic_function_tool(Model)` gives the strict function-tool param of the Chat Completions API; the
returned dict remembers `Model`, so `chat.completions.parse()` can turn the tool call's JSON arguments
back into an instance. The `*_param` helpers do the same for `response_format` / `text.format`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, cast

import pydantic

from ._pydantic import to_strict_json_schema

if TYPE_CHECKING:
    from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = [
    "PydanticFunctionTool",
    "ResponsesPydanticFunctionTool",
    "pydantic_function_tool",
    "type_to_response_format_param",
    "type_to_text_format_param",
    "schema_name",
]


class PydanticFunctionTool(Dict[str, Any]):
    """A Chat Completions function-tool dict (what is sent) that also carries its Pydantic model."""

    model: type[pydantic.BaseModel]

    def __init__(self, defn: Dict[str, Any], model: type[pydantic.BaseModel]) -> None:
        super().__init__(defn)
        self.model = model

    def cast(self) -> ChatCompletionFunctionToolParam:
        return cast("ChatCompletionFunctionToolParam", self)


class ResponsesPydanticFunctionTool(Dict[str, Any]):
    """The Responses API twin: the function fields sit at the top level of the tool."""

    model: type[pydantic.BaseModel]

    def __init__(self, tool: Dict[str, Any], model: type[pydantic.BaseModel]) -> None:
        super().__init__(tool)
        self.model = model


def schema_name(typ: Any) -> str:
    return getattr(typ, "__name__", None) or repr(typ)


def pydantic_function_tool(
    model: type[pydantic.BaseModel],
    *,
    name: Optional[str] = None,  # inferred from the class name by default
    description: Optional[str] = None,  # inferred from the class docstring by default
) -> ChatCompletionFunctionToolParam:
    if description is None:
        description = model.__doc__ or None  # a class without a docstring has __doc__ None
    function: Dict[str, Any] = {
        "name": name or model.__name__,
        "strict": True,
        "parameters": to_strict_json_schema(model),
    }
    if description is not None:
        function["description"] = description
    return PydanticFunctionTool({"type": "function", "function": function}, model).cast()


def responses_pydantic_function_tool(
    model: type[pydantic.BaseModel], *, name: Optional[str] = None, description: Optional[str] = None
) -> ResponsesPydanticFunctionTool:
    tool: Dict[str, Any] = {
        "type": "function",
        "name": name or model.__name__,
        "strict": True,
        "parameters": to_strict_json_schema(model),
    }
    if description or model.__doc__:
        tool["description"] = description or model.__doc__
    return ResponsesPydanticFunctionTool(tool, model)


def type_to_response_format_param(response_format: Any) -> Dict[str, Any]:
    """`response_format=Model` -> the Chat Completions `json_schema` response format."""
    return {
        "type": "json_schema",
        "json_schema": {
            "schema": to_strict_json_schema(response_format),
            "name": schema_name(response_format),
            "strict": True,
        },
    }


def type_to_text_format_param(text_format: Any) -> Dict[str, Any]:
    """`text_format=Model` -> the Responses API `text.format` entry."""
    return {
        "type": "json_schema",
        "strict": True,
        "name": schema_name(text_format),
        "schema": to_strict_json_schema(text_format),
    }
