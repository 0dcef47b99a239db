# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..responses.response_input_text import ResponseInputText

__all__ = ["InputTextContent"]


InputTextContent: TypeAlias = ResponseInputText
