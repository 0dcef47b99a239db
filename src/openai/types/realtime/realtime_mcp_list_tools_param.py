# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..responses.response_input_param import McpListToolsTool

__all__ = ["RealtimeMcpListToolsParam", "Tool"]


class RealtimeMcpListToolsParam(TypedDict, total=False):
    """A Realtime item listing tools available on an MCP server."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Iterable[McpListToolsTool]]
    """The tools available on the server."""


class Tool(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: Optional[str]
    """The description of the tool."""

    input_schema: Required[object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[object]
    """Additional annotations about the tool."""
