# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RealtimeMcpToolExecutionErrorParam"]


class RealtimeMcpToolExecutionErrorParam(TypedDict, total=False):
    type: Required[Literal["tool_execution_error"]]
    message: Required[str]
