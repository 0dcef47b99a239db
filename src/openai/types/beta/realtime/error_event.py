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
    """Returned when an error occurs, which could be a client problem or a server
    problem. Most errors are recoverable and the session will stay open, we
    recommend to implementors to monitor and log error messages by default.
    """

    error: Error
    """Details of the error."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["error"]
    """The event type, must be `error`."""
