# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..beta.realtime.session_update_event import SessionUpdateEvent
from ..beta.realtime.realtime_client_event import OutputAudioBufferClear
from ..beta.realtime.response_cancel_event import ResponseCancelEvent
from ..beta.realtime.response_create_event import ResponseCreateEvent
from ..beta.realtime.conversation_item_create_event import ConversationItemCreateEvent
from ..beta.realtime.conversation_item_delete_event import ConversationItemDeleteEvent
from ..beta.realtime.input_audio_buffer_clear_event import InputAudioBufferClearEvent
from ..beta.realtime.input_audio_buffer_append_event import InputAudioBufferAppendEvent
from ..beta.realtime.input_audio_buffer_commit_event import InputAudioBufferCommitEvent
from ..beta.realtime.conversation_item_retrieve_event import ConversationItemRetrieveEvent
from ..beta.realtime.conversation_item_truncate_event import ConversationItemTruncateEvent

__all__ = ["RealtimeClientEvent"]


RealtimeClientEvent: TypeAlias = Annotated[
    Union[
        ConversationItemCreateEvent,
        ConversationItemDeleteEvent,
        ConversationItemRetrieveEvent,
        ConversationItemTruncateEvent,
        InputAudioBufferAppendEvent,
        InputAudioBufferClearEvent,
        OutputAudioBufferClear,
        InputAudioBufferCommitEvent,
        ResponseCancelEvent,
        ResponseCreateEvent,
        SessionUpdateEvent,
    ],
    PropertyInfo(discriminator="type"),
]
"""A realtime client event."""
