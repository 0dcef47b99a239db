# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ..responses.response_output_text import Logprob, Annotation

__all__ = ["OutputTextContent"]


class OutputTextContent(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations: List[Annotation]
    """The annotations of the text output."""

    logprobs: List[Logprob]
