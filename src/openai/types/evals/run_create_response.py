# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .eval_api_error import EvalAPIError
from ..shared.metadata import Metadata
from .run_list_response import DataSource, ResultCounts, PerModelUsage, PerTestingCriteriaResult

__all__ = ["RunCreateResponse"]


class RunCreateResponse(BaseModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"]
    """The type of the object. Always "eval.run"."""

    id: str
    """Unique identifier for the evaluation run."""

    eval_id: str
    """The identifier of the associated evaluation."""

    status: str
    """The status of the evaluation run."""

    model: str
    """The model that is evaluated, if applicable."""

    name: str
    """The name of the evaluation run."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: ResultCounts
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: List[PerModelUsage]
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: List[PerTestingCriteriaResult]
    """Results per testing criteria applied during the evaluation run."""

    data_source: DataSource
    """Information about the run's data source."""

    metadata: Optional[Metadata] = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    error: EvalAPIError
    """An object representing an error response from the Eval API."""
