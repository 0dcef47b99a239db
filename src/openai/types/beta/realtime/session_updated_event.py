# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.session_updated_event import Session

__all__ = ["SessionUpdatedEvent"]


class SessionUpdatedEvent(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: Session
    """The session configuration."""
