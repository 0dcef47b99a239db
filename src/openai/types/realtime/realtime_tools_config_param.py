# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable

from typing_extensions import TypeAlias

from .realtime_function_tool_param import RealtimeFunctionToolParam
from .realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam

__all__ = ["RealtimeToolsConfigUnionParam", "RealtimeToolsConfigParam"]


RealtimeToolsConfigUnionParam: TypeAlias = Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]


RealtimeToolsConfigParam: TypeAlias = Iterable[RealtimeToolsConfigUnionParam]
"""Tools available to the model."""
