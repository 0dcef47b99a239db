"""The suite's own instruments must be able to fail: a leaked connection, thread or task is seen.

Without these negative controls a pool check that always reads 0 would make every test green.
"""

from __future__ import annotations

import threading

import anyio
import httpx
import pytest

from ._server import FaultServer, sse_event, sse_stream
from ._support import checked_out, thread_snapshot, assert_pool_released, assert_no_new_threads


def _serve(server: FaultServer) -> str:
    server.route("/v1/stream", sse_stream([sse_event({"id": str(i)}) for i in range(5)]))
    return f"{server.base_url}/stream"


def test_pool_check_sees_an_unclosed_response(server: FaultServer) -> None:
    url = _serve(server)
    with httpx.Client() as http_client:
        response = http_client.send(http_client.build_request("GET", url), stream=True)
        assert checked_out(http_client) == 1
        with pytest.raises(AssertionError):
            assert_pool_released(http_client)
        response.close()
        assert_pool_released(http_client)


async def test_pool_check_sees_an_unclosed_async_response(server: FaultServer, anyio_backend: str) -> None:
    url = _serve(server)
    async with httpx.AsyncClient() as http_client:
        response = await http_client.send(http_client.build_request("GET", url), stream=True)
        assert checked_out(http_client) == 1
        await response.aclose()
        assert_pool_released(http_client)


def test_thread_check_sees_a_thread_left_running() -> None:
    baseline = thread_snapshot()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, args=(5,), name="leaky")
    thread.start()
    try:
        with pytest.raises(AssertionError, match="leaky"):
            assert_no_new_threads(baseline, timeout=0.1)
    finally:
        stop.set()
        thread.join()
    assert_no_new_threads(baseline)


async def test_task_check_sees_a_task_left_running(anyio_backend: str) -> None:
    from .test_faults_async import assert_no_new_tasks

    baseline = {task.id for task in anyio.get_running_tasks()}
    async with anyio.create_task_group() as tg:
        tg.start_soon(anyio.sleep, 5)
        with pytest.raises(AssertionError, match="tasks left running"):
            await assert_no_new_tasks(baseline, timeout=0.1)
        tg.cancel_scope.cancel()
    await assert_no_new_tasks(baseline)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_aiohttp_pool_check_sees_an_unclosed_response(server: FaultServer, anyio_backend: str) -> None:
    pytest.importorskip("httpx_aiohttp")
    import openai

    from .test_faults_aiohttp import _acquired

    # A body that never ends: aiohttp gives a connection back by itself once a body is complete.
    server.route("/v1/stalled", sse_stream([sse_event({"id": "0"})], ending="stall"))
    url = f"{server.base_url}/stalled"
    async with openai.DefaultAioHttpClient() as http_client:
        response = await http_client.send(http_client.build_request("GET", url), stream=True)
        assert _acquired(http_client) == 1
        await response.aclose()
        assert _acquired(http_client) == 0
