# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Error", "ErrorEvent"]


class Error(BaseModel):
    code: Optional[str] = None
    event_id: Optional[str] = None
    message: str
    param: Optional[str] = None
    type: str


class ErrorEvent(BaseModel):
    error: Error
    event_id: str
    type: Literal["error"]
