"""`connect` for `client.beta.realtime` (mixed into the generated resource by codegen config)."""

from __future__ import annotations

from typing import Any, Union, Mapping, cast

from ..._types import Omit
from ..realtime.beta import (
    BETA_REALTIME,
    SERVER_EVENTS,
    RealtimeConnection as RealtimeConnection,
    AsyncRealtimeConnection as AsyncRealtimeConnection,
    RealtimeConnectionManager,
    AsyncRealtimeConnectionManager,
)
from ..realtime._common import ConnectParams

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
    model: str,
    extra_query: Mapping[str, object],
    extra_headers: Mapping[str, Union[str, Omit]],
    websocket_connection_options: WebSocketConnectionOptions,
) -> ConnectParams:
    # The beta API has no reconnection arguments: a drop ends the session.
    return ConnectParams(
        flavour=BETA_REALTIME,
        server_event_union=SERVER_EVENTS,
        model=model,
        extra_query=extra_query,
        extra_headers=extra_headers,
        websocket_connection_options=websocket_connection_options,
        max_retries=0,
    )


class SyncHooks:
    def connect(
        self,
        *,
        model: str,
        extra_query: Mapping[str, object] = {},  # noqa: B006 - never mutated; the documented default
        extra_headers: Mapping[str, Union[str, Omit]] = {},  # noqa: B006
        websocket_connection_options: WebSocketConnectionOptions = {},  # noqa: B006
    ) -> RealtimeConnectionManager:
        """Open a beta Realtime session (sends `OpenAI-Beta: realtime=v1`)."""
        return RealtimeConnectionManager(
            cast(Any, self)._client, _params(model, extra_query, extra_headers, websocket_connection_options)
        )


class AsyncHooks:
    def connect(
        self,
        *,
        model: str,
        extra_query: Mapping[str, object] = {},  # noqa: B006 - never mutated; the documented default
        extra_headers: Mapping[str, Union[str, Omit]] = {},  # noqa: B006
        websocket_connection_options: WebSocketConnectionOptions = {},  # noqa: B006
    ) -> AsyncRealtimeConnectionManager:
        """Open a beta Realtime session (sends `OpenAI-Beta: realtime=v1`)."""
        return AsyncRealtimeConnectionManager(
            cast(Any, self)._client, _params(model, extra_query, extra_headers, websocket_connection_options)
        )
