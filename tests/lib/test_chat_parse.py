"""`chat.completions.parse()`: strict schema on the wire, parsed content and tool arguments, early stops."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, List, Optional

import pytest
import pydantic

import openai
from openai.types.chat.parsed_chat_completion import ParsedChatCompletion
from openai.types.chat.chat_completion_message_param import ChatCompletionMessageParam

from .conftest import FakeAPI, body_of, json_response
from ._chat_fixtures import completion

if TYPE_CHECKING:
    from openai.types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam


class Weather(pydantic.BaseModel):
    city: str
    temperature: float
    conditions: Optional[List[str]] = None


class GetForecast(pydantic.BaseModel):
    """Forecast for a city."""

    city: str
    days: int


MESSAGES: List[ChatCompletionMessageParam] = [{"role": "user", "content": "Weather in Paris?"}]


def test_parse_sends_strict_schema_and_parses_content(api: FakeAPI, client: openai.OpenAI) -> None:
    content = json.dumps({"city": "Paris", "temperature": 21.5, "conditions": ["sunny"]})
    api.route("POST", "/chat/completions", lambda r: json_response(completion({"content": content})))

    result = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)

    assert isinstance(result, ParsedChatCompletion)
    message = result.choices[0].message
    assert isinstance(message.parsed, Weather)
    assert message.parsed == Weather(city="Paris", temperature=21.5, conditions=["sunny"])
    assert message.content == content and message.refusal is None
    assert result.usage is not None and result.usage.total_tokens == 15

    request = api.calls("POST", "/chat/completions")[0]
    sent = body_of(request)
    assert sent["response_format"]["type"] == "json_schema"
    json_schema = sent["response_format"]["json_schema"]
    assert json_schema["name"] == "Weather" and json_schema["strict"] is True
    assert json_schema["schema"]["additionalProperties"] is False
    assert json_schema["schema"]["required"] == ["city", "temperature", "conditions"]
    assert "stream" not in sent
    assert request.headers["X-Stainless-Helper-Method"] == "chat.completions.parse"


def test_parse_tool_call_arguments_into_the_tool_model(api: FakeAPI, client: openai.OpenAI) -> None:
    tool_call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "GetForecast", "arguments": '{"city": "Oslo", "days": 3}'},
    }
    api.route(
        "POST", "/chat/completions", lambda r: json_response(completion({"tool_calls": [tool_call]}, "tool_calls"))
    )

    result = client.chat.completions.parse(
        model="gpt-4o", messages=MESSAGES, tools=[openai.pydantic_function_tool(GetForecast)]
    )

    calls = result.choices[0].message.tool_calls
    assert calls is not None and calls[0].function.parsed_arguments == GetForecast(city="Oslo", days=3)
    assert calls[0].function.arguments == '{"city": "Oslo", "days": 3}'
    assert result.choices[0].message.parsed is None
    sent_tool = body_of(api.calls("POST", "/chat/completions")[0])["tools"][0]
    assert sent_tool["function"]["strict"] is True and sent_tool["function"]["name"] == "GetForecast"


def test_parse_strict_dict_tool_gives_decoded_json(api: FakeAPI, client: openai.OpenAI) -> None:
    tool: ChatCompletionFunctionToolParam = {
        "type": "function",
        "function": {"name": "lookup", "strict": True, "parameters": {"type": "object", "properties": {}}},
    }
    call = {"id": "c", "type": "function", "function": {"name": "lookup", "arguments": '{"q": 1}'}}
    api.route("POST", "/chat/completions", lambda r: json_response(completion({"tool_calls": [call]}, "tool_calls")))
    result = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, tools=[tool])
    tool_calls = result.choices[0].message.tool_calls
    assert tool_calls is not None and tool_calls[0].function.parsed_arguments == {"q": 1}


def test_parse_rejects_non_strict_function_tools_before_sending(api: FakeAPI, client: openai.OpenAI) -> None:
    tool: ChatCompletionFunctionToolParam = {"type": "function", "function": {"name": "loose", "parameters": {}}}
    with pytest.raises(ValueError, match="`loose` is not strict"):
        client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, tools=[tool])
    assert api.requests == []


def test_parse_keeps_refusals(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: json_response(completion({"refusal": "I can't help with that."})))
    result = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    message = result.choices[0].message
    assert message.refusal == "I can't help with that." and message.parsed is None


def test_parse_raises_on_length_and_content_filter(api: FakeAPI, client: openai.OpenAI) -> None:
    api.sequence(
        "POST",
        "/chat/completions",
        [
            json_response(completion({"content": '{"city": "Par'}, "length")),
            json_response(completion({"content": None}, "content_filter")),
        ],
    )
    with pytest.raises(openai.LengthFinishReasonError) as info:
        client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert info.value.completion.choices[0].message.content == '{"city": "Par'
    with pytest.raises(openai.ContentFilterFinishReasonError):
        client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)


def test_parse_invalid_json_raises_pydantic_validation_error(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/chat/completions", lambda r: json_response(completion({"content": '{"city": 1}'})))
    with pytest.raises(pydantic.ValidationError):
        client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)


async def test_async_parse(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    content = json.dumps({"city": "Rome", "temperature": 30, "conditions": None})
    api.route("POST", "/chat/completions", lambda r: json_response(completion({"content": content})))
    result = await async_client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert result.choices[0].message.parsed == Weather(city="Rome", temperature=30, conditions=None)
