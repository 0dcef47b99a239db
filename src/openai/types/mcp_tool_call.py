# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["MCPToolCall"]


class MCPToolCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    output: Optional[str] = None
    """The output from the tool call."""

    error: Optional[str] = None
    """The error from the tool call, if any."""

    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str] = None
    """Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """
