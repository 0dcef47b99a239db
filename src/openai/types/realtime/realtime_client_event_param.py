# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from ..beta.realtime.session_update_event_param import SessionUpdateEventParam
from ..beta.realtime.realtime_client_event_param import OutputAudioBufferClear
from ..beta.realtime.response_cancel_event_param import ResponseCancelEventParam
from ..beta.realtime.response_create_event_param import ResponseCreateEventParam
from ..beta.realtime.conversation_item_create_event_param import ConversationItemCreateEventParam
from ..beta.realtime.conversation_item_delete_event_param import ConversationItemDeleteEventParam
from ..beta.realtime.input_audio_buffer_clear_event_param import InputAudioBufferClearEventParam
from ..beta.realtime.input_audio_buffer_append_event_param import InputAudioBufferAppendEventParam
from ..beta.realtime.input_audio_buffer_commit_event_param import InputAudioBufferCommitEventParam
from ..beta.realtime.conversation_item_retrieve_event_param import ConversationItemRetrieveEventParam
from ..beta.realtime.conversation_item_truncate_event_param import ConversationItemTruncateEventParam

__all__ = ["RealtimeClientEventParam"]


RealtimeClientEventParam: TypeAlias = Union[
    ConversationItemCreateEventParam,
    ConversationItemDeleteEventParam,
    ConversationItemRetrieveEventParam,
    ConversationItemTruncateEventParam,
    InputAudioBufferAppendEventParam,
    InputAudioBufferClearEventParam,
    OutputAudioBufferClear,
    InputAudioBufferCommitEventParam,
    ResponseCancelEventParam,
    ResponseCreateEventParam,
    SessionUpdateEventParam,
]
"""A realtime client event."""
