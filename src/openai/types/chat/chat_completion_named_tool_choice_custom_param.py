# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["Custom", "ChatCompletionNamedToolChoiceCustomParam"]


class Custom(TypedDict, total=False):
    name: Required[str]
    """The name of the custom tool to call."""


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    custom: Required[Custom]
