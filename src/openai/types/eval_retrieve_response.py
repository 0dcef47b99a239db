# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal, Annotated, TypeAlias

from .._utils import PropertyInfo
from .._models import BaseModel
from .shared.metadata import Metadata
from .graders.label_model_grader import LabelModelGrader
from .graders.score_model_grader import Input, SamplingParams
from .graders.string_check_grader import StringCheckGrader
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig

__all__ = [
    "DataSourceConfigLogs",
    "DataSourceConfig",
    "TestingCriterionEvalGraderPython",
    "TestingCriterionEvalGraderScoreModel",
    "TestingCriterionEvalGraderTextSimilarity",
    "TestingCriterion",
    "EvalRetrieveResponse",
]


class DataSourceConfigLogs(BaseModel):
    """A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config.
    """

    type: Literal["logs"]
    """The type of data source. Always `logs`."""

    metadata: Optional[Metadata] = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """


class TestingCriterionEvalGraderPython(BaseModel):
    type: Literal["python"]
    """The object type, which is always `python`."""

    name: str
    """The name of the grader."""

    source: str
    """The source code of the python script."""

    image_tag: Optional[str] = None
    """The image tag to use for the python script."""

    pass_threshold: Optional[float] = None
    """The threshold for the score."""


class TestingCriterionEvalGraderScoreModel(BaseModel):
    type: Literal["score_model"]
    """The object type, which is always `score_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation."""

    sampling_params: Optional[SamplingParams] = None
    """The sampling parameters for the model."""

    input: List[Input]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Optional[List[float]] = None
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: Optional[float] = None
    """The threshold for the score."""


class TestingCriterionEvalGraderTextSimilarity(BaseModel):
    type: Literal["text_similarity"]
    """The type of grader."""

    name: str
    """The name of the grader."""

    input: str
    """The text being graded."""

    reference: str
    """The text being graded against."""

    evaluation_metric: Literal[
        "cosine",
        "fuzzy_match",
        "bleu",
        "gleu",
        "meteor",
        "rouge_1",
        "rouge_2",
        "rouge_3",
        "rouge_4",
        "rouge_5",
        "rouge_l",
    ]
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: float
    """The threshold for the score."""


class EvalRetrieveResponse(BaseModel):
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


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, DataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig],
    PropertyInfo(discriminator="type"),
]
"""Configuration of data sources used in runs of the evaluation."""


TestingCriterion: TypeAlias = Annotated[
    Union[
        LabelModelGrader,
        StringCheckGrader,
        TestingCriterionEvalGraderTextSimilarity,
        TestingCriterionEvalGraderPython,
        TestingCriterionEvalGraderScoreModel,
    ],
    PropertyInfo(discriminator="type"),
]
