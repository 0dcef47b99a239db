# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseInputImage"]


class ResponseInputImage(BaseModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)."""

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`."""

    image_url: Optional[str] = None
    """The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL."""

    file_id: Optional[str] = None
    """The ID of the file to be sent to the model."""

    detail: Literal["low", "high", "auto", "original"]
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
