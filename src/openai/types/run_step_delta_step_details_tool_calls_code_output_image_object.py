# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .beta.threads.runs.code_interpreter_output_image import Image

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeOutputImageObject"]


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    index: int
    """The index of the output in the outputs array."""

    type: Literal["image"]
    """Always `image`."""

    image: Optional[Image] = None
