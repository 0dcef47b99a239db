# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..responses.response_output_text_param import ResponseOutputTextParam

__all__ = ["OutputTextContentParam"]


OutputTextContentParam: TypeAlias = ResponseOutputTextParam
