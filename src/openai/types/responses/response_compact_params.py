# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .response_input_item_param import ResponseInputItemParam
from ..model_ids_compaction_param import ModelIdsCompactionParam

__all__ = ["ResponseCompactParams"]


class ResponseCompactParams(TypedDict, total=False):
    model: Required[Optional[ModelIdsCompactionParam]]
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: Union[str, Iterable[ResponseInputItemParam], None]
    """Text, image, or file inputs to the model, used to generate a response"""

    previous_response_id: Optional[str]
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`."""

    instructions: Optional[str]
    """A system (or developer) message inserted into the model's context.
    When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
    """

    prompt_cache_key: Optional[str]
    """A key to use when reading from or writing to the prompt cache."""

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    """How long to retain a prompt cache entry created by this request."""

    service_tier: Optional[Literal["auto", "default", "flex", "priority"]]
    """The service tier to use for this request."""
