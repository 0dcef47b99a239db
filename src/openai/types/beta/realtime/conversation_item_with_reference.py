# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._utils import PropertyInfo
from ...._models import BaseModel
from ...realtime.realtime_mcp_tool_call import RealtimeMcpToolCall
from ...realtime.realtime_mcp_list_tools import RealtimeMcpListTools
from ...realtime.realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from ...realtime.realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from ...realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from ...realtime.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from ...realtime.realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from ...realtime.realtime_conversation_item_assistant_message import RealtimeConversationItemAssistantMessage
from ...realtime.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput

__all__ = ["ConversationItemWithReference", "Content"]


class Content(BaseModel):
    audio: Optional[str] = None
    id: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["input_text", "input_audio", "item_reference", "text"]] = None


ConversationItemWithReference: TypeAlias = Annotated[
    Union[
        RealtimeConversationItemSystemMessage,
        RealtimeConversationItemUserMessage,
        RealtimeConversationItemAssistantMessage,
        RealtimeConversationItemFunctionCall,
        RealtimeConversationItemFunctionCallOutput,
        RealtimeMcpApprovalResponse,
        RealtimeMcpListTools,
        RealtimeMcpToolCall,
        RealtimeMcpApprovalRequest,
    ],
    PropertyInfo(discriminator="type"),
]
"""A single item within a Realtime conversation."""
