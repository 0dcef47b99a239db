# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..responses.response_output_refusal import ResponseOutputRefusal

__all__ = ["RefusalContent"]


RefusalContent: TypeAlias = ResponseOutputRefusal
