# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from ..responses.tool_choice_options import ToolChoiceOptions
from ..responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ..responses.tool_choice_function_param import ToolChoiceFunctionParam

__all__ = ["RealtimeToolChoiceConfigParam"]


RealtimeToolChoiceConfigParam: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
"""How the model chooses tools. Provide one of the string modes or force a specific
function/MCP tool.
"""
