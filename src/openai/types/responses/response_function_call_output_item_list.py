# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import TypeAlias

from .response_function_call_output_item import ResponseFunctionCallOutputItem

__all__ = ["ResponseFunctionCallOutputItemList"]


ResponseFunctionCallOutputItemList: TypeAlias = List[ResponseFunctionCallOutputItem]
"""An array of content outputs (text, image, file) for the function tool call."""
