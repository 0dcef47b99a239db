# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from ..lib.realtime._options import (
    WebSocketConnectionOptions as WebSocketConnectionOptions,
    WebsocketConnectionOptions as WebsocketConnectionOptions,
)

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]
