# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from .chat_completion_message_function_tool_call import Function

__all__ = ["ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallUnion"]


class ChatCompletionMessageToolCall(BaseModel):
    """A call to a function tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: Function
    """The function that the model called."""


ChatCompletionMessageToolCallUnion: TypeAlias = Annotated[
    Union[ChatCompletionMessageToolCall, ChatCompletionMessageCustomToolCall], PropertyInfo(discriminator="type")
]
