# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["LocalEnvironmentResourceParam"]


class LocalEnvironmentResourceParam(TypedDict, total=False):
    """Represents the use of a local environment to perform shell actions."""

    type: Required[Literal["local"]]
    """The environment type. Always `local`."""
