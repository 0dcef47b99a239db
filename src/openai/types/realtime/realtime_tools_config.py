# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List, Union

from typing_extensions import TypeAlias

from .realtime_function_tool import RealtimeFunctionTool

__all__ = ["RealtimeToolsConfig"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .realtime_session_create_response import ToolMcpTool  # noqa: E402

RealtimeToolsConfig: TypeAlias = List[Union[RealtimeFunctionTool, ToolMcpTool]]
"""Tools available to the model."""
