"""`responses.parse()` and `responses.stream()`, mixed into the generated `Responses`.

`text_format=Model` is sent as a strict JSON schema in `text.format` and the output text parsed into
`Model` (`response.output_parsed`); function tools made with `openai.pydantic_function_tool(Model)`
are sent in the Responses API's tool shape and their call arguments parsed into `Model`.
`stream()` either starts a response or, given `response_id` (and optionally `starting_after`, a
sequence number), resumes streaming one that is already running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Union, TypeVar, Iterable, Optional, cast, overload
from functools import partial

from typing_extensions import Literal

from .._tools import PydanticFunctionTool, type_to_text_format_param, responses_pydantic_function_tool
from ._parsed import parsed
from ..._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from .._parsing import TextFormatT, parse_response

if TYPE_CHECKING:
    from ..streaming.responses import ResponseStreamManager, AsyncResponseStreamManager
    from ...types.responses.tool_param import ParseableToolParam
    from ...types.shared_params.metadata import Metadata
    from ...types.shared_params.reasoning import Reasoning
    from ...types.responses.parsed_response import ParsedResponse
    from ...types.responses.response_includable import ResponseIncludable
    from ...types.shared_params.responses_model import ResponsesModel
    from ...types.responses.response_input_param import ResponseInputParam
    from ...types.responses.response_prompt_param import ResponsePromptParam
    from ...types.responses.response_create_params import ToolChoice, Conversation, StreamOptions, ContextManagement
    from ...types.responses.response_text_config_param import ResponseTextConfigParam

__all__ = ["SyncHooks", "AsyncHooks"]

# Single-request methods answering with an API response: the generated `with_raw_response` /
# `with_streaming_response` twins wrap them like generated methods (read by codegen, see its README).
__response_wrapped__ = ("parse",)

_T = TypeVar("_T")


def _helper_headers(method: str, extra_headers: Headers | None) -> Headers:
    return {"X-Stainless-Helper-Method": method, **(extra_headers or {})}


def _responses_tools(tools: _T) -> _T:
    """A Chat-Completions-shaped `pydantic_function_tool(Model)` -> the Responses API tool shape.

    Also turns a one-shot iterable into a list: the tools are read again to parse the reply.
    """
    if not isinstance(tools, Iterable):
        return tools
    converted: List[Any] = []
    for tool in cast(Iterable[Any], tools):
        if isinstance(tool, PydanticFunctionTool):
            function = cast(Dict[str, Any], tool["function"])
            converted.append(
                responses_pydantic_function_tool(
                    tool.model, name=function.get("name"), description=function.get("description")
                )
            )
        else:
            converted.append(tool)
    return cast(_T, converted)


def _refuse_stream(stream: object) -> None:
    # `parse` returns one parsed response; a server-sent event stream has no such value to give back.
    if stream is True:
        raise TypeError(
            "`stream=True` is not supported by `responses.parse()`; "
            "use `responses.stream(...)`, which takes the same `text_format`, to stream a parsed response"
        )


def _text_config(text: Any, text_format: Any, verbosity: Any = omit) -> Any:
    """`text` as sent: `text_format` becomes `text.format`, `verbosity` becomes `text.verbosity`."""
    if isinstance(text_format, (Omit, NotGiven)) and isinstance(verbosity, (Omit, NotGiven)):
        return text
    config: Dict[str, Any] = {} if isinstance(text, (Omit, NotGiven)) else dict(text)
    if not isinstance(text_format, (Omit, NotGiven)):
        if "format" in config:
            raise TypeError("Cannot mix `text_format` with `text.format`: pass one of them")
        config["format"] = type_to_text_format_param(text_format)
    if not isinstance(verbosity, (Omit, NotGiven)):
        config["verbosity"] = verbosity
    return config


class SyncHooks:
    def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """Create a response and parse its output text into `text_format` (`response.output_parsed`)."""
        tools = _responses_tools(tools)
        _refuse_stream(stream)
        response = cast(Any, self).create(
            tools=tools,
            text=_text_config(text, text_format, verbosity),
            extra_headers=_helper_headers("responses.parse", extra_headers),
            background=background,
            context_management=context_management,
            conversation=conversation,
            include=include,
            input=input,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            metadata=metadata,
            model=model,
            parallel_tool_calls=parallel_tool_calls,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            store=store,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tool_choice=tool_choice,
            top_logprobs=top_logprobs,
            top_p=top_p,
            truncation=truncation,
            user=user,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return parsed(
            response, lambda value: parse_response(text_format=text_format, input_tools=tools, response=value)
        )

    @overload
    def stream(
        self,
        *,
        response_id: str,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        starting_after: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> ResponseStreamManager[TextFormatT]: ...

    @overload
    def stream(
        self,
        *,
        input: Union[str, ResponseInputParam],
        model: ResponsesModel,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> ResponseStreamManager[TextFormatT]: ...

    def stream(
        self,
        *,
        response_id: str | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        starting_after: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> ResponseStreamManager[TextFormatT]:
        """Stream a response as events (see `openai.lib.streaming.responses`); use it as a context manager.

        Pass `response_id` (and optionally `starting_after`) instead of `input`/`model` to resume a
        response that is already being generated, e.g. a `background=True` one; `text_format` and
        `tools` then only say how to parse the result.
        """
        tools = _responses_tools(tools)
        headers = _helper_headers("responses.stream", extra_headers)
        resource = cast(Any, self)
        if isinstance(response_id, str):
            conflicting = [
                name
                for name, value in (
                    ("input", input),
                    ("model", model),
                    ("background", background),
                    ("context_management", context_management),
                    ("conversation", conversation),
                    ("instructions", instructions),
                    ("max_output_tokens", max_output_tokens),
                    ("max_tool_calls", max_tool_calls),
                    ("metadata", metadata),
                    ("parallel_tool_calls", parallel_tool_calls),
                    ("previous_response_id", previous_response_id),
                    ("prompt", prompt),
                    ("prompt_cache_key", prompt_cache_key),
                    ("prompt_cache_retention", prompt_cache_retention),
                    ("reasoning", reasoning),
                    ("safety_identifier", safety_identifier),
                    ("service_tier", service_tier),
                    ("store", store),
                    ("stream_options", stream_options),
                    ("temperature", temperature),
                    ("tool_choice", tool_choice),
                    ("top_logprobs", top_logprobs),
                    ("top_p", top_p),
                    ("truncation", truncation),
                    ("user", user),
                    ("text", text),
                )
                if not isinstance(value, (Omit, NotGiven))
            ]
            if conflicting:
                raise ValueError(
                    f"`response_id` resumes an existing response; it cannot be combined with {conflicting}"
                )
            api_request = partial(
                resource.retrieve,
                response_id,
                stream=True,
                starting_after=starting_after,
                include=include,
                extra_headers=headers,
                # the API streams a retrieved response only when asked in the query string
                extra_query={"stream": "true", **(extra_query or {})},
                extra_body=extra_body,
                timeout=timeout,
            )
        else:
            if not isinstance(starting_after, (Omit, NotGiven)):
                raise ValueError("`starting_after` only applies when resuming a stream by `response_id`")
            api_request = partial(
                resource.create,
                stream=True,
                tools=tools,
                text=_text_config(text, text_format),
                extra_headers=headers,
                input=input,
                model=model,
                background=background,
                context_management=context_management,
                conversation=conversation,
                include=include,
                instructions=instructions,
                max_output_tokens=max_output_tokens,
                max_tool_calls=max_tool_calls,
                metadata=metadata,
                parallel_tool_calls=parallel_tool_calls,
                previous_response_id=previous_response_id,
                prompt=prompt,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_retention=prompt_cache_retention,
                reasoning=reasoning,
                safety_identifier=safety_identifier,
                service_tier=service_tier,
                store=store,
                stream_options=stream_options,
                temperature=temperature,
                tool_choice=tool_choice,
                top_logprobs=top_logprobs,
                top_p=top_p,
                truncation=truncation,
                user=user,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        from ..streaming.responses import ResponseStreamManager

        return ResponseStreamManager(api_request, text_format=text_format, input_tools=tools)


class AsyncHooks:
    async def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """Create a response and parse its output text into `text_format` (`response.output_parsed`)."""
        tools = _responses_tools(tools)
        _refuse_stream(stream)
        response = await cast(Any, self).create(
            tools=tools,
            text=_text_config(text, text_format, verbosity),
            extra_headers=_helper_headers("responses.parse", extra_headers),
            background=background,
            context_management=context_management,
            conversation=conversation,
            include=include,
            input=input,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            metadata=metadata,
            model=model,
            parallel_tool_calls=parallel_tool_calls,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            store=store,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tool_choice=tool_choice,
            top_logprobs=top_logprobs,
            top_p=top_p,
            truncation=truncation,
            user=user,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return parsed(
            response, lambda value: parse_response(text_format=text_format, input_tools=tools, response=value)
        )

    @overload
    def stream(
        self,
        *,
        response_id: str,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        starting_after: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> AsyncResponseStreamManager[TextFormatT]: ...

    @overload
    def stream(
        self,
        *,
        input: Union[str, ResponseInputParam],
        model: ResponsesModel,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> AsyncResponseStreamManager[TextFormatT]: ...

    def stream(
        self,
        *,
        response_id: str | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: str | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: str | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        starting_after: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> AsyncResponseStreamManager[TextFormatT]:
        """Stream a response as events; use it as an async context manager (see the sync `stream`)."""
        tools = _responses_tools(tools)
        headers = _helper_headers("responses.stream", extra_headers)
        resource = cast(Any, self)
        if isinstance(response_id, str):
            conflicting = [
                name
                for name, value in (
                    ("input", input),
                    ("model", model),
                    ("background", background),
                    ("context_management", context_management),
                    ("conversation", conversation),
                    ("instructions", instructions),
                    ("max_output_tokens", max_output_tokens),
                    ("max_tool_calls", max_tool_calls),
                    ("metadata", metadata),
                    ("parallel_tool_calls", parallel_tool_calls),
                    ("previous_response_id", previous_response_id),
                    ("prompt", prompt),
                    ("prompt_cache_key", prompt_cache_key),
                    ("prompt_cache_retention", prompt_cache_retention),
                    ("reasoning", reasoning),
                    ("safety_identifier", safety_identifier),
                    ("service_tier", service_tier),
                    ("store", store),
                    ("stream_options", stream_options),
                    ("temperature", temperature),
                    ("tool_choice", tool_choice),
                    ("top_logprobs", top_logprobs),
                    ("top_p", top_p),
                    ("truncation", truncation),
                    ("user", user),
                    ("text", text),
                )
                if not isinstance(value, (Omit, NotGiven))
            ]
            if conflicting:
                raise ValueError(
                    f"`response_id` resumes an existing response; it cannot be combined with {conflicting}"
                )
            api_request = partial(
                resource.retrieve,
                response_id,
                stream=True,
                starting_after=starting_after,
                include=include,
                extra_headers=headers,
                # the API streams a retrieved response only when asked in the query string
                extra_query={"stream": "true", **(extra_query or {})},
                extra_body=extra_body,
                timeout=timeout,
            )
        else:
            if not isinstance(starting_after, (Omit, NotGiven)):
                raise ValueError("`starting_after` only applies when resuming a stream by `response_id`")
            api_request = partial(
                resource.create,
                stream=True,
                tools=tools,
                text=_text_config(text, text_format),
                extra_headers=headers,
                input=input,
                model=model,
                background=background,
                context_management=context_management,
                conversation=conversation,
                include=include,
                instructions=instructions,
                max_output_tokens=max_output_tokens,
                max_tool_calls=max_tool_calls,
                metadata=metadata,
                parallel_tool_calls=parallel_tool_calls,
                previous_response_id=previous_response_id,
                prompt=prompt,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_retention=prompt_cache_retention,
                reasoning=reasoning,
                safety_identifier=safety_identifier,
                service_tier=service_tier,
                store=store,
                stream_options=stream_options,
                temperature=temperature,
                tool_choice=tool_choice,
                top_logprobs=top_logprobs,
                top_p=top_p,
                truncation=truncation,
                user=user,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        from ..streaming.responses import AsyncResponseStreamManager

        return AsyncResponseStreamManager(api_request, text_format=text_format, input_tools=tools)
