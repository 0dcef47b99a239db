"""`client.beta.realtime.connect(...)`: the Realtime beta API (`OpenAI-Beta: realtime=v1`).

Same connection machinery as the GA API, plus `transcription_session.update`; the beta `connect`
takes no reconnection arguments, so a drop ends the session (`max_retries=0`).
"""

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
    SyncTranscriptionSessionSender,
    AsyncTranscriptionSessionSender,
)
from ._handshake import ApiFlavour

if TYPE_CHECKING:
    # Param types only: importing them at runtime would load the generated types on `import openai`.
    from ...types.beta.realtime.realtime_server_event import RealtimeServerEvent  # noqa: F401 - used in a string base
    from ...types.beta.realtime.conversation_item_param import ConversationItemParam
    from ...types.beta.realtime.session_update_event_param import Session as SessionParam
    from ...types.beta.realtime.response_create_event_param import Response as ResponseParam

__all__ = [
    "BETA_REALTIME",
    "RealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
]

BETA_REALTIME = ApiFlavour(path="/realtime", azure_path="/openai/realtime", beta_header="realtime=v1")
SERVER_EVENTS = "openai.types.beta.realtime.realtime_server_event.RealtimeServerEvent"


# Beta sessions speak the beta event shapes (`response.text.delta`, a `Session` with `modalities`), so
# events are typed, and parsed at runtime, with the beta union, not the GA one.
class RealtimeConnection(BaseSyncConnection["RealtimeServerEvent"]):
    """An open beta Realtime session."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        super().__init__(client, params, websocket)
        self.session: SyncSessionSender[SessionParam] = SyncSessionSender(self)
        self.response: SyncResponseSender[ResponseParam] = SyncResponseSender(self)
        self.input_audio_buffer = SyncInputAudioBufferSender(self)
        self.conversation: SyncConversationSender[ConversationItemParam] = SyncConversationSender(self)
        self.output_audio_buffer = SyncOutputAudioBufferSender(self)
        self.transcription_session = SyncTranscriptionSessionSender(self)


class RealtimeConnectionManager(BaseSyncConnectionManager[RealtimeConnection]):
    _connection_cls = RealtimeConnection


class AsyncRealtimeConnection(BaseAsyncConnection["RealtimeServerEvent"]):
    """An open beta Realtime session."""

    def __init__(self, client: Any, params: ConnectParams, websocket: Any) -> None:
        super().__init__(client, params, websocket)
        self.session: AsyncSessionSender[SessionParam] = AsyncSessionSender(self)
        self.response: AsyncResponseSender[ResponseParam] = AsyncResponseSender(self)
        self.input_audio_buffer = AsyncInputAudioBufferSender(self)
        self.conversation: AsyncConversationSender[ConversationItemParam] = AsyncConversationSender(self)
        self.output_audio_buffer = AsyncOutputAudioBufferSender(self)
        self.transcription_session = AsyncTranscriptionSessionSender(self)


class AsyncRealtimeConnectionManager(BaseAsyncConnectionManager[AsyncRealtimeConnection]):
    _connection_cls = AsyncRealtimeConnection


# Public home: the generated resource module, which re-exports these (the hook's `__reexports__`; see `_public`).
set_public_module(
    "openai.resources.beta.realtime.realtime",
    RealtimeConnection,
    RealtimeConnectionManager,
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
)
