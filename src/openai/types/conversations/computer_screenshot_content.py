# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ComputerScreenshotContent"]


class ComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: Optional[str] = None
    """The URL of the screenshot image."""

    file_id: Optional[str] = None
    """The identifier of an uploaded file that contains the screenshot."""

    detail: Literal["low", "high", "auto", "original"]
    """The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
