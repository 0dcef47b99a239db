"""`client.responses.connect(...)`: the Responses API over a persistent WebSocket.

Each `connection.response.create(model=..., input=...)` sends a `response.create` event (the
`POST /responses` fields; streaming is implicit) and the server answers with Responses stream events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._sync import BaseSyncConnection, BaseSyncConnectionManager
from ._async import BaseAsyncConnection, BaseAsyncConnectionManager
from ._common import ConnectParams
from ._public import set_public_module
from ._handshake import ApiFlavour
from ._responses_senders import SyncResponsesResponseSender, AsyncResponsesResponseSender

if TYPE_CHECKING:
    from ...types.responses.responses_server_event import ResponsesServerEvent  # noqa: F401 - used in a string base

__all__ = [
    "RESPONSES",
    "ResponsesConnection",
    "ResponsesConnectionManager",
    "AsyncResponsesConnection",
    "AsyncResponsesConnectionManager",
]

RESPONSES = ApiFlavour(path="/responses", azure_path="/openai/v1/responses")
SERVER_EVENTS = "openai.types.responses.responses_server_event.ResponsesServerEvent"


class ResponsesConnection(BaseSyncConnection["ResponsesServerEvent"]):
    """An open Responses WebSocket: `response.create(...)`, then `recv()`/iterate the stream events."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        super().__init__(client, params, websocket)
        self.response = SyncResponsesResponseSender(self)


class ResponsesConnectionManager(BaseSyncConnectionManager[ResponsesConnection]):
    _connection_cls = ResponsesConnection


class AsyncResponsesConnection(BaseAsyncConnection["ResponsesServerEvent"]):
    """An open Responses WebSocket: `response.create(...)`, then `recv()`/iterate the stream events."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        super().__init__(client, params, websocket)
        self.response = AsyncResponsesResponseSender(self)


class AsyncResponsesConnectionManager(BaseAsyncConnectionManager[AsyncResponsesConnection]):
    _connection_cls = AsyncResponsesConnection


# Public home: the generated resource module, which re-exports these (the hook's `__reexports__`; see `_public`).
set_public_module(
    "openai.resources.responses.responses",
    ResponsesConnection,
    ResponsesConnectionManager,
    AsyncResponsesConnection,
    AsyncResponsesConnectionManager,
)
