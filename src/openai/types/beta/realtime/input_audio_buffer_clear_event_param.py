# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["InputAudioBufferClearEventParam"]


class InputAudioBufferClearEventParam(TypedDict, total=False):
    """Send this event to clear the audio bytes in the buffer. The server will
    respond with an `input_audio_buffer.cleared` event.
    """

    event_id: str
    """Optional client-generated ID used to identify this event."""

    type: Required[Literal["input_audio_buffer.clear"]]
    """The event type, must be `input_audio_buffer.clear`."""
