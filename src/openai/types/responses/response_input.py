# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import TypeAlias

from .response_input_item import ResponseInputItem

__all__ = ["ResponseInput"]


ResponseInput: TypeAlias = List[ResponseInputItem]
"""A list of one or many input items to the model, containing
different content types.
"""
