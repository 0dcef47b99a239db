# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..responses.response_input_text_param import ResponseInputTextParam

__all__ = ["InputTextContentParam"]


InputTextContentParam: TypeAlias = ResponseInputTextParam
