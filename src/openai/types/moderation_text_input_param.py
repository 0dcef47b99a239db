# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ModerationTextInputParam"]


class ModerationTextInputParam(TypedDict, total=False):
    """An object describing text to classify."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """A string of text to classify."""
