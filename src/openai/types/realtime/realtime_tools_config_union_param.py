# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Dict, Union, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .realtime_function_tool_param import RealtimeFunctionToolParam

__all__ = [
    "McpAllowedToolsMcpToolFilter",
    "McpAllowedTools",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApproval",
    "Mcp",
    "RealtimeToolsConfigUnionParam",
]


class McpAllowedToolsMcpToolFilter(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


McpAllowedTools: TypeAlias = Union[SequenceNotStr[str], McpAllowedToolsMcpToolFilter]


class McpRequireApprovalMcpToolApprovalFilterAlways(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class McpRequireApprovalMcpToolApprovalFilterNever(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class McpRequireApprovalMcpToolApprovalFilter(TypedDict, total=False):
    always: McpRequireApprovalMcpToolApprovalFilterAlways
    never: McpRequireApprovalMcpToolApprovalFilterNever


McpRequireApproval: TypeAlias = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]


class Mcp(TypedDict, total=False):
    allowed_tools: Optional[McpAllowedTools]
    authorization: str
    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    defer_loading: bool
    headers: Optional[Dict[str, str]]
    require_approval: Optional[McpRequireApproval]
    server_description: str
    server_label: Required[str]
    server_url: str
    type: Required[Literal["mcp"]]


RealtimeToolsConfigUnionParam: TypeAlias = Union[RealtimeFunctionToolParam, Mcp]
