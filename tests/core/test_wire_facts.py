"""Replay the captured calls of wire-facts.json through the generated resources and compare the wire.

`wire_facts.json` is a subset of ../shared/reference/wire-facts.json (what the official SDK sent for the
same calls): every request's method, URL, headers and body must match, sync and async. Machine-specific
platform headers are left out of the fixture and checked by test_request_building.py instead.
"""

from __future__ import annotations

import json
import base64
import struct
import inspect
from typing import Any, Dict, List, Callable
from pathlib import Path

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI, NotFoundError

FACTS: Dict[str, Any] = json.loads(Path(__file__).with_name("wire_facts.json").read_text())["calls"]
BASE_URL = "https://api.example.test/v1"

CHAT_COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hi"}, "logprobs": None}
    ],
}
FILE = {
    "object": "file",
    "bytes": 9,
    "created_at": 1,
    "filename": "data.jsonl",
    "purpose": "fine-tune",
    "status": "processed",
}
EMPTY_LIST = {"object": "list", "data": [], "has_more": False, "first_id": None, "last_id": None}


def embedding_body(request: httpx.Request) -> Dict[str, Any]:
    floats = [0.5, -1.0, 0.25]
    wants_base64 = json.loads(request.content).get("encoding_format") == "base64"
    encoded: Any = base64.b64encode(struct.pack("<3f", *floats)).decode() if wants_base64 else floats
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": 0, "embedding": encoded}],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }


def ok_body(name: str, request: httpx.Request, index: int) -> httpx.Response:
    """A 200 answer the SDK can parse into the call's return type (wire-facts records only non-200 bodies)."""
    if name.startswith("chat.completions.create stream"):
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o", "choices": []}
        body = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    if name.startswith("chat.completions"):
        return httpx.Response(200, json=CHAT_COMPLETION, headers={"x-request-id": "req_1"})
    if name.startswith("embeddings"):
        return httpx.Response(200, json=embedding_body(request))
    if name in ("files.content", "audio.speech.create"):
        return httpx.Response(200, content=bytes([0, 1, 2]), headers={"content-type": "application/octet-stream"})
    if name == "files.create":
        return httpx.Response(200, json={**FILE, "id": "file-1"})
    if name == "files.delete":
        return httpx.Response(200, json={"id": "file-1", "object": "file", "deleted": True})
    if name == "files.list + next page":
        ids = ["file-1", "file-2"] if index == 0 else ["file-3"]
        return httpx.Response(
            200, json={"object": "list", "data": [{**FILE, "id": i} for i in ids], "has_more": index == 0}
        )
    if name.startswith("models.retrieve"):
        return httpx.Response(200, json={"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"})
    if name == "responses.create":
        message = {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "Hi", "annotations": []}],
        }
        response = {
            "id": "resp_1",
            "object": "response",
            "created_at": 1,
            "model": "gpt-4o",
            "output": [message],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        return httpx.Response(200, json=response)
    return httpx.Response(200, json=EMPTY_LIST)


# name -> the call, written once for both clients (async ones return an awaitable).
CALLS: Dict[str, Callable[[Any], Any]] = {
    "admin: organization.admin_api_keys.list with admin_api_key only": lambda c: (
        c.admin.organization.admin_api_keys.list()
    ),
    "admin: organization.audit_logs.list (nested object query)": lambda c: c.admin.organization.audit_logs.list(
        **FACTS["admin: organization.audit_logs.list (nested object query)"]["args"]
    ),
    "admin: organization.users.list with api_key and admin_api_key": lambda c: c.admin.organization.users.list(),
    "audio.speech.create": lambda c: c.audio.speech.create(**FACTS["audio.speech.create"]["args"]),
    "beta.assistants.list": lambda c: c.beta.assistants.list(),
    "chat.completions.create": lambda c: c.chat.completions.create(**FACTS["chat.completions.create"]["args"]),
    "chat.completions.create + extra_headers/extra_query/extra_body": lambda c: c.chat.completions.create(
        **FACTS["chat.completions.create + extra_headers/extra_query/extra_body"]["args"]
    ),
    "chat.completions.create stream=True": lambda c: c.chat.completions.create(
        **FACTS["chat.completions.create stream=True"]["args"]
    ),
    "chat.completions.with_raw_response.create": lambda c: c.chat.completions.with_raw_response.create(
        **FACTS["chat.completions.with_raw_response.create"]["args"]
    ),
    "embeddings.create (no encoding_format)": lambda c: c.embeddings.create(
        **FACTS["embeddings.create (no encoding_format)"]["args"]
    ),
    "embeddings.create encoding_format='float'": lambda c: c.embeddings.create(
        **FACTS["embeddings.create encoding_format='float'"]["args"]
    ),
    "files.content": lambda c: c.files.content("file-1"),
    "files.create": lambda c: c.files.create(
        file=("data.jsonl", b'{"a": 1}\n', "application/jsonl"), purpose="fine-tune"
    ),
    "files.delete": lambda c: c.files.delete("file-1"),
    "files.list + next page": lambda c: c.files.list(after="file-0", limit=2),
    "models.list timeout=12.5": lambda c: c.models.list(timeout=12.5),
    "models.list with organization/project": lambda c: c.models.list(),
    "models.retrieve 404": lambda c: c.models.retrieve("missing"),
    "models.retrieve retried (429 then 200)": lambda c: c.models.retrieve("gpt-4o"),
    "responses.create": lambda c: c.responses.create(**FACTS["responses.create"]["args"]),
    "responses.input_items.list (array query)": lambda c: c.responses.input_items.list(
        "resp_1", include=FACTS["responses.input_items.list (array query)"]["args"]["include"]
    ),
}


class Server:
    """Answers like the capture did: the recorded non-200 answers, else a parseable 200."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        index = len(self.requests)
        self.requests.append(request)
        facts = FACTS[self.name]["requests"]
        fact = facts[min(index, len(facts) - 1)]
        if fact["status"] != 200:
            answer = fact["response"]
            body = answer["json"]
            if isinstance(body.get("error"), dict) and "message" in body["error"]:
                # The capture's file sorts keys; the server sent the API's own order (the message shows it).
                order = ("message", "type", "param", "code")
                body = {"error": {k: body["error"][k] for k in order if k in body["error"]}}
            return httpx.Response(answer["status"], json=body, headers=answer["headers"])
        return ok_body(self.name, request, index)


def client_kwargs(name: str) -> Dict[str, Any]:
    kwargs = dict(FACTS[name]["client"])
    kwargs.setdefault("api_key", "sk-test")
    return kwargs


def normalised_headers(request: httpx.Request) -> Dict[str, str]:
    skip = {
        "host",
        "content-length",
        "x-stainless-os",
        "x-stainless-arch",
        "x-stainless-runtime",
        "x-stainless-runtime-version",
    }
    headers = {k.lower(): v for k, v in request.headers.items() if k.lower() not in skip}
    content_type = headers.get("content-type", "")
    if content_type.startswith("multipart/form-data; boundary="):
        headers["content-type"] = "multipart/form-data; boundary=<boundary>"
    return headers


def assert_matches_the_capture(name: str, requests: List[httpx.Request], *, user_agent: str, async_value: str) -> None:
    facts = FACTS[name]["requests"]
    assert len(requests) >= len(facts)
    for request, fact in zip(requests, facts):
        assert request.method == fact["method"]
        assert str(request.url) == fact["url"]
        expected = {k.lower(): v for k, v in fact["headers"].items()}
        expected["user-agent"] = user_agent
        expected["x-stainless-async"] = async_value
        assert normalised_headers(request) == expected
        if "json" in fact:
            assert json.loads(request.content) == fact["json"]
        if "multipart" in fact:
            body = request.content.decode("latin-1")
            for part in fact["multipart"]:
                assert f'name="{part["name"]}"' in body
                if "value" in part:
                    assert f'name="{part["name"]}"\r\n\r\n{part["value"]}' in body


def check_result(name: str, result: Any) -> None:
    if name == "files.list + next page":
        assert [f.id for f in result.data] == ["file-1", "file-2"]
    elif name.startswith("embeddings"):
        assert result.data[0].embedding == [0.5, -1.0, 0.25]
    elif name == "chat.completions.with_raw_response.create":
        assert result.request_id == "req_1"
        assert result.parse().choices[0].message.content == "Hi"
    elif name == "files.content":
        assert result.content == bytes([0, 1, 2])
    elif name == "responses.create":
        assert result.output_text == "Hi"


# Differences from the capture that belong to other parts of the SDK (reported to their owners). Not strict,
# so the tests start passing as soon as those are fixed.
KNOWN_DIFFERENCES = {}


def cases() -> List[Any]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=False, reason=KNOWN_DIFFERENCES[name]))
        if name in KNOWN_DIFFERENCES
        else name
        for name in sorted(CALLS)
    ]


@pytest.mark.parametrize("name", cases())
def test_sync_wire_matches_the_official_capture(name: str) -> None:
    server = Server(name)
    client = OpenAI(
        base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(server)), **client_kwargs(name)
    )
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    if name == "models.retrieve 404":
        with pytest.raises(NotFoundError) as info:
            CALLS[name](client)
        attributes = FACTS[name]["result"]["attributes"]
        for attribute, value in attributes.items():
            assert getattr(info.value, attribute) == value, attribute
    else:
        result = CALLS[name](client)
        if name == "chat.completions.create stream=True":
            assert [chunk.id for chunk in result] == ["c"]
        check_result(name, result)
        if name == "files.list + next page":
            result.get_next_page()
        if name == "admin: organization.users.list with api_key and admin_api_key":
            client.models.list()
        if name == "admin: organization.admin_api_keys.list with admin_api_key only":
            with pytest.raises(TypeError, match="Could not resolve authentication method"):
                client.models.list()
    assert_matches_the_capture(name, server.requests, user_agent="OpenAI/Python 2.39.0", async_value="false")


@pytest.mark.parametrize("name", cases())
async def test_async_wire_matches_the_official_capture(name: str, anyio_backend: str) -> None:
    server = Server(name)
    client = AsyncOpenAI(
        base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)), **client_kwargs(name)
    )

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep  # type: ignore[method-assign]

    async def call() -> Any:
        result = CALLS[name](client)
        return await result if inspect.isawaitable(result) else result

    if name == "models.retrieve 404":
        with pytest.raises(NotFoundError) as info:
            await call()
        assert info.value.request_id == "req_404" and info.value.code == "model_not_found"
    else:
        result = await call()
        if name == "chat.completions.create stream=True":
            assert [chunk.id async for chunk in result] == ["c"]
        check_result(name, result)
        if name == "files.list + next page":
            await result.get_next_page()
        if name == "admin: organization.users.list with api_key and admin_api_key":
            await client.models.list()
    assert_matches_the_capture(
        name, server.requests, user_agent="AsyncOpenAI/Python 2.39.0", async_value=f"async:{anyio_backend}"
    )
