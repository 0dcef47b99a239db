# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import TypeAlias

from ..responses.tool_param import Mcp
from .realtime_function_tool_param import RealtimeFunctionToolParam

__all__ = ["RealtimeToolsConfigUnionParam", "RealtimeToolsConfigParam"]


RealtimeToolsConfigUnionParam: TypeAlias = Union[RealtimeFunctionToolParam, Mcp]


RealtimeToolsConfigParam: TypeAlias = Iterable[RealtimeToolsConfigUnionParam]
"""Tools available to the model."""
