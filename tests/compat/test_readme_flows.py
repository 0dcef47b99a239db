"""The README's first examples, end to end against a scripted server (sync and async)."""

from __future__ import annotations

from typing import Any

import openai

from .conftest import Server, json_answer, sync_client, async_client, response_object

PIRATE = "You are a coding assistant that talks like a pirate."


def test_responses_create_and_output_text(server: Server) -> None:
    server.script(
        json_answer(
            response_object("Arr, semicolons be optional!", instructions=PIRATE), headers={"x-request-id": "req_r"}
        )
    )
    client = sync_client(server)
    response = client.responses.create(
        model="gpt-4o",
        instructions="You are a coding assistant that talks like a pirate.",
        input="How do I check if a Python object is an instance of a class?",
    )
    assert response.output_text == "Arr, semicolons be optional!"
    assert response._request_id == "req_r"
    assert server.last.url.path == "/v1/responses"
    assert server.body() == {
        "model": "gpt-4o",
        "instructions": "You are a coding assistant that talks like a pirate.",
        "input": "How do I check if a Python object is an instance of a class?",
    }
    # output_text is a convenience property, not data: it is not dumped.
    assert "output_text" not in response.to_dict()


def test_vision_input_with_nested_params(server: Server) -> None:
    server.script(json_answer(response_object("A cat.", instructions=PIRATE)))
    client = sync_client(server)
    content: Any = [
        {"type": "input_text", "text": "What is in this image?"},
        {"type": "input_image", "image_url": "https://example.test/cat.png"},
    ]
    response = client.responses.create(model="gpt-4o-mini", input=[{"role": "user", "content": content}])
    assert response.output_text == "A cat."
    assert server.body()["input"] == [{"role": "user", "content": content}]


async def test_async_usage(server: Server) -> None:
    server.script(json_answer(response_object("async hello", instructions=PIRATE)))
    client = async_client(server)
    response = await client.responses.create(model="gpt-4o", input="Explain disestablishmentarianism.")
    assert response.output_text == "async hello"
    assert isinstance(response, openai.BaseModel)
    await client.close()
