# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..responses.tool import Mcp
from .realtime_function_tool import RealtimeFunctionTool

__all__ = ["RealtimeToolsConfigUnion"]


RealtimeToolsConfigUnion: TypeAlias = Union["RealtimeFunctionTool", "Mcp"]
