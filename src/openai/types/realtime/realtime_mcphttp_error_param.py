# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RealtimeMcphttpErrorParam"]


class RealtimeMcphttpErrorParam(TypedDict, total=False):
    type: Required[Literal["http_error"]]
    code: Required[int]
    message: Required[str]
