# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..shared.metadata import Metadata
from ..graders.grader_inputs import GraderInputs, GraderInputItem
from ..shared.reasoning_effort import ReasoningEffort
from ..graders.score_model_grader import Input
from ..shared.response_format_text import ResponseFormatText
from ..responses.easy_input_message import EasyInputMessage
from .create_eval_jsonl_run_data_source import (
    SourceFileID as CreateEvalJsonlRunDataSourceSourceFileID,
    SourceFileContent as CreateEvalJsonlRunDataSourceSourceFileContent,
)
from ..chat.chat_completion_function_tool import ChatCompletionFunctionTool
from ..shared.response_format_json_object import ResponseFormatJSONObject
from ..shared.response_format_json_schema import ResponseFormatJSONSchema

__all__ = [
    "InputMessagesItemReference",
    "InputMessagesTemplateTemplate",
    "InputMessagesTemplate",
    "InputMessages",
    "SamplingParamsResponseFormat",
    "SamplingParams",
    "SourceStoredCompletions",
    "Source",
    "CreateEvalCompletionsRunDataSource",
    "InputMessagesTemplateTemplateEvalItemContent",
    "InputMessagesTemplateTemplateEvalItem",
    "InputMessagesTemplateTemplateEvalItemContentInputImage",
    "InputMessagesTemplateTemplateEvalItemContentOutputText",
    "SourceFileContentContent",
    "SourceFileContent",
    "SourceFileID",
]


class InputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory" """


class InputMessagesTemplate(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: List[InputMessagesTemplateTemplate]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class SamplingParams(BaseModel):
    reasoning_effort: ReasoningEffort = None
    """Constrains effort on reasoning for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, and `xhigh`. Reducing
    reasoning effort can result in faster responses and fewer tokens used
    on reasoning in a response.

    - `gpt-5.1` defaults to `none`, which does not perform reasoning. The supported reasoning values for `gpt-5.1` are `none`, `low`, `medium`, and `high`. Tool calls are supported for all reasoning values in gpt-5.1.
    - All models before `gpt-5.1` default to `medium` reasoning effort, and do not support `none`.
    - The `gpt-5-pro` model defaults to (and only supports) `high` reasoning effort.
    - `xhigh` is supported for all models after `gpt-5.1-codex-max`.
    """

    temperature: Optional[float] = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: Optional[int] = None
    """The maximum number of tokens in the generated output."""

    top_p: Optional[float] = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: Optional[int] = None
    """A seed value to initialize the randomness, during sampling."""

    response_format: Optional[SamplingParamsResponseFormat] = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    tools: Optional[List[ChatCompletionFunctionTool]] = None
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""


class SourceStoredCompletions(BaseModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"]
    """The type of source. Always `stored_completions`."""

    metadata: Optional[Metadata] = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    model: Optional[str] = None
    """An optional model to filter by (e.g., 'gpt-4o')."""

    created_after: Optional[int] = None
    """An optional Unix timestamp to filter items created after this time."""

    created_before: Optional[int] = None
    """An optional Unix timestamp to filter items created before this time."""

    limit: Optional[int] = None
    """An optional maximum number of items to return."""


class CreateEvalCompletionsRunDataSource(BaseModel):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Literal["completions"]
    """The type of run data source. Always `completions`."""

    input_messages: Optional[InputMessages] = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: Optional[SamplingParams] = None
    model: Optional[str] = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Source
    """Determines what populates the `item` namespace in this run's data source."""


class InputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
    """

    content: InputMessagesTemplateTemplateEvalItemContent
    """Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always `message`."""


class InputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: Optional[str] = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


class InputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: List[SourceFileContentContent]
    """The content of the jsonl file."""


class SourceFileID(BaseModel):
    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""


InputMessagesTemplateTemplate: TypeAlias = Union[EasyInputMessage, Input]


InputMessages: TypeAlias = Annotated[
    Union[InputMessagesTemplate, InputMessagesItemReference], PropertyInfo(discriminator="type")
]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""


SamplingParamsResponseFormat: TypeAlias = Annotated[
    Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject], PropertyInfo(discriminator="type")
]
"""An object specifying the format that the model must output.

Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
Structured Outputs which ensures the model will match your supplied JSON
schema. Learn more in the [Structured Outputs
guide](/docs/guides/structured-outputs).

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it.
"""


Source: TypeAlias = Annotated[
    Union[
        CreateEvalJsonlRunDataSourceSourceFileContent, CreateEvalJsonlRunDataSourceSourceFileID, SourceStoredCompletions
    ],
    PropertyInfo(discriminator="type"),
]
"""Determines what populates the `item` namespace in this run's data source."""


InputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[GraderInputItem, GraderInputs]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""
