"""`connect` for `client.realtime` (mixed into the generated resource by codegen config)."""

from __future__ import annotations

from typing import Any, Union, Mapping, Callable, Optional, Awaitable, cast

from ..._types import Omit, omit
from ..realtime._common import ConnectParams
from ..realtime.realtime import (
    REALTIME,
    SERVER_EVENTS,
    RealtimeConnection as RealtimeConnection,
    AsyncRealtimeConnection as AsyncRealtimeConnection,
    RealtimeConnectionManager,
    AsyncRealtimeConnectionManager,
)
from ...types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides

# Public import paths, so signatures and docs name what users import.
from ...types.websocket_connection_options import WebSocketConnectionOptions

__all__ = ["SyncHooks", "AsyncHooks"]

# Names the official SDK exposes from the generated resource module (e.g.
# `openai.resources.realtime.realtime.AsyncRealtimeConnection`); the generator may re-export them.
__reexports__ = (
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
)


def _params(
    *,
    call_id: Union[str, Omit],
    model: Union[str, Omit],
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
        flavour=REALTIME,
        server_event_union=SERVER_EVENTS,
        model=None if isinstance(model, Omit) else model,
        call_id=None if isinstance(call_id, Omit) else call_id,
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
        *,
        call_id: str | Omit = omit,
        model: str | Omit = omit,
        extra_query: Mapping[str, object] = {},  # noqa: B006 - never mutated; the documented default
        extra_headers: Mapping[str, Union[str, Omit]] = {},  # noqa: B006
        websocket_connection_options: WebSocketConnectionOptions = {},  # noqa: B006
        on_reconnecting: Callable[[ReconnectingEvent], ReconnectingOverrides | None] | None = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1048576,
    ) -> RealtimeConnectionManager:
        """Open a Realtime session over a WebSocket: `with client.realtime.connect(model=...) as connection:`.

        On an unexpected drop the connection reconnects up to `max_retries` times, waiting
        `initial_delay` doubling up to `max_delay` seconds; sends made meanwhile are queued (up to
        `max_queue_size` bytes). `on_reconnecting` sees each attempt and may change or abort it.
        """
        return RealtimeConnectionManager(
            cast(Any, self)._client,
            _params(
                call_id=call_id,
                model=model,
                extra_query=extra_query,
                extra_headers=extra_headers,
                websocket_connection_options=websocket_connection_options,
                on_reconnecting=on_reconnecting,
                max_retries=max_retries,
                initial_delay=initial_delay,
                max_delay=max_delay,
                max_queue_size=max_queue_size,
            ),
        )


class AsyncHooks:
    def connect(
        self,
        *,
        call_id: str | Omit = omit,
        model: str | Omit = omit,
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
    ) -> AsyncRealtimeConnectionManager:
        """Open a Realtime session: `async with client.realtime.connect(model=...) as connection:`.

        Reconnection and queueing work as for the sync client; `on_reconnecting` may be a plain
        function or a coroutine function.
        """
        return AsyncRealtimeConnectionManager(
            cast(Any, self)._client,
            _params(
                call_id=call_id,
                model=model,
                extra_query=extra_query,
                extra_headers=extra_headers,
                websocket_connection_options=websocket_connection_options,
                on_reconnecting=on_reconnecting,
                max_retries=max_retries,
                initial_delay=initial_delay,
                max_delay=max_delay,
                max_queue_size=max_queue_size,
            ),
        )
