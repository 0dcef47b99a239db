# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["RunRetrieveParams"]


class RunRetrieveParams(TypedDict, total=False):
    eval_id: Required[str]
    """The ID of the evaluation to retrieve runs for."""
