"""Early exit from a stream returns its connection to the pool at once.

A pool of ONE connection makes a leak visible immediately: the next call would wait for the
pool and fail with a pool timeout (1 s here, no retries). Each test makes 20 early exits of one
kind in a row, then a 21st plain request that must succeed without waiting.
"""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

import openai

from ._cases import Thing
from ._server import FaultServer, json_ok, sse_event, sse_stream
from ._support import assert_pool_released
from .conftest import Recorder

API_KEY = "sk-faults-early-exit-0123456789"
CALLS = 20
KINDS = ["break_without_with", "break_inside_with", "exception_inside_with", "drop_unconsumed", "mixed"]


class _Boom(Exception):
    pass


def _routes(server: FaultServer) -> None:
    server.route("/v1/stream", sse_stream([sse_event({"id": str(i), "blob": "x" * 200}) for i in range(50)]))
    server.route("/v1/ok", json_ok({"id": "after"}))


def _one_connection_timeout() -> httpx.Timeout:
    return httpx.Timeout(5.0, connect=2.0, pool=1.0)


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=1, max_keepalive_connections=1)


def _open_sync(client: openai.OpenAI) -> openai.Stream[Thing]:
    return client.post("/stream", cast_to=Thing, body={}, stream=True, stream_cls=openai.Stream[Thing])


def _early_exit_sync(client: openai.OpenAI, kind: str) -> None:
    if kind == "break_without_with":
        stream = _open_sync(client)
        for item in stream:
            assert item.id == "0"
            break
    elif kind == "break_inside_with":
        with _open_sync(client) as stream:
            for _ in stream:
                break
    elif kind == "exception_inside_with":
        with pytest.raises(_Boom):
            with _open_sync(client) as stream:
                for _ in stream:
                    raise _Boom()
    elif kind == "drop_unconsumed":
        stream = _open_sync(client)
        del stream
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", KINDS)
def test_early_exit_sync(kind: str, server: FaultServer, record: Recorder) -> None:
    _routes(server)
    with httpx.Client(limits=_limits()) as http_client:
        client = openai.OpenAI(
            api_key=API_KEY,
            base_url=server.base_url,
            max_retries=0,
            timeout=_one_connection_timeout(),
            http_client=http_client,
        )
        for i in range(CALLS):
            _early_exit_sync(client, KINDS[i % 4] if kind == "mixed" else kind)
        start = time.monotonic()
        result = client.post("/ok", cast_to=Thing, body={})
        elapsed = time.monotonic() - start
        record(f"early_exit_{kind}", "sync", f"21st call ok ({result.id})", server.hits("/v1/ok"), elapsed, "< 0.5 s")

        assert result.id == "after"
        assert elapsed < 0.5
        assert server.hits("/v1/stream") == CALLS
        assert_pool_released(http_client)


async def _open_async(client: openai.AsyncOpenAI) -> openai.AsyncStream[Thing]:
    return await client.post("/stream", cast_to=Thing, body={}, stream=True, stream_cls=openai.AsyncStream[Thing])


async def _early_exit_async(client: openai.AsyncOpenAI, kind: str) -> None:
    if kind == "break_without_with":
        stream = await _open_async(client)
        async for item in stream:
            assert item.id == "0"
            break
    elif kind == "break_inside_with":
        async with await _open_async(client) as stream:
            async for _ in stream:
                break
    elif kind == "exception_inside_with":
        with pytest.raises(_Boom):
            async with await _open_async(client) as stream:
                async for _ in stream:
                    raise _Boom()
    elif kind == "drop_unconsumed":
        stream = await _open_async(client)
        del stream
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", KINDS)
async def test_early_exit_async(kind: str, server: FaultServer, record: Recorder, anyio_backend: str) -> None:
    _routes(server)
    async with httpx.AsyncClient(limits=_limits()) as http_client:
        client = openai.AsyncOpenAI(
            api_key=API_KEY,
            base_url=server.base_url,
            max_retries=0,
            timeout=_one_connection_timeout(),
            http_client=http_client,
        )
        for i in range(CALLS):
            await _early_exit_async(client, KINDS[i % 4] if kind == "mixed" else kind)
        start = time.monotonic()
        result = await client.post("/ok", cast_to=Thing, body={})
        elapsed = time.monotonic() - start
        record(
            f"early_exit_{kind}",
            anyio_backend,
            f"21st call ok ({result.id})",
            server.hits("/v1/ok"),
            elapsed,
            "< 0.5 s",
        )

        assert result.id == "after"
        assert elapsed < 0.5
        assert server.hits("/v1/stream") == CALLS
        assert_pool_released(http_client)


@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.parametrize(
    "kind",
    [
        "break_inside_with",
        "break_then_close",
        "fully_consumed",
    ],
)
async def test_trio_early_exit_warnings(kind: str, server: FaultServer, record: Recorder, anyio_backend: str) -> None:
    """On trio, a stream used correctly leaves no unexhausted async generator of the SDK's own behind."""
    import gc
    import warnings

    _routes(server)
    async with httpx.AsyncClient() as http_client:
        client = openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0, http_client=http_client)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if kind == "break_then_close":
                # No `async with`: the loop is left by `break`, then the stream is closed explicitly.
                stream = await _open_async(client)
                async for _ in stream:
                    break
                await stream.close()
            else:
                async with await _open_async(client) as stream:
                    async for _ in stream:
                        if kind == "break_inside_with":
                            break
            del stream
            gc.collect()
            await anyio.sleep(0.05)
        ours = [str(w.message) for w in caught if "'openai." in str(w.message)]
        names = sorted({m.split("'")[1] for m in ours})
        record(f"trio_sdk_asyncgen_warnings_{kind}", "trio", ", ".join(names) or "none", 1, None, "none")
        assert ours == []
        assert_pool_released(http_client)
