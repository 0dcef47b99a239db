# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["OutputItemRetrieveParams"]


class OutputItemRetrieveParams(TypedDict, total=False):
    eval_id: Required[str]
    """The ID of the evaluation to retrieve runs for."""

    run_id: Required[str]
    """The ID of the run to retrieve."""
