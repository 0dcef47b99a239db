# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Literal, TypeAlias, TypedDict

from ...realtime.realtime_mcp_tool_call_param import RealtimeMcpToolCallParam
from ...realtime.realtime_mcp_list_tools_param import RealtimeMcpListToolsParam
from ...realtime.realtime_mcp_approval_request_param import RealtimeMcpApprovalRequestParam
from ...realtime.realtime_mcp_approval_response_param import RealtimeMcpApprovalResponseParam
from ...realtime.realtime_conversation_item_user_message_param import RealtimeConversationItemUserMessageParam
from ...realtime.realtime_conversation_item_function_call_param import RealtimeConversationItemFunctionCallParam
from ...realtime.realtime_conversation_item_system_message_param import RealtimeConversationItemSystemMessageParam
from ...realtime.realtime_conversation_item_assistant_message_param import RealtimeConversationItemAssistantMessageParam
from ...realtime.realtime_conversation_item_function_call_output_param import (
    RealtimeConversationItemFunctionCallOutputParam,
)

__all__ = ["ConversationItemWithReferenceParam", "Content"]


ConversationItemWithReferenceParam: TypeAlias = Union[
    RealtimeConversationItemSystemMessageParam,
    RealtimeConversationItemUserMessageParam,
    RealtimeConversationItemAssistantMessageParam,
    RealtimeConversationItemFunctionCallParam,
    RealtimeConversationItemFunctionCallOutputParam,
    RealtimeMcpApprovalResponseParam,
    RealtimeMcpListToolsParam,
    RealtimeMcpToolCallParam,
    RealtimeMcpApprovalRequestParam,
]
"""A single item within a Realtime conversation."""


class Content(TypedDict, total=False):
    audio: str
    id: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "item_reference", "text"]
