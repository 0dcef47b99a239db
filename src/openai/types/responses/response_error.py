# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel
from ..response_error_code import ResponseErrorCode

__all__ = ["ResponseError"]


class ResponseError(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""
