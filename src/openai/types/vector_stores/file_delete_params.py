# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["FileDeleteParams"]


class FileDeleteParams(TypedDict, total=False):
    vector_store_id: Required[str]
    """The ID of the vector store that the file belongs to."""
