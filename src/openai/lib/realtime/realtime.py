"""`client.realtime.connect(...)`: the Realtime API (GA) over a WebSocket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._sync import BaseSyncConnection, BaseSyncConnectionManager
from ._async import BaseAsyncConnection, BaseAsyncConnectionManager
from ._common import ConnectParams
from ._public import set_public_module
from ._senders import (
    SyncSessionSender,
    AsyncSessionSender,
    SyncResponseSender,
    AsyncResponseSender,
    SyncConversationSender,
    AsyncConversationSender,
    SyncInputAudioBufferSender,
    AsyncInputAudioBufferSender,
    SyncOutputAudioBufferSender,
    AsyncOutputAudioBufferSender,
)
from ._handshake import ApiFlavour

if TYPE_CHECKING:
    from ...types.realtime.realtime_server_event import RealtimeServerEvent  # noqa: F401 - used in a string base
    from ...types.realtime.conversation_item_param import ConversationItemParam
    from ...types.realtime.session_update_event_param import Session as SessionParam
    from ...types.realtime.realtime_response_create_params_param import RealtimeResponseCreateParamsParam

__all__ = [
    "REALTIME",
    "RealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
]

REALTIME = ApiFlavour(path="/realtime", azure_path="/openai/realtime")
SERVER_EVENTS = "openai.types.realtime.realtime_server_event.RealtimeServerEvent"


class RealtimeConnection(BaseSyncConnection["RealtimeServerEvent"]):
    """An open Realtime session: typed senders per client event, `recv()`/iteration for server events."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        super().__init__(client, params, websocket)
        self.session: SyncSessionSender[SessionParam] = SyncSessionSender(self)
        self.response: SyncResponseSender[RealtimeResponseCreateParamsParam] = SyncResponseSender(self)
        self.input_audio_buffer = SyncInputAudioBufferSender(self)
        self.conversation: SyncConversationSender[ConversationItemParam] = SyncConversationSender(self)
        self.output_audio_buffer = SyncOutputAudioBufferSender(self)


class RealtimeConnectionManager(BaseSyncConnectionManager[RealtimeConnection]):
    _connection_cls = RealtimeConnection


class AsyncRealtimeConnection(BaseAsyncConnection["RealtimeServerEvent"]):
    """An open Realtime session: typed senders per client event, `recv()`/iteration for server events."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        super().__init__(client, params, websocket)
        self.session: AsyncSessionSender[SessionParam] = AsyncSessionSender(self)
        self.response: AsyncResponseSender[RealtimeResponseCreateParamsParam] = AsyncResponseSender(self)
        self.input_audio_buffer = AsyncInputAudioBufferSender(self)
        self.conversation: AsyncConversationSender[ConversationItemParam] = AsyncConversationSender(self)
        self.output_audio_buffer = AsyncOutputAudioBufferSender(self)


class AsyncRealtimeConnectionManager(BaseAsyncConnectionManager[AsyncRealtimeConnection]):
    _connection_cls = AsyncRealtimeConnection


# Public home: the generated resource module, which re-exports these (the hook's `__reexports__`; see `_public`).
set_public_module(
    "openai.resources.realtime.realtime",
    RealtimeConnection,
    RealtimeConnectionManager,
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
)
