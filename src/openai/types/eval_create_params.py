# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .shared_params.metadata import Metadata
from .graders.score_model_grader_param import Input, SamplingParams
from .graders.string_check_grader_param import StringCheckGraderParam

__all__ = [
    "DataSourceConfigCustom",
    "DataSourceConfigLogs",
    "DataSourceConfigStoredCompletions",
    "DataSourceConfig",
    "TestingCriterionLabelModelInputSimpleInputMessage",
    "TestingCriterionLabelModelInput",
    "TestingCriterionLabelModel",
    "TestingCriterionPython",
    "TestingCriterionScoreModel",
    "TestingCriterionTextSimilarity",
    "TestingCriterion",
    "EvalCreateParams",
]


class DataSourceConfigCustom(TypedDict, total=False):
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Required[Literal["custom"]]
    """The type of data source. Always `custom`."""

    item_schema: Required[Dict[str, object]]
    """The json schema for each row in the data source."""

    include_sample_schema: bool
    """Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)"""


class DataSourceConfigLogs(TypedDict, total=False):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    """

    type: Required[Literal["logs"]]
    """The type of data source. Always `logs`."""

    metadata: Dict[str, object]
    """Metadata filters for the logs data source."""


class DataSourceConfigStoredCompletions(TypedDict, total=False):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Required[Literal["stored_completions"]]
    """The type of data source. Always `stored_completions`."""

    metadata: Dict[str, object]
    """Metadata filters for the stored completions data source."""


class TestingCriterionLabelModelInputSimpleInputMessage(TypedDict, total=False):
    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""


class TestingCriterionLabelModel(TypedDict, total=False):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.
    """

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Iterable[TestingCriterionLabelModelInput]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""

    labels: Required[SequenceNotStr[str]]
    """The labels to classify to each item in the evaluation."""

    passing_labels: Required[SequenceNotStr[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""


class TestingCriterionPython(TypedDict, total=False):
    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""

    pass_threshold: float
    """The threshold for the score."""


class TestingCriterionScoreModel(TypedDict, total=False):
    type: Required[Literal["score_model"]]
    """The object type, which is always `score_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation."""

    sampling_params: SamplingParams
    """The sampling parameters for the model."""

    input: Required[Iterable[Input]]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Iterable[float]
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float
    """The threshold for the score."""


class TestingCriterionTextSimilarity(TypedDict, total=False):
    type: Required[Literal["text_similarity"]]
    """The type of grader."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The text being graded."""

    reference: Required[str]
    """The text being graded against."""

    evaluation_metric: Required[
        Literal[
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
    ]
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: Required[float]
    """The threshold for the score."""


class EvalCreateParams(TypedDict, total=False):
    name: str
    """The name of the evaluation."""

    metadata: Optional[Metadata]
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    data_source_config: Required[DataSourceConfig]
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: Required[Iterable[TestingCriterion]]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""


DataSourceConfig: TypeAlias = Union[DataSourceConfigCustom, DataSourceConfigLogs, DataSourceConfigStoredCompletions]
"""The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""


TestingCriterionLabelModelInput: TypeAlias = Union[TestingCriterionLabelModelInputSimpleInputMessage, Input]
"""A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


TestingCriterion: TypeAlias = Union[
    TestingCriterionLabelModel,
    StringCheckGraderParam,
    TestingCriterionTextSimilarity,
    TestingCriterionPython,
    TestingCriterionScoreModel,
]
