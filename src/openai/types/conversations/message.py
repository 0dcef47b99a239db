# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .text_content import TextContent
from ..message_role import MessageRole
from ..message_status import MessageStatus
from .refusal_content import RefusalContent
from ..message_phase_2 import MessagePhase2
from .input_file_content import InputFileContent
from .input_text_content import InputTextContent
from .input_image_content import InputImageContent
from .output_text_content import OutputTextContent
from .summary_text_content import SummaryTextContent
from .computer_screenshot_content import ComputerScreenshotContent
from ..responses.response_reasoning_item import Content as ResponseReasoningItemContent

__all__ = ["Content", "Message"]


Content: TypeAlias = Annotated[
    Union[
        "InputTextContent",
        "OutputTextContent",
        "TextContent",
        "SummaryTextContent",
        "ResponseReasoningItemContent",
        "RefusalContent",
        "InputImageContent",
        "ComputerScreenshotContent",
        "InputFileContent",
    ],
    PropertyInfo(discriminator="type"),
]


"""A content part that makes up an input or output item."""


class Message(BaseModel):
    """A message to or from the model."""

    type: Literal["message"]
    """The type of the message. Always set to `message`."""

    id: str
    """The unique ID of the message."""

    status: MessageStatus
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: MessageRole
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: List[Content]
    """The content of the message"""

    phase: Optional[MessagePhase2] = None
