# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ..responses.response_output_text_param import Logprob, Annotation

__all__ = ["OutputTextContentParam"]


class OutputTextContentParam(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""

    annotations: Required[Iterable[Annotation]]
    """The annotations of the text output."""

    logprobs: Required[Iterable[Logprob]]
