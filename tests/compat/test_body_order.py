"""Request bodies go out with their keys in the method signature's order, as the official SDK sends them.

The official SDK builds each body as a dict literal in its signature order (required params, then the
optional ones by name), and the JSON on the wire keeps that order; a body built in the spec's property
order (`temperature` before `messages`) is equal as JSON but not byte for byte.
"""

from __future__ import annotations

import json
import inspect
from typing import Any, List

import pytest

from openai import OpenAI

from .conftest import Server, json_answer, sync_client, async_client, chat_completion

MESSAGES: List[Any] = [{"role": "user", "content": "Hi"}]


def _keys(content: bytes) -> List[str]:
    return [k for k, _ in json.loads(content, object_pairs_hook=lambda pairs: pairs)]


def _signature_order(method: Any, sent: List[str]) -> List[str]:
    return [name for name in inspect.signature(method).parameters if name in sent]


def test_chat_completions_create_body_bytes(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    sync_client(server).chat.completions.create(
        temperature=0.2,
        user="u",
        tools=[],
        metadata={"a": "b"},
        max_tokens=5,
        model="gpt-4o",
        messages=MESSAGES,
        stream=False,
        frequency_penalty=0,
    )
    assert server.last.content == (
        b'{"messages":[{"role":"user","content":"Hi"}],"model":"gpt-4o","frequency_penalty":0,"max_tokens":5,'
        b'"metadata":{"a":"b"},"stream":false,"temperature":0.2,"tools":[],"user":"u"}'
    )


def test_chat_completions_body_follows_the_signature(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    client = sync_client(server)
    client.chat.completions.create(
        web_search_options={},
        top_p=1,
        seed=7,
        n=1,
        logprobs=True,
        audio=None,
        model="gpt-4o",
        messages=MESSAGES,
        stop=["x"],
        store=True,
    )
    sent = _keys(server.last.content)
    assert sent[:2] == ["messages", "model"]  # required first
    assert sent == _signature_order(client.chat.completions.create, sent)


def test_extra_body_keys_come_after_the_params(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    sync_client(server).chat.completions.create(
        model="gpt-4o", messages=MESSAGES, temperature=1, extra_body={"custom": True}
    )
    assert _keys(server.last.content) == ["messages", "model", "temperature", "custom"]


def test_responses_create_body_follows_the_signature(server: Server) -> None:
    client = sync_client(server)
    client.responses.create(temperature=0, store=False, model="gpt-4o", instructions="i", input="q")
    assert server.last.content == b'{"input":"q","instructions":"i","model":"gpt-4o","store":false,"temperature":0}'


def test_embeddings_default_encoding_format_takes_its_signature_place(server: Server) -> None:
    server.script(
        json_answer({"object": "list", "data": [], "model": "m", "usage": {"prompt_tokens": 0, "total_tokens": 0}})
    )
    client: OpenAI = sync_client(server)
    client.embeddings.create(user="u", model="m", input="x")
    assert _keys(server.last.content) == ["input", "model", "encoding_format", "user"]


@pytest.mark.anyio
async def test_async_chat_completions_create_body_bytes(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    await async_client(server).chat.completions.create(temperature=0.2, model="gpt-4o", messages=MESSAGES, n=2)
    assert server.last.content == (
        b'{"messages":[{"role":"user","content":"Hi"}],"model":"gpt-4o","n":2,"temperature":0.2}'
    )
