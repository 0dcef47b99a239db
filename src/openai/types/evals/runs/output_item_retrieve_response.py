# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List

from typing_extensions import Literal

from ...._models import BaseModel
from .output_item_list_response import Result, Sample

__all__ = ["OutputItemRetrieveResponse"]


class OutputItemRetrieveResponse(BaseModel):
    """A schema representing an evaluation run output item."""

    object: Literal["eval.run.output_item"]
    """The type of the object. Always "eval.run.output_item"."""

    id: str
    """Unique identifier for the evaluation run output item."""

    run_id: str
    """The identifier of the evaluation run associated with this output item."""

    eval_id: str
    """The identifier of the evaluation group."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    status: str
    """The status of the evaluation run."""

    datasource_item_id: int
    """The identifier for the data source item."""

    datasource_item: Dict[str, object]
    """Details of the input data source item."""

    results: List[Result]
    """A list of grader results for this output item."""

    sample: Sample
    """A sample containing the input and output of the evaluation run."""
