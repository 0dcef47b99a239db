"""`chat.completions.stream()`: typed events in the documented order over an accumulated snapshot."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, List, Optional

import pytest
import pydantic

import openai
from openai.lib.streaming.chat import ChatCompletionStreamState
from openai.types.chat.chat_completion_message_param import ChatCompletionMessageParam

from .conftest import FakeAPI, body_of
from ._chat_fixtures import chunk, stream_of, usage_chunk, content_chunks, tool_call_chunks

if TYPE_CHECKING:
    from openai.types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

MESSAGES: List[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]


class Weather(pydantic.BaseModel):
    city: str
    temperature: float


class GetForecast(pydantic.BaseModel):
    city: str
    days: int


def test_content_events_snapshot_and_final_completion(api: FakeAPI, client: openai.OpenAI) -> None:
    pieces = ['{"city": "Pa', 'ris", "tempera', 'ture": 21}']
    api.route("POST", "/chat/completions", lambda r: stream_of([*content_chunks(pieces), usage_chunk()]))

    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
        events: List[Any] = list(stream)
        final = stream.get_final_completion()

    types = [e.type for e in events]
    # chunk 1 (role only), 3 content chunks, the finishing chunk, the usage chunk
    assert types == [
        "chunk",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.done",
        "chunk",
    ]
    deltas: List[Any] = [e for e in events if e.type == "content.delta"]
    assert [d.delta for d in deltas] == pieces
    assert deltas[-1].snapshot == "".join(pieces)
    assert deltas[0].parsed == {"city": "Pa"}  # partial JSON decoded as it arrives
    done = next(e for e in events if e.type == "content.done")
    assert done.parsed == Weather(city="Paris", temperature=21)

    message = final.choices[0].message
    assert message.parsed == Weather(city="Paris", temperature=21)
    assert message.content == "".join(pieces)
    assert final.choices[0].finish_reason == "stop"
    assert final.usage is not None and final.usage.total_tokens == 15
    assert final.object == "chat.completion"

    sent = body_of(api.calls("POST", "/chat/completions")[0])
    assert sent["stream"] is True and sent["response_format"]["json_schema"]["name"] == "Weather"


def test_tool_call_events(api: FakeAPI, client: openai.OpenAI) -> None:
    chunks = tool_call_chunks(
        [("call_a", "GetForecast", ['{"city": ', '"Oslo", "days": 2}']), ("call_b", "other", ['{"x"', ": 1}"])]
    )
    api.route("POST", "/chat/completions", lambda r: stream_of(chunks))
    other: ChatCompletionFunctionToolParam = {"type": "function", "function": {"name": "other", "parameters": {}}}

    with client.chat.completions.stream(
        model="gpt-4o", messages=MESSAGES, tools=[openai.pydantic_function_tool(GetForecast), other]
    ) as stream:
        events: List[Any] = [e for e in stream if e.type.startswith("tool_calls.")]
        final = stream.get_final_completion()

    assert [(e.type.rsplit(".", 1)[1], e.index) for e in events] == [
        ("delta", 0),
        ("delta", 0),
        ("delta", 0),
        ("done", 0),  # the first call is done as soon as the second one starts
        ("delta", 1),
        ("delta", 1),
        ("delta", 1),
        ("done", 1),
    ]
    first_done = events[3]
    assert first_done.name == "GetForecast" and first_done.arguments == '{"city": "Oslo", "days": 2}'
    assert first_done.parsed_arguments == GetForecast(city="Oslo", days=2)
    assert events[1].arguments_delta == '{"city": ' and events[1].parsed_arguments == {}  # partial JSON so far
    assert events[2].parsed_arguments == {"city": "Oslo", "days": 2}
    assert events[-1].parsed_arguments is None  # non-strict tool: arguments are not parsed
    calls = final.choices[0].message.tool_calls
    assert calls is not None and [c.id for c in calls] == ["call_a", "call_b"]
    assert calls[0].function.parsed_arguments == GetForecast(city="Oslo", days=2)
    assert final.choices[0].finish_reason == "tool_calls"


def test_refusal_and_logprobs_events(api: FakeAPI, client: openai.OpenAI) -> None:
    def lp(token: str) -> Any:
        return {"content": [{"token": token, "logprob": -0.1, "bytes": None, "top_logprobs": []}], "refusal": None}

    chunks = [
        chunk({"role": "assistant", "content": ""}),
        chunk({"content": "Hel"}, logprobs=lp("Hel")),
        chunk({"content": "lo"}, logprobs=lp("lo")),
        chunk({"refusal": "no"}),
        chunk({}, finish_reason="stop"),
    ]
    api.route("POST", "/chat/completions", lambda r: stream_of(chunks))
    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES, logprobs=True) as stream:
        events: List[Any] = [e for e in stream if e.type != "chunk"]

    assert [e.type for e in events] == [
        "content.delta",
        "logprobs.content.delta",
        "content.delta",
        "logprobs.content.delta",
        "refusal.delta",
        "content.done",
        "refusal.done",
        "logprobs.content.done",
    ]
    assert [t.token for t in events[3].snapshot] == ["Hel", "lo"]
    assert events[5].content == "Hello" and events[5].parsed is None
    assert events[6].refusal == "no"
    assert [t.token for t in events[7].content] == ["Hel", "lo"]


def test_until_done_and_current_snapshot(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(["a", "b"])))
    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES) as stream:
        first = next(iter(stream))
        assert first.type == "chunk"
        stream.until_done()
        assert stream.current_completion_snapshot.choices[0].message.content == "ab"


def test_breaking_out_closes_the_response(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(["a", "b", "c"])))
    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES) as stream:
        for event in stream:
            if event.type == "content.delta":
                break
    assert stream.response.is_closed


def test_length_stop_with_a_response_format_raises(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(['{"city": "Pa'], "length")))
    with pytest.raises(openai.LengthFinishReasonError):
        with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
            stream.until_done()


def test_plain_stream_with_length_stop_still_gives_the_final_completion(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(["cut"], "length")))
    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES) as stream:
        final = stream.get_final_completion()
    assert final.choices[0].finish_reason == "length" and final.choices[0].message.content == "cut"


def test_stream_state_works_on_a_create_stream(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(["x", "y"])))
    state: ChatCompletionStreamState[Optional[object]] = ChatCompletionStreamState()
    for item in client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True):
        state.handle_chunk(item)
    assert state.get_final_completion().choices[0].message.content == "xy"


async def test_async_stream(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    pieces = ['{"city": "Rome", ', '"temperature": 30}']
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(pieces)))
    async with async_client.chat.completions.stream(
        model="gpt-4o", messages=MESSAGES, response_format=Weather
    ) as stream:
        kinds: List[str] = [event.type async for event in stream]
        final = await stream.get_final_completion()
    assert kinds.count("content.delta") == 2 and "content.done" in kinds
    assert final.choices[0].message.parsed == Weather(city="Rome", temperature=30)
    assert json.loads(final.choices[0].message.content or "") == {"city": "Rome", "temperature": 30}


async def test_async_break_closes_the_response(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: stream_of(content_chunks(["a", "b", "c"])))
    async with async_client.chat.completions.stream(model="gpt-4o", messages=MESSAGES) as stream:
        async for event in stream:
            if event.type == "content.delta":
                break
    assert stream.response.is_closed


def test_length_stop_with_only_non_strict_tools_does_not_raise(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route(
        "POST",
        "/chat/completions",
        lambda r: stream_of(tool_call_chunks([("c", "loose", ['{"a"'])])[:-1] + [chunk({}, finish_reason="length")]),
    )
    loose: ChatCompletionFunctionToolParam = {"type": "function", "function": {"name": "loose", "parameters": {}}}
    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES, tools=[loose]) as stream:
        final = stream.get_final_completion()
    calls = final.choices[0].message.tool_calls
    assert final.choices[0].finish_reason == "length" and calls is not None
    assert calls[0].function.arguments == '{"a"' and calls[0].function.parsed_arguments is None
