# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ContainerReferenceResourceParam"]


class ContainerReferenceResourceParam(TypedDict, total=False):
    """Represents a container created with /v1/containers."""

    type: Required[Literal["container_reference"]]
    """The environment type. Always `container_reference`."""

    container_id: Required[str]
