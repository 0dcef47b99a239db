# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .realtime_function_tool_param import RealtimeFunctionToolParam

__all__ = [
    "RealtimeToolsConfigUnionParam",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
]


RealtimeToolsConfigUnionParam: TypeAlias = Union[RealtimeFunctionToolParam, object]


class McpAllowedToolsMcpToolFilter(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """


class McpRequireApprovalMcpToolApprovalFilterAlways(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """


class McpRequireApprovalMcpToolApprovalFilterNever(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """
