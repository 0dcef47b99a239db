# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import TypeAlias

from .realtime_tools_config_union import RealtimeToolsConfigUnion

__all__ = ["RealtimeToolsConfig"]


RealtimeToolsConfig: TypeAlias = List[RealtimeToolsConfigUnion]
"""Tools available to the model."""
