# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .shared.metadata import Metadata
from .eval_list_response import DataSourceConfig, TestingCriterion

__all__ = ["EvalUpdateResponse"]


class EvalUpdateResponse(BaseModel):
    """An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o
    """

    object: Literal["eval"]
    """The object type."""

    id: str
    """Unique identifier for the evaluation."""

    name: str
    """The name of the evaluation."""

    data_source_config: DataSourceConfig
    """Configuration of data sources used in runs of the evaluation."""

    testing_criteria: List[TestingCriterion]
    """A list of testing criteria."""

    created_at: int
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Optional[Metadata] = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
