# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .realtime_response import RealtimeResponse

__all__ = ["ResponseCreatedEvent"]


class ResponseCreatedEvent(BaseModel):
    """An event that is emitted when a response is created."""

    event_id: str
    response: RealtimeResponse
    """The response that was created."""

    type: Literal["response.created"]
    """The type of the event. Always `response.created`."""
