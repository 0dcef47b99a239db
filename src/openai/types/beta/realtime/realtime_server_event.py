# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.conversation_item import ConversationItem

__all__ = [
    "ConversationItemRetrieved",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
]


class ConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`. This is provided as a way to fetch the server's representation of an item, for example to get access to the post-processed audio data after noise cancellation and VAD. It includes the full content of the Item, including audio data."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: ConversationItem
    """A single item within a Realtime conversation."""


class OutputAudioBufferCleared(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This happens either in VAD
    mode when the user has interrupted (`input_audio_buffer.speech_started`),
    or when the client has emitted the `output_audio_buffer.clear` event to manually
    cut off the current audio response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.cleared"]
    """The event type, must be `output_audio_buffer.cleared`."""

    response_id: str
    """The unique ID of the response that produced the audio."""


class OutputAudioBufferStarted(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the server begins streaming audio to the client. This event is
    emitted after an audio content part has been added (`response.content_part.added`)
    to the response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.started"]
    """The event type, must be `output_audio_buffer.started`."""

    response_id: str
    """The unique ID of the response that produced the audio."""


class OutputAudioBufferStopped(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.stopped"]
    """The event type, must be `output_audio_buffer.stopped`."""

    response_id: str
    """The unique ID of the response that produced the audio."""
