# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["TextContentBlockParam"]


class TextContentBlockParam(TypedDict, total=False):
    """The text content that is part of a message."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """Text content to be sent to the model"""
