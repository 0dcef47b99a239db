# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .text_content_param import TextContentParam
from .computer_screenshot_content_param import ComputerScreenshotContentParam
from .responses.response_input_file_param import ResponseInputFileParam
from .responses.response_input_text_param import ResponseInputTextParam
from .responses.response_input_image_param import ResponseInputImageParam
from .responses.response_output_text_param import ResponseOutputTextParam
from .responses.response_output_refusal_param import ResponseOutputRefusalParam
from .responses.response_reasoning_item_param import Content, Summary

__all__ = ["MessageParam"]


class MessageParam(TypedDict, total=False):
    """A message to or from the model."""

    type: Required[Literal["message"]]
    """The type of the message. Always set to `message`."""

    id: Required[str]
    """The unique ID of the message."""

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: Required[Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]]
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: Required[
        Iterable[
            Union[
                ResponseInputTextParam,
                ResponseOutputTextParam,
                TextContentParam,
                Summary,
                Content,
                ResponseOutputRefusalParam,
                ResponseInputImageParam,
                ComputerScreenshotContentParam,
                ResponseInputFileParam,
            ]
        ]
    ]
    """The content of the message"""

    phase: Optional[Literal["commentary", "final_answer"]]
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all assistant messages — dropping it can degrade performance. Not used for user messages."""
