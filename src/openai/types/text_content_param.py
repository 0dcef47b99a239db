# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["TextContentParam"]


class TextContentParam(TypedDict, total=False):
    """A text content."""

    type: Required[Literal["text"]]
    text: Required[str]
