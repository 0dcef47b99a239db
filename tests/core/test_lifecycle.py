"""Closing, context managers, garbage collection and pickling."""

from __future__ import annotations

import gc
import pickle
import weakref

import httpx

from openai import OpenAI, AsyncOpenAI

from .conftest import API_KEY, BASE_URL, Recorder, make_client


def test_context_manager_closes_an_owned_client() -> None:
    with OpenAI(api_key=API_KEY) as client:
        http_client = client._client
        assert not client.is_closed()
    assert http_client.is_closed and client.is_closed()


def test_close_closes_a_user_supplied_client_too() -> None:
    # As documented for the official SDK: close() closes the underlying HTTP client, whoever built it.
    http_client = httpx.Client(transport=httpx.MockTransport(Recorder()))
    with OpenAI(api_key=API_KEY, http_client=http_client) as client:
        client.get("/models", cast_to=dict)
    assert http_client.is_closed


def test_copies_share_one_pool_so_closing_either_closes_it() -> None:
    client = OpenAI(api_key=API_KEY)
    copy = client.with_options(timeout=1.0)
    assert copy._client is client._client
    copy.close()
    assert client._client.is_closed


async def test_async_context_manager_closes_an_owned_client(anyio_backend: str) -> None:
    async with AsyncOpenAI(api_key=API_KEY) as client:
        http_client = client._client
    assert http_client.is_closed
    user_client = httpx.AsyncClient(transport=httpx.MockTransport(Recorder()))
    async with AsyncOpenAI(api_key=API_KEY, http_client=user_client) as client:
        await client.get("/models", cast_to=dict)
    assert user_client.is_closed


def test_garbage_collection_closes_the_owned_pool_only() -> None:
    client = OpenAI(api_key=API_KEY)
    transport = client._client._transport
    closed: list[bool] = []
    original_close = transport.close
    transport.close = lambda: (closed.append(True), original_close())[1]  # type: ignore[method-assign]
    client_ref = weakref.ref(client)
    del client
    gc.collect()
    assert client_ref() is None
    assert closed == [True]

    user_client = httpx.Client(transport=httpx.MockTransport(Recorder()))
    sdk_client = OpenAI(api_key=API_KEY, http_client=user_client)
    del sdk_client
    gc.collect()
    assert not user_client.is_closed
    user_client.close()


def test_pool_survives_while_a_copy_is_alive() -> None:
    client = OpenAI(api_key=API_KEY)
    copy = client.with_options(max_retries=0)
    del client
    gc.collect()
    assert not copy._client.is_closed
    copy.close()


def test_async_client_garbage_collection_schedules_nothing() -> None:
    # Collected outside any event loop: must not raise or try to reach a loop.
    client = AsyncOpenAI(api_key=API_KEY)
    _ = client._client
    del client
    gc.collect()


def test_pickle_round_trip_builds_a_working_client() -> None:
    client = OpenAI(api_key=API_KEY, base_url=BASE_URL, organization="org-1", max_retries=4, timeout=9.0)
    _ = client._client  # a live pool must not prevent pickling
    restored = pickle.loads(pickle.dumps(client))
    assert isinstance(restored, OpenAI)
    assert (restored.api_key, restored.organization, restored.max_retries, restored.timeout) == (
        API_KEY,
        "org-1",
        4,
        9.0,
    )
    assert restored._client is not client._client
    recorder = Recorder()
    restored._client = httpx.Client(transport=httpx.MockTransport(recorder))
    restored.get("/models", cast_to=dict)
    assert recorder.last.headers["OpenAI-Organization"] == "org-1"
    client.close()


def test_async_pickle_round_trip() -> None:
    client = AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL)
    restored = pickle.loads(pickle.dumps(client))
    assert restored.api_key == API_KEY and str(restored.base_url) == BASE_URL + "/"


def test_unpickled_client_works_in_another_process() -> None:
    import sys
    import subprocess

    payload = pickle.dumps(OpenAI(api_key=API_KEY, base_url=BASE_URL, max_retries=3))
    code = (
        "import pickle, sys, httpx\n"
        "client = pickle.loads(sys.stdin.buffer.read())\n"
        "seen = []\n"
        "def handler(request):\n"
        "    seen.append(request.headers['Authorization'])\n"
        "    return httpx.Response(200, json={'ok': True})\n"
        "client._client = httpx.Client(transport=httpx.MockTransport(handler))\n"
        "assert client.get('/models', cast_to=dict) == {'ok': True}\n"
        "print(seen[0], client.max_retries)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], input=payload, capture_output=True, timeout=60, check=True)
    assert result.stdout.decode().split() == ["Bearer", API_KEY, "3"]


def test_threads_share_one_client() -> None:
    from concurrent.futures import ThreadPoolExecutor

    recorder = Recorder()
    client = make_client(recorder)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: client.get(f"/models/{i}", cast_to=dict), range(40)))
    assert len(results) == 40 and len(recorder.requests) == 40
