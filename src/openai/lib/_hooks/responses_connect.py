"""`connect` for `client.responses` (mixed into the generated resource by codegen config)."""

from __future__ import annotations

from typing import Any, Union, Mapping, Callable, Optional, Awaitable, cast

from ..._types import Omit
from ..realtime._common import ConnectParams
from ..realtime.responses import (
    RESPONSES,
    SERVER_EVENTS,
    ResponsesConnection as ResponsesConnection,
    AsyncResponsesConnection as AsyncResponsesConnection,
    ResponsesConnectionManager,
    AsyncResponsesConnectionManager,
)
from ...types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides

# Public import paths, so signatures and docs name what users import.
from ...types.websocket_connection_options import WebSocketConnectionOptions

__all__ = ["SyncHooks", "AsyncHooks"]

# Names the official SDK exposes from the generated resource module (e.g.
# `openai.resources.realtime.realtime.AsyncRealtimeConnection`); the generator may re-export them.
__reexports__ = (
    "ResponsesConnection",
    "AsyncResponsesConnection",
    "ResponsesConnectionManager",
    "AsyncResponsesConnectionManager",
)


def _params(
    extra_query: Mapping[str, object],
    extra_headers: Mapping[str, Union[str, Omit]],
    websocket_connection_options: WebSocketConnectionOptions,
    on_reconnecting: Optional[Callable[[ReconnectingEvent], object]],
    max_retries: int,
    initial_delay: float,
    max_delay: float,
    max_queue_size: int,
) -> ConnectParams:
    return ConnectParams(
        flavour=RESPONSES,
        server_event_union=SERVER_EVENTS,
        extra_query=extra_query,
        extra_headers=extra_headers,
        websocket_connection_options=websocket_connection_options,
        on_reconnecting=on_reconnecting,
        max_retries=max_retries,
        initial_delay=initial_delay,
        max_delay=max_delay,
        max_queue_size=max_queue_size,
    )


class SyncHooks:
    def connect(
        self,
        extra_query: Mapping[str, object] = {},  # noqa: B006 - never mutated; the documented default
        extra_headers: Mapping[str, Union[str, Omit]] = {},  # noqa: B006
        websocket_connection_options: WebSocketConnectionOptions = {},  # noqa: B006
        on_reconnecting: Callable[[ReconnectingEvent], ReconnectingOverrides | None] | None = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1048576,
    ) -> ResponsesConnectionManager:
        """Open a Responses WebSocket: `with client.responses.connect() as connection:`."""
        return ResponsesConnectionManager(
            cast(Any, self)._client,
            _params(
                extra_query,
                extra_headers,
                websocket_connection_options,
                on_reconnecting,
                max_retries,
                initial_delay,
                max_delay,
                max_queue_size,
            ),
        )


class AsyncHooks:
    def connect(
        self,
        extra_query: Mapping[str, object] = {},  # noqa: B006 - never mutated; the documented default
        extra_headers: Mapping[str, Union[str, Omit]] = {},  # noqa: B006
        websocket_connection_options: WebSocketConnectionOptions = {},  # noqa: B006
        on_reconnecting: Callable[
            [ReconnectingEvent], ReconnectingOverrides | None | Awaitable[ReconnectingOverrides | None]
        ]
        | None = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1048576,
    ) -> AsyncResponsesConnectionManager:
        """Open a Responses WebSocket: `async with client.responses.connect() as connection:`."""
        return AsyncResponsesConnectionManager(
            cast(Any, self)._client,
            _params(
                extra_query,
                extra_headers,
                websocket_connection_options,
                on_reconnecting,
                max_retries,
                initial_delay,
                max_delay,
                max_queue_size,
            ),
        )
