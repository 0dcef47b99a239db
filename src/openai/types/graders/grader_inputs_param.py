# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable

from typing_extensions import TypeAlias

from ..responses.response_input_text_param import ResponseInputTextParam
from ..responses.response_input_audio_param import ResponseInputAudioParam

__all__ = ["GraderInputsParamItem", "GraderInputsParam"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .score_model_grader_param import InputContentInputImage, InputContentOutputText  # noqa: E402

GraderInputsParamItem: TypeAlias = Union[
    str, ResponseInputTextParam, InputContentOutputText, InputContentInputImage, ResponseInputAudioParam
]
"""A single content item: input text, output text, input image, or input audio."""


GraderInputsParam: TypeAlias = Iterable[GraderInputsParamItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object.
"""
