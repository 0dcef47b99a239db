# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import TypeAlias

from .response_input_content import ResponseInputContent

__all__ = ["ResponseInputMessageContentList"]


ResponseInputMessageContentList: TypeAlias = List[ResponseInputContent]
"""A list of one or many input items to the model, containing different content
types.
"""
