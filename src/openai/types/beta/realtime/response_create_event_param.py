# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ...shared_params.metadata import Metadata
from .conversation_item_with_reference_param import ConversationItemWithReferenceParam

__all__ = ["ResponseTool", "Response", "ResponseCreateEventParam"]


class ResponseTool(TypedDict, total=False):
    description: str
    name: str
    parameters: object
    type: Literal["function"]


class Response(TypedDict, total=False):
    conversation: Union[str, Literal["auto", "none"]]
    input: Iterable[ConversationItemWithReferenceParam]
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    metadata: Optional[Metadata]
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    modalities: List[Literal["text", "audio"]]
    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    temperature: float
    tool_choice: str
    tools: Iterable[ResponseTool]
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]


class ResponseCreateEventParam(TypedDict, total=False):
    event_id: str
    response: Response
    type: Required[Literal["response.create"]]
