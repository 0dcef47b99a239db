"""Every fault case against the async client (`AsyncOpenAI` over an `httpx.AsyncClient`), on asyncio and trio."""

from __future__ import annotations

import time
from typing import Any, List, Optional

import anyio
import httpx
import pytest

import openai
from openai.pagination import AsyncPage

from ._cases import CASES, CASE_IDS, Case, Thing, verify, outcome_of
from ._server import FaultServer
from ._support import thread_snapshot, assert_pool_released, assert_no_new_threads
from .conftest import Recorder

API_KEY = "sk-faults-async-0123456789"


async def _call(client: openai.AsyncOpenAI, case: Case, items: List[Any]) -> Any:
    if case.kind == "json":
        return await client.post(case.path, cast_to=Thing, body={"input": "x"})
    if case.kind == "page":
        return await client.get_api_list(case.path, model=Thing, page=AsyncPage[Thing])
    stream = await client.post(
        case.path, cast_to=Thing, body={"stream": True}, stream=True, stream_cls=openai.AsyncStream[Thing]
    )
    async with stream:
        async for item in stream:
            items.append(item)
    return items


async def assert_no_new_tasks(baseline: set[int], timeout: float = 1.0) -> None:
    """No task started by the call is still alive once the call has returned or raised."""
    with anyio.move_on_after(timeout):
        while {task.id for task in anyio.get_running_tasks()} - baseline:
            await anyio.sleep(0.01)
    extra = [task for task in anyio.get_running_tasks() if task.id not in baseline]
    assert not extra, f"tasks left running: {extra!r}"


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
async def test_fault_async(case: Case, server: FaultServer, record: Recorder, anyio_backend: str) -> None:
    case.prepare()
    server.route("/v1" + case.path, case.handler)
    threads = thread_snapshot()
    tasks = {task.id for task in anyio.get_running_tasks()}
    async with httpx.AsyncClient() as http_client:
        client = openai.AsyncOpenAI(
            api_key=API_KEY,
            base_url=server.base_url,
            max_retries=case.max_retries,
            timeout=case.timeout,
            http_client=http_client,
            _strict_response_validation=case.strict,
        )
        items: List[Any] = []
        result: Any = None
        error: Optional[BaseException] = None
        start = time.monotonic()
        try:
            result = await _call(client, case, items)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - start
        attempts = server.hits("/v1" + case.path)
        record(case.name, anyio_backend, outcome_of(result, error), attempts, elapsed, case.bound_text())

        verify(case, result, error, items, attempts, elapsed)
        assert_pool_released(http_client)
        await assert_no_new_tasks(tasks)
    assert_no_new_threads(threads)
