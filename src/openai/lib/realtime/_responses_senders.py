"""The typed sender of the Responses WebSocket mode: `connection.response.create(model=..., input=...)`.

The spec's `ResponsesClientEvent` union has one member, `response.create`, whose fields are the
`POST /responses` body (`ResponsesClientEventParam` minus its `type`). Each is a keyword argument
here; those left as `omit` are not sent. `stream` is implicit on the socket and `background` is not
supported there (the spec says so), but both stay accepted so the server, not the SDK, decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Union, Iterable, Optional

from typing_extensions import Literal

from ..._types import Omit, omit

if TYPE_CHECKING:
    # Type-checking only: importing the Responses param types at runtime would load dozens of modules.
    from ._sync import BaseSyncConnection
    from ._async import BaseAsyncConnection
    from ...types.responses.tool_param import ToolParam
    from ...types.shared_params.metadata import Metadata
    from ...types.shared_params.reasoning import Reasoning
    from ...types.responses.response_includable import ResponseIncludable
    from ...types.shared_params.responses_model import ResponsesModel
    from ...types.responses.response_input_param import ResponseInputParam
    from ...types.responses.response_prompt_param import ResponsePromptParam
    from ...types.responses.response_create_params import (
        ToolChoice,
        StreamOptions,
        ContextManagement,
    )
    from ...types.responses.response_text_config_param import ResponseTextConfigParam
    from ...types.responses.responses_client_event_param import Conversation

__all__ = ["SyncResponsesResponseSender", "AsyncResponsesResponseSender", "response_create_event"]


def response_create_event(fields: Dict[str, Any]) -> Dict[str, object]:
    """`{"type": "response.create", ...}` from a sender's arguments (`omit` ones are dropped when serialised)."""
    fields.pop("self", None)
    return {"type": "response.create", **fields}


class SyncResponsesResponseSender:
    def __init__(self, connection: BaseSyncConnection[Any]) -> None:
        self._connection = connection

    def create(
        self,
        *,
        model: Union[ResponsesModel, Omit] = omit,
        input: Union[str, ResponseInputParam, Omit] = omit,
        background: Union[Optional[bool], Omit] = omit,
        context_management: Union[Optional[Iterable[ContextManagement]], Omit] = omit,
        conversation: Union[Optional[Conversation], Omit] = omit,
        include: Union[Optional[List[ResponseIncludable]], Omit] = omit,
        instructions: Union[Optional[str], Omit] = omit,
        max_output_tokens: Union[Optional[int], Omit] = omit,
        max_tool_calls: Union[Optional[int], Omit] = omit,
        metadata: Union[Optional[Metadata], Omit] = omit,
        parallel_tool_calls: Union[Optional[bool], Omit] = omit,
        previous_response_id: Union[Optional[str], Omit] = omit,
        prompt: Union[Optional[ResponsePromptParam], Omit] = omit,
        prompt_cache_key: Union[str, Omit] = omit,
        prompt_cache_retention: Union[Optional[Literal["in_memory", "24h"]], Omit] = omit,
        reasoning: Union[Optional[Reasoning], Omit] = omit,
        safety_identifier: Union[str, Omit] = omit,
        service_tier: Union[Optional[Literal["auto", "default", "flex", "scale", "priority"]], Omit] = omit,
        store: Union[Optional[bool], Omit] = omit,
        stream: Union[Optional[bool], Omit] = omit,
        stream_options: Union[Optional[StreamOptions], Omit] = omit,
        temperature: Union[Optional[float], Omit] = omit,
        text: Union[ResponseTextConfigParam, Omit] = omit,
        tool_choice: Union[ToolChoice, Omit] = omit,
        tools: Union[Iterable[ToolParam], Omit] = omit,
        top_logprobs: Union[Optional[int], Omit] = omit,
        top_p: Union[Optional[float], Omit] = omit,
        truncation: Union[Optional[Literal["auto", "disabled"]], Omit] = omit,
        user: Union[str, Omit] = omit,
    ) -> None:
        """Create a response over the socket (`response.create`); the answer arrives as Responses stream events.

        The arguments are the `POST /responses` body fields, each sent under its own name.
        """
        # Every parameter is a wire field of the same name, so the call's locals are the event.
        self._connection.send(response_create_event(dict(locals())))


class AsyncResponsesResponseSender:
    def __init__(self, connection: BaseAsyncConnection[Any]) -> None:
        self._connection = connection

    async def create(
        self,
        *,
        model: Union[ResponsesModel, Omit] = omit,
        input: Union[str, ResponseInputParam, Omit] = omit,
        background: Union[Optional[bool], Omit] = omit,
        context_management: Union[Optional[Iterable[ContextManagement]], Omit] = omit,
        conversation: Union[Optional[Conversation], Omit] = omit,
        include: Union[Optional[List[ResponseIncludable]], Omit] = omit,
        instructions: Union[Optional[str], Omit] = omit,
        max_output_tokens: Union[Optional[int], Omit] = omit,
        max_tool_calls: Union[Optional[int], Omit] = omit,
        metadata: Union[Optional[Metadata], Omit] = omit,
        parallel_tool_calls: Union[Optional[bool], Omit] = omit,
        previous_response_id: Union[Optional[str], Omit] = omit,
        prompt: Union[Optional[ResponsePromptParam], Omit] = omit,
        prompt_cache_key: Union[str, Omit] = omit,
        prompt_cache_retention: Union[Optional[Literal["in_memory", "24h"]], Omit] = omit,
        reasoning: Union[Optional[Reasoning], Omit] = omit,
        safety_identifier: Union[str, Omit] = omit,
        service_tier: Union[Optional[Literal["auto", "default", "flex", "scale", "priority"]], Omit] = omit,
        store: Union[Optional[bool], Omit] = omit,
        stream: Union[Optional[bool], Omit] = omit,
        stream_options: Union[Optional[StreamOptions], Omit] = omit,
        temperature: Union[Optional[float], Omit] = omit,
        text: Union[ResponseTextConfigParam, Omit] = omit,
        tool_choice: Union[ToolChoice, Omit] = omit,
        tools: Union[Iterable[ToolParam], Omit] = omit,
        top_logprobs: Union[Optional[int], Omit] = omit,
        top_p: Union[Optional[float], Omit] = omit,
        truncation: Union[Optional[Literal["auto", "disabled"]], Omit] = omit,
        user: Union[str, Omit] = omit,
    ) -> None:
        """Create a response over the socket (`response.create`); the answer arrives as Responses stream events.

        The arguments are the `POST /responses` body fields, each sent under its own name.
        """
        # Every parameter is a wire field of the same name, so the call's locals are the event.
        await self._connection.send(response_create_event(dict(locals())))
