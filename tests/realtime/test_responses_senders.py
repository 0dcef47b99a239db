"""`client.responses.connect()`: the typed `response.create` sender, checked on the wire by the fake server."""

from __future__ import annotations

import inspect
from typing import Any, Dict, List, Iterator

import pytest
from typing_extensions import get_type_hints

from openai import OpenAI, AsyncOpenAI
from openai.types.responses import responses_client_event_param
from openai.types.responses.tool_param import ToolParam
from openai.lib.realtime._responses_senders import SyncResponsesResponseSender, AsyncResponsesResponseSender
from openai.types.responses.response_input_param import ResponseInputParam

from .fake_server import Peer, FakeServer

API_KEY = "sk-test-responses-ws"


def _echo_types(count: int) -> Any:
    """Read `count` client events and answer each with a `response.created`-shaped event naming its model."""

    def script(peer: Peer) -> None:
        for n in range(count):
            event = peer.recv()
            peer.send(
                {
                    "type": "response.created",
                    "sequence_number": n,
                    "response": {
                        "id": f"resp_{n}",
                        "object": "response",
                        "created_at": 0,
                        "model": event.get("model", "?"),
                        "status": "in_progress",
                        "output": [],
                        "parallel_tool_calls": True,
                        "tool_choice": "auto",
                        "tools": [],
                    },
                }
            )
        peer.wait_closed()

    return script


def test_create_sends_every_given_field_and_nothing_else() -> None:
    message: ResponseInputParam = [{"role": "user", "content": [{"type": "input_text", "text": "hi"}]}]
    tool: ToolParam = {"type": "function", "name": "lookup", "parameters": {"type": "object"}, "strict": True}

    def tools() -> Iterator[ToolParam]:
        yield tool  # an Iterable param given as a generator still goes out as a JSON list

    with FakeServer(_echo_types(2)) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.responses.connect() as connection:
            connection.response.create(model="gpt-5", input="hello")
            assert connection.recv().type == "response.created"
            connection.response.create(
                model="gpt-5-mini",
                input=message,
                instructions="be brief",
                previous_response_id="resp_0",
                store=False,
                metadata={"k": "v"},
                tools=tools(),
                tool_choice={"type": "function", "name": "lookup"},
                reasoning={"effort": "low"},
                text={"format": {"type": "text"}},
                max_output_tokens=64,
                temperature=None,  # an explicit null is sent as null, unlike an omitted field
            )
            second = connection.recv()
            assert second.type == "response.created" and second.response.model == "gpt-5-mini"

    assert server.received == [
        {"type": "response.create", "model": "gpt-5", "input": "hello"},
        {
            "type": "response.create",
            "model": "gpt-5-mini",
            "input": message,
            "instructions": "be brief",
            "previous_response_id": "resp_0",
            "store": False,
            "metadata": {"k": "v"},
            "tools": [tool],
            "tool_choice": {"type": "function", "name": "lookup"},
            "reasoning": {"effort": "low"},
            "text": {"format": {"type": "text"}},
            "max_output_tokens": 64,
            "temperature": None,
        },
    ]
    assert server.handshakes[0].path == "/v1/responses"


@pytest.mark.anyio
async def test_async_create_sends_the_same_event() -> None:
    with FakeServer(_echo_types(1)) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        async with client.responses.connect() as connection:
            await connection.response.create(model="gpt-5", input="hi", include=["reasoning.encrypted_content"])
            event = await connection.recv()
            assert event.type == "response.created" and event.response.id == "resp_0"

    assert server.received == [
        {"type": "response.create", "model": "gpt-5", "input": "hi", "include": ["reasoning.encrypted_content"]}
    ]


@pytest.mark.parametrize("sender", [SyncResponsesResponseSender, AsyncResponsesResponseSender])
def test_create_takes_exactly_the_client_event_fields(sender: type) -> None:
    # The spec's ResponsesClientEvent has one member; its generated TypedDict names every field `create` takes.
    fields = set(get_type_hints(responses_client_event_param.ResponsesClientEventParam)) - {"type"}
    params: Dict[str, inspect.Parameter] = dict(inspect.signature(sender.create).parameters)
    params.pop("self")
    assert set(params) == fields
    kinds: List[Any] = [p.kind for p in params.values()]
    assert set(kinds) == {inspect.Parameter.KEYWORD_ONLY}
