"""Faults through the generated resources: chat streaming, `with_streaming_response`, `with_raw_response`.

The case table drives the runtime through `client.post/get`; these tests make sure the code paths
users actually call (generated methods and their raw/streaming wrappers) surface the same typed
errors and give their connection back.
"""

from __future__ import annotations

import time
from typing import Any, List

import httpx
import pytest

import openai

from ._server import (
    FaultServer,
    json_ok,
    raw_body,
    sse_event,
    sse_stream,
    reset_mid_body,
    stall_after_headers,
)
from ._support import assert_pool_released
from .conftest import Recorder

API_KEY = "sk-faults-generated-0123456789"
MESSAGES: Any = [{"role": "user", "content": "hi"}]


def _chunk(i: int) -> bytes:
    return sse_event(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "gpt-test",
            "choices": [{"index": 0, "delta": {"content": f"tok{i}"}, "finish_reason": None}],
        }
    )


def _resource(client: Any, path: str) -> Any:
    target = client
    try:
        for part in path.split("."):
            target = getattr(target, part)
    except (AttributeError, ImportError) as exc:
        pytest.skip(f"generated resource {path} not available yet: {exc}")
    return target


def _sync_client(server: FaultServer, http_client: httpx.Client, **kwargs: Any) -> openai.OpenAI:
    return openai.OpenAI(api_key=API_KEY, base_url=server.base_url, http_client=http_client, **kwargs)


def _async_client(server: FaultServer, http_client: httpx.AsyncClient, **kwargs: Any) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, http_client=http_client, **kwargs)


# -- chat.completions.create(stream=True) --------------------------------------------------------


def test_chat_stream_reset_mid_stream(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/chat/completions", sse_stream([_chunk(0), _chunk(1)], ending="reset"))
    with httpx.Client() as http_client:
        completions = _resource(_sync_client(server, http_client, max_retries=2), "chat.completions")
        got: List[str] = []
        with pytest.raises(openai.APIConnectionError):
            for chunk in completions.create(model="gpt-test", messages=MESSAGES, stream=True):
                got.append(chunk.choices[0].delta.content)
        record(
            "chat_stream_reset_mid_stream", "sync", "APIConnectionError", server.hits("/v1/chat/completions"), None, "-"
        )
        assert got == ["tok0", "tok1"]
        assert server.hits("/v1/chat/completions") == 1
        assert_pool_released(http_client)


async def test_chat_stream_reset_mid_stream_async(server: FaultServer, record: Recorder, anyio_backend: str) -> None:
    server.route("/v1/chat/completions", sse_stream([_chunk(0), _chunk(1)], ending="reset"))
    async with httpx.AsyncClient() as http_client:
        completions = _resource(_async_client(server, http_client, max_retries=2), "chat.completions")
        got: List[str] = []
        with pytest.raises(openai.APIConnectionError):
            stream = await completions.create(model="gpt-test", messages=MESSAGES, stream=True)
            async for chunk in stream:
                got.append(chunk.choices[0].delta.content)
        record(
            "chat_stream_reset_mid_stream",
            anyio_backend,
            "APIConnectionError",
            server.hits("/v1/chat/completions"),
            None,
            "-",
        )
        assert got == ["tok0", "tok1"]
        assert_pool_released(http_client)


def test_chat_stream_early_break_pool_of_one(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/chat/completions", sse_stream([_chunk(i) for i in range(30)]))
    server.route("/v1/models/m", json_ok({"id": "m", "object": "model", "created": 1, "owned_by": "me"}))
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(limits=limits) as http_client:
        client = _sync_client(server, http_client, max_retries=0, timeout=httpx.Timeout(5.0, pool=1.0))
        completions = _resource(client, "chat.completions")
        for _ in range(20):
            for _chunk_item in completions.create(model="gpt-test", messages=MESSAGES, stream=True):
                break
        start = time.monotonic()
        model = _resource(client, "models").retrieve("m")
        elapsed = time.monotonic() - start
        record("chat_stream_early_break_x20_pool_of_one", "sync", f"21st ok ({model.id})", 1, elapsed, "< 0.5 s")
        assert model.id == "m" and elapsed < 0.5
        assert_pool_released(http_client)


# -- with_streaming_response ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "error"),
    [("reset_mid_body", openai.APIConnectionError), ("stall_mid_body", openai.APITimeoutError)],
)
def test_streaming_response_body_faults(fault: str, error: type, server: FaultServer, record: Recorder) -> None:
    handler = reset_mid_body(declared=5000, sent=100) if fault == "reset_mid_body" else stall_after_headers(5000)
    server.route("/v1/files/file-1/content", handler)
    with httpx.Client() as http_client:
        client = _sync_client(server, http_client, max_retries=2, timeout=httpx.Timeout(0.5, connect=2.0))
        files = _resource(client, "files")
        start = time.monotonic()
        with pytest.raises(error):
            with files.with_streaming_response.content("file-1") as response:
                for _ in response.iter_bytes():
                    pass
        elapsed = time.monotonic() - start
        attempts = server.hits("/v1/files/file-1/content")
        record(f"streaming_response_{fault}", "sync", error.__name__, attempts, elapsed, "<= 2.5 s")
        # The headers had arrived, so the response was handed out: no retry of the body read.
        assert attempts == 1
        assert elapsed <= 2.5
        assert_pool_released(http_client)


@pytest.mark.parametrize(
    ("fault", "error"),
    [("reset_mid_body", openai.APIConnectionError), ("stall_mid_body", openai.APITimeoutError)],
)
async def test_streaming_response_body_faults_async(
    fault: str, error: type, server: FaultServer, record: Recorder, anyio_backend: str
) -> None:
    handler = reset_mid_body(declared=5000, sent=100) if fault == "reset_mid_body" else stall_after_headers(5000)
    server.route("/v1/files/file-1/content", handler)
    async with httpx.AsyncClient() as http_client:
        client = _async_client(server, http_client, max_retries=2, timeout=httpx.Timeout(0.5, connect=2.0))
        files = _resource(client, "files")
        start = time.monotonic()
        with pytest.raises(error):
            async with files.with_streaming_response.content("file-1") as response:
                async for _ in response.iter_bytes():
                    pass
        elapsed = time.monotonic() - start
        attempts = server.hits("/v1/files/file-1/content")
        record(f"streaming_response_{fault}", anyio_backend, error.__name__, attempts, elapsed, "<= 2.5 s")
        assert attempts == 1
        assert elapsed <= 2.5
        assert_pool_released(http_client)


# -- with_raw_response ------------------------------------------------------------------------------


def test_raw_response_parse_of_malformed_json(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/files/file-1", raw_body(b'{"id": "file-1", "object": '))
    with httpx.Client() as http_client:
        files = _resource(_sync_client(server, http_client, max_retries=2), "files")
        raw = files.with_raw_response.retrieve("file-1")
        assert raw.status_code == 200
        with pytest.raises(openai.APIResponseValidationError) as info:
            raw.parse()
        record("raw_response_parse_malformed_json", "sync", type(info.value).__name__, 1, None, "-")
        assert info.value.response.status_code == 200
        assert server.hits("/v1/files/file-1") == 1
        assert_pool_released(http_client)


async def test_raw_response_parse_of_invalid_utf8_async(
    server: FaultServer, record: Recorder, anyio_backend: str
) -> None:
    server.route("/v1/files/file-1", raw_body(b'{"id": "\xff\xfe"}'))
    async with httpx.AsyncClient() as http_client:
        files = _resource(_async_client(server, http_client, max_retries=2), "files")
        raw = await files.with_raw_response.retrieve("file-1")
        with pytest.raises(openai.APIResponseValidationError):
            raw.parse()  # synchronous on the async client too
        record("raw_response_parse_invalid_utf8", anyio_backend, "APIResponseValidationError", 1, None, "-")
        assert_pool_released(http_client)


def _big_binary(server: FaultServer) -> None:
    server.route("/v1/files/file-1/content", raw_body(b"z" * 2_000_000, content_type="application/octet-stream"))
    server.route("/v1/models/m", json_ok({"id": "m", "object": "model", "created": 1, "owned_by": "me"}))


def test_streaming_response_left_early_pool_of_one(server: FaultServer, record: Recorder) -> None:
    _big_binary(server)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(limits=limits) as http_client:
        client = _sync_client(server, http_client, max_retries=0, timeout=httpx.Timeout(5.0, pool=1.0))
        files = _resource(client, "files")
        for _ in range(20):
            with files.with_streaming_response.content("file-1") as response:
                assert next(iter(response.iter_bytes(1024)))  # read a little, leave the rest unread
        start = time.monotonic()
        model = _resource(client, "models").retrieve("m")
        elapsed = time.monotonic() - start
        record("streaming_response_left_early_x20_pool_of_one", "sync", f"21st ok ({model.id})", 1, elapsed, "< 0.5 s")
        assert model.id == "m" and elapsed < 0.5
        assert server.hits("/v1/files/file-1/content") == 20
        assert_pool_released(http_client)


async def test_streaming_response_left_early_pool_of_one_async(
    server: FaultServer, record: Recorder, anyio_backend: str
) -> None:
    _big_binary(server)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(limits=limits) as http_client:
        client = _async_client(server, http_client, max_retries=0, timeout=httpx.Timeout(5.0, pool=1.0))
        files = _resource(client, "files")
        for _ in range(20):
            async with files.with_streaming_response.content("file-1") as response:
                async for chunk in response.iter_bytes(1024):
                    assert chunk
                    break
        start = time.monotonic()
        model = await _resource(client, "models").retrieve("m")
        elapsed = time.monotonic() - start
        record(
            "streaming_response_left_early_x20_pool_of_one",
            anyio_backend,
            f"21st ok ({model.id})",
            1,
            elapsed,
            "< 0.5 s",
        )
        assert model.id == "m" and elapsed < 0.5
        assert server.hits("/v1/files/file-1/content") == 20
        assert_pool_released(http_client)
