# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ..responses.response_input_param import McpListToolsTool

__all__ = ["RealtimeMcpListToolsParam"]


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
