# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["VideoRemixParams"]


class VideoRemixParams(TypedDict, total=False):
    prompt: Required[str]
    """Updated text prompt that directs the remix generation."""
