# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from .shared_params.responses_model import ResponsesModel

__all__ = ["ModelIdsCompactionParam"]


ModelIdsCompactionParam: TypeAlias = Union[ResponsesModel, str]
"""Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""
