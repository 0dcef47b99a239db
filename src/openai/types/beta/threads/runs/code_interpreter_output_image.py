# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["CodeInterpreterOutputImage", "Image"]


class CodeInterpreterOutputImage(BaseModel):
    """The image output from the code interpreter."""

    type: Literal["image"]
    """The type of the output. Always `image`."""

    url: str
    """The URL of the image output from the code interpreter."""


class Image(BaseModel):
    file_id: Optional[str] = None
    """The [file](/docs/api-reference/files) ID of the image."""
