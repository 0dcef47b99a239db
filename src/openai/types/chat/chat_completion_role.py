# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypeAlias

__all__ = ["ChatCompletionRole"]


ChatCompletionRole: TypeAlias = Literal["developer", "system", "user", "assistant", "tool", "function"]
"""The role of the author of a message"""
