# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from .realtime_function_tool import RealtimeFunctionTool
from .realtime_session_create_response import ToolMcpTool

__all__ = ["RealtimeToolsConfigUnion"]


RealtimeToolsConfigUnion: TypeAlias = Union[RealtimeFunctionTool, ToolMcpTool]
