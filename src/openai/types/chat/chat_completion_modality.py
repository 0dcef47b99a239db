# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypeAlias

__all__ = ["ChatCompletionModality"]


ChatCompletionModality: TypeAlias = Literal["text", "audio"]
