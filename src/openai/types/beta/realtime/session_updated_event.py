# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .session import Session
from ...._models import BaseModel

__all__ = ["SessionUpdatedEvent"]


class SessionUpdatedEvent(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    session: Session
    """The session configuration."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""
