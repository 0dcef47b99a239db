# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .custom_tool_param import CustomToolParam

__all__ = ["ToolFunction", "Tool", "NamespaceToolParam"]


class ToolFunction(TypedDict, total=False):
    name: Required[str]
    description: Optional[str]
    parameters: Optional[object]
    strict: Optional[bool]
    type: Required[Literal["function"]]
    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""


Tool: TypeAlias = Union[ToolFunction, CustomToolParam]
"""A function or custom tool that belongs to a namespace."""


class NamespaceToolParam(TypedDict, total=False):
    """Groups function/custom tools under a shared namespace."""

    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""

    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""

    description: Required[str]
    """A description of the namespace shown to the model."""

    tools: Required[Iterable[Tool]]
    """The function/custom tools available inside this namespace."""
