# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypeAlias

__all__ = ["VideoSeconds"]


VideoSeconds: TypeAlias = Literal["4", "8", "12"]
