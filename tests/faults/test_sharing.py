"""One client shared by many threads (sync) or tasks (async), and a client pickled into another process."""

from __future__ import annotations

import sys
import json
import time
import pickle
import subprocess
from typing import Dict, List
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx

import openai

from ._cases import Thing
from ._server import Exchange, FaultServer
from ._support import assert_pool_released
from .conftest import Recorder

API_KEY = "sk-faults-sharing-0123456789"
THREADS = 8
PER_THREAD = 10
TASKS = 50


def _echo(ex: Exchange, _: int) -> None:
    # Answers with the tag the request carried, so a response delivered to the wrong caller shows.
    tag = json.loads(ex.request.body)["tag"]
    body = json.dumps({"id": tag, "object": ex.request.headers.get("authorization", "")[-6:]}).encode()
    ex.send_response(200, body)


def test_sync_client_shared_across_threads(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/echo", _echo)
    with httpx.Client() as http_client:
        client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0, http_client=http_client)

        def worker(n: int) -> List[str]:
            return [client.post("/echo", cast_to=Thing, body={"tag": f"{n}-{i}"}).id for i in range(PER_THREAD)]

        start = time.monotonic()
        with ThreadPoolExecutor(THREADS, thread_name_prefix="faults-worker") as pool:
            results: Dict[int, List[str]] = dict(zip(range(THREADS), pool.map(worker, range(THREADS))))
        elapsed = time.monotonic() - start
        record("shared_client_threads", "sync", f"{THREADS}x{PER_THREAD} ok", server.hits("/v1/echo"), elapsed, "-")

        for n, ids in results.items():
            assert ids == [f"{n}-{i}" for i in range(PER_THREAD)]
        assert server.hits("/v1/echo") == THREADS * PER_THREAD
        assert_pool_released(http_client)


async def test_async_client_shared_across_tasks(server: FaultServer, record: Recorder, anyio_backend: str) -> None:
    server.route("/v1/echo", _echo)
    async with httpx.AsyncClient() as http_client:
        client = openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0, http_client=http_client)
        results: Dict[int, str] = {}

        async def task(n: int) -> None:
            results[n] = (await client.post("/echo", cast_to=Thing, body={"tag": str(n)})).id

        start = time.monotonic()
        async with anyio.create_task_group() as tg:
            for n in range(TASKS):
                tg.start_soon(task, n)
        elapsed = time.monotonic() - start
        record("shared_client_tasks", anyio_backend, f"{TASKS} tasks ok", server.hits("/v1/echo"), elapsed, "-")

        assert results == {n: str(n) for n in range(TASKS)}
        assert server.hits("/v1/echo") == TASKS
        assert_pool_released(http_client)


_CHILD = r"""
import sys, pickle, asyncio
import openai

class Thing(openai.BaseModel):
    id: str
    object: str

client = pickle.loads(sys.stdin.buffer.read())

async def call_async():
    async with client:
        return await client.post("/echo", cast_to=Thing, body={"tag": "child-async"})

if isinstance(client, openai.AsyncOpenAI):
    result = asyncio.run(call_async())
else:
    with client:
        result = client.post("/echo", cast_to=Thing, body={"tag": "child-sync"})
print(type(client).__name__, client.max_retries, str(client.base_url), result.id, result.object)
"""


def _run_child(client: object) -> str:
    payload = pickle.dumps(client)
    done = subprocess.run([sys.executable, "-c", _CHILD], input=payload, capture_output=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode().strip()


def test_pickled_sync_client_works_in_another_process(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/echo", _echo)
    client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=1)
    client.post("/echo", cast_to=Thing, body={"tag": "parent"})  # a used client, with a live pool
    start = time.monotonic()
    out = _run_child(client)
    record(
        "pickle_client_to_process",
        "sync",
        out.replace(server.base_url, "<server>"),
        server.hits("/v1/echo"),
        time.monotonic() - start,
        "-",
    )
    # The child built its own transport and authenticated with the same key.
    assert out == f"OpenAI 1 {server.base_url}/ child-sync {API_KEY[-6:]}"
    assert server.hits("/v1/echo") == 2
    client.close()


def test_pickled_async_client_works_in_another_process(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/echo", _echo)
    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=1)
    start = time.monotonic()
    out = _run_child(client)
    record(
        "pickle_client_to_process",
        "async",
        out.replace(server.base_url, "<server>"),
        server.hits("/v1/echo"),
        time.monotonic() - start,
        "-",
    )
    assert out == f"AsyncOpenAI 1 {server.base_url}/ child-async {API_KEY[-6:]}"
    assert server.hits("/v1/echo") == 1
