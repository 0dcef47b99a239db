# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from ..lib.realtime._reconnect import (
    ReconnectingEvent as ReconnectingEvent,
    ReconnectingOverrides as ReconnectingOverrides,
)

__all__ = ["ReconnectingEvent", "ReconnectingOverrides"]
