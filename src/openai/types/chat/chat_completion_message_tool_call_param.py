# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .chat_completion_message_function_tool_call_param import Function

__all__ = ["ChatCompletionMessageToolCallParam"]


class ChatCompletionMessageToolCallParam(TypedDict, total=False):
    """A call to a function tool created by the model."""

    id: Required[str]
    """The ID of the tool call."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[Function]
    """The function that the model called."""
