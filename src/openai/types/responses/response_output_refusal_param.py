# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ResponseOutputRefusalParam"]


class ResponseOutputRefusalParam(TypedDict, total=False):
    """A refusal from the model."""

    type: Required[Literal["refusal"]]
    """The type of the refusal. Always `refusal`."""

    refusal: Required[str]
    """The refusal explanation from the model."""
