# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypeAlias

__all__ = ["RunStepInclude"]


RunStepInclude: TypeAlias = Literal["step_details.tool_calls[*].file_search.results[*].content"]
