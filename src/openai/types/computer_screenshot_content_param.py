# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ComputerScreenshotContentParam"]


class ComputerScreenshotContentParam(TypedDict, total=False):
    """A screenshot of a computer."""

    type: Required[Literal["computer_screenshot"]]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: Required[Optional[str]]
    """The URL of the screenshot image."""

    file_id: Required[Optional[str]]
    """The identifier of an uploaded file that contains the screenshot."""

    detail: Required[Literal["low", "high", "auto", "original"]]
    """The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
