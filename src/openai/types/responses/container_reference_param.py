# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ContainerReferenceParam"]


class ContainerReferenceParam(TypedDict, total=False):
    type: Required[Literal["container_reference"]]
    """References a container created with the /v1/containers endpoint"""

    container_id: Required[str]
    """The ID of the referenced container."""
