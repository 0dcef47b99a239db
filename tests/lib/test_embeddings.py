"""embeddings.create: base64 on the wire unless the caller names an encoding, floats back either way."""

from __future__ import annotations

import json
import base64
import struct
from typing import Any, Dict, List

import httpx
import pytest

import openai
from openai.lib._embeddings import decode_embedding

FLOATS = [0.5, -1.0, 0.25]
B64 = base64.b64encode(struct.pack("<3f", *FLOATS)).decode()


def _handler(seen: List[Dict[str, Any]]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        value: Any = B64 if body.get("encoding_format") == "base64" else FLOATS
        data = [{"object": "embedding", "index": 0, "embedding": value}]
        usage = {"prompt_tokens": 1, "total_tokens": 1}
        return httpx.Response(200, json={"object": "list", "data": data, "model": "m", "usage": usage})

    return handle


def _client(seen: List[Dict[str, Any]]) -> openai.OpenAI:
    transport = httpx.MockTransport(_handler(seen))
    return openai.OpenAI(api_key="k", base_url="http://x/v1", http_client=httpx.Client(transport=transport))


def test_decode_embedding_reads_little_endian_float32() -> None:
    assert decode_embedding(B64) == FLOATS


def test_default_asks_for_base64_and_returns_floats() -> None:
    seen: List[Dict[str, Any]] = []
    res = _client(seen).embeddings.create(input="Hi", model="text-embedding-3-small")
    assert seen == [{"input": "Hi", "model": "text-embedding-3-small", "encoding_format": "base64"}]
    assert res.data[0].embedding == FLOATS


def test_float_is_sent_as_given() -> None:
    seen: List[Dict[str, Any]] = []
    res = _client(seen).embeddings.create(input="Hi", model="m", encoding_format="float")
    assert seen[0]["encoding_format"] == "float"
    assert res.data[0].embedding == FLOATS


def test_base64_asked_by_the_caller_stays_base64() -> None:
    seen: List[Dict[str, Any]] = []
    res = _client(seen).embeddings.create(input="Hi", model="m", encoding_format="base64")
    assert seen[0]["encoding_format"] == "base64"
    assert res.data[0].embedding == B64  # type: ignore[comparison-overlap]


def test_raw_response_parse_decodes_too() -> None:
    seen: List[Dict[str, Any]] = []
    raw = _client(seen).embeddings.with_raw_response.create(input="Hi", model="m")
    assert raw.parse().data[0].embedding == FLOATS


@pytest.mark.anyio
async def test_async_default_asks_for_base64_and_returns_floats() -> None:
    seen: List[Dict[str, Any]] = []
    transport = httpx.MockTransport(_handler(seen))
    client = openai.AsyncOpenAI(api_key="k", base_url="http://x/v1", http_client=httpx.AsyncClient(transport=transport))
    res = await client.embeddings.create(input="Hi", model="m")
    assert seen[0]["encoding_format"] == "base64"
    assert res.data[0].embedding == FLOATS
