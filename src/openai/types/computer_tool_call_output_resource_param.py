# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .responses.response_computer_tool_call_param import PendingSafetyCheck
from .responses.response_computer_tool_call_output_screenshot_param import ResponseComputerToolCallOutputScreenshotParam

__all__ = ["ComputerToolCallOutputResourceParam"]


class ComputerToolCallOutputResourceParam(TypedDict, total=False):
    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""

    id: Required[str]
    """The unique ID of the computer call tool output."""

    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: Iterable[PendingSafetyCheck]
    """The safety checks reported by the API that have been acknowledged by the
    developer.
    """

    output: Required[ResponseComputerToolCallOutputScreenshotParam]
    """A computer screenshot image used with the computer use tool."""

    status: Required[Literal["completed", "incomplete", "failed"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """

    created_by: str
    """The identifier of the actor that created the item."""
