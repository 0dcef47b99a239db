"""`responses.parse()` and `responses.stream()` (including resuming by `response_id` + `starting_after`)."""

from __future__ import annotations

import json
from typing import Any, List, cast

import pytest
import pydantic

import openai

from .conftest import FakeAPI, body_of, json_response
from ._responses_fixtures import (
    message,
    response,
    text_part,
    text_events,
    event_stream,
    function_call,
    function_call_events,
)


class Answer(pydantic.BaseModel):
    value: int
    reason: str


class Lookup(pydantic.BaseModel):
    """Look a key up."""

    key: str


ANSWER = json.dumps({"value": 42, "reason": "because"})


def test_parse_sends_text_format_and_parses_output(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/responses", lambda r: json_response(response("completed", [message([text_part(ANSWER)])])))

    result = client.responses.parse(model="gpt-4o", input="question", text_format=Answer)

    from openai.types.responses.parsed_response import ParsedResponse  # imported here: a failure is this test's

    assert isinstance(result, ParsedResponse)
    assert result.output_parsed == Answer(value=42, reason="because")
    assert cast(Any, result.output[0]).type == "message"
    assert cast(Any, result.output[0]).content[0].parsed == Answer(value=42, reason="because")
    assert cast(Any, result.output[0]).content[0].text == ANSWER
    sent = body_of(api.calls("POST", "/responses")[0])
    fmt = sent["text"]["format"]
    assert fmt["type"] == "json_schema" and fmt["name"] == "Answer" and fmt["strict"] is True
    assert fmt["schema"]["required"] == ["value", "reason"] and fmt["schema"]["additionalProperties"] is False


def test_parse_function_call_with_pydantic_tool(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route(
        "POST",
        "/responses",
        lambda r: json_response(response("completed", [function_call("Lookup", '{"key": "k1"}')])),
    )
    result = client.responses.parse(model="gpt-4o", input="go", tools=[openai.pydantic_function_tool(Lookup)])

    item = cast(Any, result.output[0])
    assert item.type == "function_call" and item.parsed_arguments == Lookup(key="k1")
    assert result.output_parsed is None
    tool = body_of(api.calls("POST", "/responses")[0])["tools"][0]
    # the Chat Completions tool shape is converted to the Responses API one
    assert tool == {
        "type": "function",
        "name": "Lookup",
        "strict": True,
        "parameters": openai.pydantic_function_tool(Lookup)["function"].get("parameters"),
        "description": "Look a key up.",
    }


def test_parse_keeps_refusals(api: FakeAPI, client: openai.OpenAI) -> None:
    refusal = {"type": "refusal", "refusal": "Not today."}
    api.route("POST", "/responses", lambda r: json_response(response("completed", [message([refusal])])))
    result = client.responses.parse(model="gpt-4o", input="x", text_format=Answer)
    assert result.output_parsed is None
    content = cast(Any, result.output[0]).content[0]
    assert content.type == "refusal" and content.refusal == "Not today."


def test_stream_text_events_and_final_response(api: FakeAPI, client: openai.OpenAI) -> None:
    pieces = ['{"value": 4', '2, "reason": ', '"because"}']
    api.route("POST", "/responses", lambda r: event_stream(text_events(pieces)))

    with client.responses.stream(model="gpt-4o", input="q", text_format=Answer) as stream:
        events: List[Any] = list(stream)
        final = stream.get_final_response()

    assert [e.type for e in events][:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
    ]
    deltas: List[Any] = [e for e in events if e.type == "response.output_text.delta"]
    assert [d.snapshot for d in deltas] == [pieces[0], pieces[0] + pieces[1], "".join(pieces)]
    assert [d.sequence_number for d in deltas] == [4, 5, 6]
    done = next(e for e in events if e.type == "response.output_text.done")
    assert done.parsed == Answer(value=42, reason="because")
    completed = events[-1]
    assert completed.type == "response.completed"
    assert completed.response.output_parsed == Answer(value=42, reason="because")
    assert final.output_parsed == Answer(value=42, reason="because") and final.status == "completed"
    sent = body_of(api.calls("POST", "/responses")[0])
    assert sent["stream"] is True and sent["text"]["format"]["name"] == "Answer"


def test_stream_function_call_argument_snapshots(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/responses", lambda r: event_stream(function_call_events("Lookup", ['{"key"', ': "z"}'])))
    with client.responses.stream(model="gpt-4o", input="q", tools=[openai.pydantic_function_tool(Lookup)]) as stream:
        snapshots = [cast(Any, e).snapshot for e in stream if e.type == "response.function_call_arguments.delta"]
        final = stream.get_final_response()
    assert snapshots == ['{"key"', '{"key": "z"}']
    assert cast(Any, final.output[0]).type == "function_call" and cast(Any, final.output[0]).parsed_arguments == Lookup(
        key="z"
    )


def test_stream_resumes_by_response_id_and_starting_after(api: FakeAPI, client: openai.OpenAI) -> None:
    events = text_events(["Hel", "lo"])
    api.route("GET", "/responses/resp_1", lambda r: event_stream(events[5:]))

    with client.responses.stream(response_id="resp_1", starting_after=4) as stream:
        deltas: List[Any] = [e for e in stream if e.type == "response.output_text.delta"]
        final = stream.get_final_response()

    assert [d.delta for d in deltas] == ["lo"] and deltas[0].snapshot == "lo"  # snapshots start at the resume point
    assert cast(Any, final.output[0]).content[0].text == "Hello"
    request = api.calls("GET", "/responses/resp_1")[0]
    assert request.url.params["stream"] == "true" and request.url.params["starting_after"] == "4"


def test_stream_rejects_mixing_resume_and_create_params(client: openai.OpenAI) -> None:
    with pytest.raises(ValueError, match="response_id"):
        client.responses.stream(response_id="resp_1", input="again")  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue]
    with pytest.raises(ValueError, match="starting_after"):
        client.responses.stream(model="gpt-4o", input="x", starting_after=3)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue]


def test_final_response_requires_a_completed_event(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/responses", lambda r: event_stream(text_events(["a"])[:-1]))
    with client.responses.stream(model="gpt-4o", input="q") as stream:
        with pytest.raises(RuntimeError, match="response.completed"):
            stream.get_final_response()


async def test_async_parse_and_stream(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("POST", "/responses", lambda r: event_stream(text_events([ANSWER[:10], ANSWER[10:]])))
    async with async_client.responses.stream(model="gpt-4o", input="q", text_format=Answer) as stream:
        kinds: List[str] = [e.type async for e in stream]
        final = await stream.get_final_response()
    assert kinds.count("response.output_text.delta") == 2
    assert final.output_parsed == Answer(value=42, reason="because")

    api.routes.clear()
    api.route("POST", "/responses", lambda r: json_response(response("completed", [message([text_part(ANSWER)])])))
    parsed = await async_client.responses.parse(model="gpt-4o", input="q", text_format=Answer)
    assert parsed.output_parsed == Answer(value=42, reason="because")


def test_breaking_out_of_a_response_stream_closes_it(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/responses", lambda r: event_stream(text_events(["a", "b", "c"])))
    with client.responses.stream(model="gpt-4o", input="q") as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                break
    assert stream.response.is_closed
