# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypeAlias

__all__ = ["TranscriptionInclude"]


TranscriptionInclude: TypeAlias = Literal["logprobs"]
