"""Realtime and Responses connections over WebSockets (the `openai[realtime]` extra).

`websockets` is imported only when a connection opens, so importing this package is cheap and
works without the extra installed.
"""

from __future__ import annotations

from ._serde import UnknownServerEvent
from ._options import WebSocketConnectionOptions, WebsocketConnectionOptions
from .realtime import (
    RealtimeConnection,
    AsyncRealtimeConnection,
    RealtimeConnectionManager,
    AsyncRealtimeConnectionManager,
)
from .responses import (
    ResponsesConnection,
    AsyncResponsesConnection,
    ResponsesConnectionManager,
    AsyncResponsesConnectionManager,
)
from ._reconnect import ReconnectingEvent, ReconnectingOverrides

__all__ = [
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
    "AsyncResponsesConnection",
    "AsyncResponsesConnectionManager",
    "RealtimeConnection",
    "RealtimeConnectionManager",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "ResponsesConnection",
    "ResponsesConnectionManager",
    "UnknownServerEvent",
    "WebSocketConnectionOptions",
    "WebsocketConnectionOptions",
]
