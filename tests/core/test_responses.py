"""The core hands responses to the data core: raw, streaming-response, parsed, pages and SSE streams."""

from __future__ import annotations

import json
from typing import Any, Dict, List, cast

import httpx
import pytest

from openai import BaseModel, AsyncStream
from openai._response import APIResponse, AsyncAPIResponse
from openai._constants import RAW_RESPONSE_HEADER
from openai._streaming import Stream
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai._legacy_response import LegacyAPIResponse

from .conftest import Recorder, make_client, make_async_client


class Item(BaseModel):
    id: str
    size: int


def pages_handler(request: httpx.Request) -> httpx.Response:
    after = request.url.params.get("after")
    if after is None:
        return httpx.Response(200, json={"data": [{"id": "a", "size": 1}, {"id": "b", "size": 2}], "has_more": True})
    assert after == "b"
    return httpx.Response(200, json={"data": [{"id": "c", "size": 3}], "has_more": False})


def test_raw_response_header_gives_a_legacy_response_with_retries_taken() -> None:
    recorder = Recorder(httpx.Response(500), httpx.Response(200, json={"id": "x"}, headers={"x-request-id": "req_1"}))
    client = make_client(recorder)
    raw = client.get("/models/x", cast_to=dict, options={"headers": {RAW_RESPONSE_HEADER: "true"}})
    assert isinstance(raw, LegacyAPIResponse)
    assert recorder.last.headers[RAW_RESPONSE_HEADER] == "true"
    assert raw.retries_taken == 1
    assert raw.headers["x-request-id"] == "req_1"
    assert raw.parse() == {"id": "x"}


def test_stream_header_gives_an_unparsed_api_response() -> None:
    client = make_client(Recorder(httpx.Response(200, json={"id": "x"})))
    response = client.get("/models/x", cast_to=dict, options={"headers": {RAW_RESPONSE_HEADER: "stream"}})
    assert isinstance(response, APIResponse)
    assert response.parse() == {"id": "x"}


def test_cast_to_a_response_class_constructs_that_class() -> None:
    client = make_client(Recorder(httpx.Response(200, json={"id": "x", "size": 3})))
    response: Any = client.get("/items/x", cast_to=APIResponse[Item])
    assert type(response) is APIResponse
    assert response.parse() == Item(id="x", size=3)


def test_models_are_built_from_the_body() -> None:
    client = make_client(Recorder(httpx.Response(200, json={"id": "x", "size": 3, "extra": True})))
    item = client.get("/items/x", cast_to=Item)
    assert isinstance(item, Item) and item.size == 3


def test_get_api_list_pages_through_every_item() -> None:
    recorder = Recorder(pages_handler)
    client = make_client(recorder)
    page = client.get_api_list("/items", model=Item, page=SyncCursorPage[Item], options={"params": {"limit": 2}})
    assert [item.id for item in page.data] == ["a", "b"]
    assert [item.id for item in page] == ["a", "b", "c"]
    assert [r.url.params.get("after") for r in recorder.requests] == [None, "b"]
    assert all(r.url.params["limit"] == "2" for r in recorder.requests)


async def test_async_get_api_list_awaits_and_iterates(anyio_backend: str) -> None:
    recorder = Recorder(pages_handler)
    client = make_async_client(recorder)
    first = await client.get_api_list("/items", model=Item, page=AsyncCursorPage[Item])
    assert [item.id for item in first.data] == ["a", "b"]
    ids: List[str] = [item.id async for item in client.get_api_list("/items", model=Item, page=AsyncCursorPage[Item])]
    assert ids == ["a", "b", "c"]


def sse(*events: Dict[str, Any]) -> bytes:
    return b"".join(f"data: {json.dumps(event)}\n\n".encode() for event in events) + b"data: [DONE]\n\n"


def test_stream_true_returns_the_stream_class_without_reading_the_body() -> None:
    body = sse({"id": "1", "size": 1}, {"id": "2", "size": 2})
    client = make_client(Recorder(httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})))
    stream = client.post("/items", cast_to=Item, body={"stream": True}, stream=True, stream_cls=Stream[Item])
    assert isinstance(stream, Stream)
    assert [item.id for item in stream] == ["1", "2"]


async def test_async_stream(anyio_backend: str) -> None:
    body = sse({"id": "1", "size": 1})
    client = make_async_client(
        Recorder(httpx.Response(200, content=body, headers={"content-type": "text/event-stream"}))
    )
    stream = await client.post("/items", cast_to=Item, body={}, stream=True, stream_cls=AsyncStream[Item])
    assert [item.id async for item in stream] == ["1"]


async def test_async_stream_header_gives_async_api_response(anyio_backend: str) -> None:
    client = make_async_client(Recorder(httpx.Response(200, json={"id": "x"})))
    response = await client.get("/models/x", cast_to=dict, options={"headers": {RAW_RESPONSE_HEADER: "stream"}})
    assert isinstance(response, AsyncAPIResponse)
    assert await response.parse() == {"id": "x"}


def test_override_cast_to_pseudo_header_picks_the_response_class_and_is_not_sent() -> None:
    from openai._response import StreamedBinaryAPIResponse
    from openai._constants import OVERRIDE_CAST_TO_HEADER

    recorder = Recorder(httpx.Response(200, content=b"\x00\x01\x02"))
    client = make_client(recorder)
    response: Any = client.get(
        "/files/f/content",
        cast_to=dict,
        options={
            "headers": {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: cast(Any, StreamedBinaryAPIResponse)}
        },
    )
    assert isinstance(response, StreamedBinaryAPIResponse)
    assert OVERRIDE_CAST_TO_HEADER not in recorder.last.headers
    assert response.read() == b"\x00\x01\x02"


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that is only produced when read (in-memory bodies are read by httpx at construction)."""

    def __iter__(self) -> Any:
        yield b'{"id": "x"}'

    async def __aiter__(self) -> Any:
        yield b'{"id": "x"}'


def lazy_json(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "application/json"}, stream=_Body())


def test_streaming_response_leaves_the_body_unread() -> None:
    client = make_client(Recorder(lazy_json))
    response: Any = client.get("/models/x", cast_to=dict, options={"headers": {RAW_RESPONSE_HEADER: "stream"}})
    assert not response.is_closed
    assert response.parse() == {"id": "x"}
    # Without the header the body is read (and the connection released) before returning.
    raw: Any = client.get("/models/x", cast_to=dict, options={"headers": {RAW_RESPONSE_HEADER: "true"}})
    assert raw.http_response.is_closed


async def test_async_streaming_response_leaves_the_body_unread(anyio_backend: str) -> None:
    client = make_async_client(Recorder(lazy_json))
    response: Any = await client.get("/models/x", cast_to=dict, options={"headers": {RAW_RESPONSE_HEADER: "stream"}})
    assert not response.is_closed
    assert await response.parse() == {"id": "x"}


def test_a_stream_that_cannot_be_built_releases_its_connection() -> None:
    body = sse({"id": "1", "size": 1})
    seen: List[httpx.Response] = []

    def handler(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_SSE(body))
        seen.append(response)
        return response

    client = make_client(Recorder(handler))
    with pytest.raises(Exception):  # whatever the data core raises for a missing stream class
        client.post("/items", cast_to=Item, body={}, stream=True, stream_cls=None)
    assert seen and seen[0].is_closed


class _SSE(httpx.SyncByteStream):
    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Any:
        yield self._body
