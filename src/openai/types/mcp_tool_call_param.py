# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["MCPToolCallParam"]


class MCPToolCallParam(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

    type: Required[Literal["mcp_call"]]
    """The type of the item. Always `mcp_call`."""

    id: Required[str]
    """The unique ID of the tool call."""

    server_label: Required[str]
    """The label of the MCP server running the tool."""

    name: Required[str]
    """The name of the tool that was run."""

    arguments: Required[str]
    """A JSON string of the arguments passed to the tool."""

    output: Optional[str]
    """The output from the tool call."""

    error: Optional[str]
    """The error from the tool call, if any."""

    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"]
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str]
    """Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """
