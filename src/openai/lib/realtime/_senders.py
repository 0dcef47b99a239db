"""Typed senders, one method per client event the Realtime spec defines.

`connection.conversation.item.create(item={...})` builds `{"type": "conversation.item.create", ...}`
and sends it; optional arguments left as `omit` are not sent. Sync and async twins share names
and order. Object-valued arguments are typed with the generated `*Param` TypedDicts (the connection
classes bind the GA or beta ones), so dict literals are type-checked; they go on the wire as given.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any, Dict, Union, Generic, TypeVar

from ..._types import Omit, omit

if TYPE_CHECKING:
    from ._sync import BaseSyncConnection
    from ._async import BaseAsyncConnection
    from ...types.beta.realtime.transcription_session_update_param import Session as TranscriptionSessionParam

__all__ = [
    "SyncSessionSender",
    "SyncResponseSender",
    "SyncInputAudioBufferSender",
    "SyncConversationSender",
    "SyncConversationItemSender",
    "SyncOutputAudioBufferSender",
    "SyncTranscriptionSessionSender",
    "AsyncSessionSender",
    "AsyncResponseSender",
    "AsyncInputAudioBufferSender",
    "AsyncConversationSender",
    "AsyncConversationItemSender",
    "AsyncOutputAudioBufferSender",
    "AsyncTranscriptionSessionSender",
]

# Payload types differ between the GA and beta APIs, so the senders are generic over them: each
# connection class binds them to the generated `*Param` TypedDicts where those exist.
_SessionT = TypeVar("_SessionT")
_ItemT = TypeVar("_ItemT")
_ResponseT = TypeVar("_ResponseT")


def _event(type_: str, **fields: object) -> Dict[str, object]:
    return {"type": type_, **fields}


def _audio(audio: Union[str, bytes]) -> str:
    # The wire format is base64 text; raw PCM bytes are accepted as a convenience.
    return base64.b64encode(audio).decode("ascii") if isinstance(audio, bytes) else audio


class _SyncSender:
    def __init__(self, connection: BaseSyncConnection[Any]) -> None:
        self._connection = connection


class _AsyncSender:
    def __init__(self, connection: BaseAsyncConnection[Any]) -> None:
        self._connection = connection


# ---------------------------------------------------------------- sync


class SyncSessionSender(_SyncSender, Generic[_SessionT]):
    def update(self, *, session: _SessionT, event_id: Union[str, Omit] = omit) -> None:
        """Update the session's default configuration (`session.update`)."""
        self._connection.send(_event("session.update", session=session, event_id=event_id))


class SyncResponseSender(_SyncSender, Generic[_ResponseT]):
    def create(self, *, event_id: Union[str, Omit] = omit, response: Union[_ResponseT, Omit] = omit) -> None:
        """Ask the server to create a response (`response.create`)."""
        self._connection.send(_event("response.create", event_id=event_id, response=response))

    def cancel(self, *, event_id: Union[str, Omit] = omit, response_id: Union[str, Omit] = omit) -> None:
        """Cancel an in-progress response (`response.cancel`)."""
        self._connection.send(_event("response.cancel", event_id=event_id, response_id=response_id))


class SyncInputAudioBufferSender(_SyncSender):
    def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Discard the input audio buffer (`input_audio_buffer.clear`)."""
        self._connection.send(_event("input_audio_buffer.clear", event_id=event_id))

    def commit(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Commit the input audio buffer as a user message (`input_audio_buffer.commit`)."""
        self._connection.send(_event("input_audio_buffer.commit", event_id=event_id))

    def append(self, *, audio: Union[str, bytes], event_id: Union[str, Omit] = omit) -> None:
        """Append audio (base64 text, or raw bytes encoded for you) (`input_audio_buffer.append`)."""
        self._connection.send(_event("input_audio_buffer.append", audio=_audio(audio), event_id=event_id))


class SyncConversationItemSender(_SyncSender, Generic[_ItemT]):
    def create(
        self, *, item: _ItemT, event_id: Union[str, Omit] = omit, previous_item_id: Union[str, Omit] = omit
    ) -> None:
        """Add an item to the conversation (`conversation.item.create`)."""
        self._connection.send(
            _event("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)
        )

    def delete(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Remove an item from the conversation (`conversation.item.delete`)."""
        self._connection.send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    def retrieve(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Ask for the server's copy of an item (`conversation.item.retrieve`)."""
        self._connection.send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))

    def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: Union[str, Omit] = omit
    ) -> None:
        """Truncate an assistant message's audio (`conversation.item.truncate`)."""
        self._connection.send(
            _event(
                "conversation.item.truncate",
                audio_end_ms=audio_end_ms,
                content_index=content_index,
                item_id=item_id,
                event_id=event_id,
            )
        )


class SyncConversationSender(_SyncSender, Generic[_ItemT]):
    @property
    def item(self) -> SyncConversationItemSender[_ItemT]:
        return SyncConversationItemSender(self._connection)


class SyncOutputAudioBufferSender(_SyncSender):
    def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Cut off the current audio response, WebRTC/SIP only (`output_audio_buffer.clear`)."""
        self._connection.send(_event("output_audio_buffer.clear", event_id=event_id))


class SyncTranscriptionSessionSender(_SyncSender):
    def update(self, *, session: TranscriptionSessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Update a transcription session (`transcription_session.update`, beta API)."""
        self._connection.send(_event("transcription_session.update", session=session, event_id=event_id))


# ---------------------------------------------------------------- async


class AsyncSessionSender(_AsyncSender, Generic[_SessionT]):
    async def update(self, *, session: _SessionT, event_id: Union[str, Omit] = omit) -> None:
        """Update the session's default configuration (`session.update`)."""
        await self._connection.send(_event("session.update", session=session, event_id=event_id))


class AsyncResponseSender(_AsyncSender, Generic[_ResponseT]):
    async def create(self, *, event_id: Union[str, Omit] = omit, response: Union[_ResponseT, Omit] = omit) -> None:
        """Ask the server to create a response (`response.create`)."""
        await self._connection.send(_event("response.create", event_id=event_id, response=response))

    async def cancel(self, *, event_id: Union[str, Omit] = omit, response_id: Union[str, Omit] = omit) -> None:
        """Cancel an in-progress response (`response.cancel`)."""
        await self._connection.send(_event("response.cancel", event_id=event_id, response_id=response_id))


class AsyncInputAudioBufferSender(_AsyncSender):
    async def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Discard the input audio buffer (`input_audio_buffer.clear`)."""
        await self._connection.send(_event("input_audio_buffer.clear", event_id=event_id))

    async def commit(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Commit the input audio buffer as a user message (`input_audio_buffer.commit`)."""
        await self._connection.send(_event("input_audio_buffer.commit", event_id=event_id))

    async def append(self, *, audio: Union[str, bytes], event_id: Union[str, Omit] = omit) -> None:
        """Append audio (base64 text, or raw bytes encoded for you) (`input_audio_buffer.append`)."""
        await self._connection.send(_event("input_audio_buffer.append", audio=_audio(audio), event_id=event_id))


class AsyncConversationItemSender(_AsyncSender, Generic[_ItemT]):
    async def create(
        self, *, item: _ItemT, event_id: Union[str, Omit] = omit, previous_item_id: Union[str, Omit] = omit
    ) -> None:
        """Add an item to the conversation (`conversation.item.create`)."""
        await self._connection.send(
            _event("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)
        )

    async def delete(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Remove an item from the conversation (`conversation.item.delete`)."""
        await self._connection.send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    async def retrieve(self, *, item_id: str, event_id: Union[str, Omit] = omit) -> None:
        """Ask for the server's copy of an item (`conversation.item.retrieve`)."""
        await self._connection.send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))

    async def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: Union[str, Omit] = omit
    ) -> None:
        """Truncate an assistant message's audio (`conversation.item.truncate`)."""
        await self._connection.send(
            _event(
                "conversation.item.truncate",
                audio_end_ms=audio_end_ms,
                content_index=content_index,
                item_id=item_id,
                event_id=event_id,
            )
        )


class AsyncConversationSender(_AsyncSender, Generic[_ItemT]):
    @property
    def item(self) -> AsyncConversationItemSender[_ItemT]:
        return AsyncConversationItemSender(self._connection)


class AsyncOutputAudioBufferSender(_AsyncSender):
    async def clear(self, *, event_id: Union[str, Omit] = omit) -> None:
        """Cut off the current audio response, WebRTC/SIP only (`output_audio_buffer.clear`)."""
        await self._connection.send(_event("output_audio_buffer.clear", event_id=event_id))


class AsyncTranscriptionSessionSender(_AsyncSender):
    async def update(self, *, session: TranscriptionSessionParam, event_id: Union[str, Omit] = omit) -> None:
        """Update a transcription session (`transcription_session.update`, beta API)."""
        await self._connection.send(_event("transcription_session.update", session=session, event_id=event_id))
