"""`.with_raw_response.parse()` / `.with_streaming_response.parse()` on chat completions and responses.

The official SDK offers them: the raw response's `.parse()` gives the same `Parsed*` object `parse()`
returns, with the request id, while the request carries the raw-response marker header.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import pydantic

from openai.types.chat import ParsedChatCompletion
from openai.types.responses import ParsedResponse

from .conftest import MESSAGES, Server, json_answer, sync_client, async_client, chat_completion, response_object


class Answer(pydantic.BaseModel):
    value: int


ANSWER = json.dumps({"value": 3})


def _sent_schema(server: Server) -> Any:
    return server.body()["response_format"]["json_schema"]["name"]


def test_chat_parse_through_with_raw_response(server: Server) -> None:
    server.script(json_answer(chat_completion(ANSWER), headers={"x-request-id": "req_p"}))
    client = sync_client(server)
    raw = client.chat.completions.with_raw_response.parse(model="gpt-4o", messages=MESSAGES, response_format=Answer)  # type: ignore[arg-type]
    assert raw.request_id == "req_p"
    assert raw.http_response.status_code == 200
    completion = raw.parse()
    assert isinstance(completion, ParsedChatCompletion)
    assert completion.choices[0].message.parsed == Answer(value=3)
    assert completion._request_id == "req_p"
    assert raw.parse() is completion  # parsed once, then cached
    request = server.last
    assert request.headers["X-Stainless-Raw-Response"] == "true"
    assert request.headers["X-Stainless-Helper-Method"] == "chat.completions.parse"
    assert _sent_schema(server) == "Answer"


def test_chat_parse_through_with_streaming_response(server: Server) -> None:
    server.script(json_answer(chat_completion(ANSWER), headers={"x-request-id": "req_s"}))
    client = sync_client(server)
    with client.chat.completions.with_streaming_response.parse(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        response_format=Answer,
    ) as response:
        assert server.last.headers["X-Stainless-Raw-Response"] == "stream"
        assert response.request_id == "req_s"
        completion = response.parse()
    assert isinstance(completion, ParsedChatCompletion)
    assert completion.choices[0].message.parsed == Answer(value=3)


def test_plain_parse_is_unchanged(server: Server) -> None:
    server.script(json_answer(chat_completion(ANSWER)))
    completion = sync_client(server).chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Answer)  # type: ignore[arg-type]
    assert completion.choices[0].message.parsed == Answer(value=3)
    assert "X-Stainless-Raw-Response" not in server.last.headers


@pytest.mark.anyio
async def test_async_chat_parse_through_with_raw_response(server: Server) -> None:
    server.script(json_answer(chat_completion(ANSWER), headers={"x-request-id": "req_a"}))
    client = async_client(server)
    raw = await client.chat.completions.with_raw_response.parse(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        response_format=Answer,
    )
    assert raw.request_id == "req_a"
    completion = raw.parse()
    assert isinstance(completion, ParsedChatCompletion)
    assert completion.choices[0].message.parsed == Answer(value=3)
    assert server.last.headers["X-Stainless-Raw-Response"] == "true"


@pytest.mark.anyio
async def test_async_chat_parse_through_with_streaming_response(server: Server) -> None:
    server.script(json_answer(chat_completion(ANSWER)))
    client = async_client(server)
    async with client.chat.completions.with_streaming_response.parse(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        response_format=Answer,
    ) as response:
        assert server.last.headers["X-Stainless-Raw-Response"] == "stream"
        completion = await response.parse()
    assert completion.choices[0].message.parsed == Answer(value=3)


def test_responses_parse_through_with_raw_response(server: Server) -> None:
    server.script(json_answer(response_object(ANSWER), headers={"x-request-id": "req_r"}))
    client = sync_client(server)
    raw = client.responses.with_raw_response.parse(model="gpt-4o", input="q", text_format=Answer)
    assert raw.request_id == "req_r"
    parsed = raw.parse()
    assert isinstance(parsed, ParsedResponse)
    assert parsed.output_parsed == Answer(value=3)
    request = server.last
    assert request.headers["X-Stainless-Raw-Response"] == "true"
    assert request.headers["X-Stainless-Helper-Method"] == "responses.parse"
    assert server.body()["text"]["format"]["name"] == "Answer"


def test_responses_parse_through_with_streaming_response(server: Server) -> None:
    server.script(json_answer(response_object(ANSWER)))
    client = sync_client(server)
    with client.responses.with_streaming_response.parse(model="gpt-4o", input="q", text_format=Answer) as response:
        parsed = response.parse()
    assert isinstance(parsed, ParsedResponse)
    assert parsed.output_parsed == Answer(value=3)


@pytest.mark.anyio
async def test_async_responses_parse_twins(server: Server) -> None:
    server.script(json_answer(response_object(ANSWER)))
    client = async_client(server)
    raw = await client.responses.with_raw_response.parse(model="gpt-4o", input="q", text_format=Answer)
    assert raw.parse().output_parsed == Answer(value=3)
    async with client.responses.with_streaming_response.parse(
        model="gpt-4o", input="q", text_format=Answer
    ) as response:
        parsed = await response.parse()
    assert parsed.output_parsed == Answer(value=3)
    assert [r.headers["X-Stainless-Raw-Response"] for r in server.requests] == ["true", "stream"]
