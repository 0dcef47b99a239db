"""Garbage collection and closing of clients.

A client that owns its httpx client closes it when collected, without touching an event loop
that is closed, or one of another async library (a client used under trio and dropped inside a
running asyncio loop must not schedule anything on that loop, and the other way round).

What "touching" looks like, and what these tests catch: an exception raised in `__del__`
(reported through `sys.unraisablehook`), a `RuntimeWarning` about a coroutine never awaited,
an error logged by asyncio ("Task exception was never retrieved", "Event loop is closed").
`ResourceWarning`s of sockets whose loop is already gone are the runtime's own and allowed.
"""

from __future__ import annotations

import gc
import sys
import asyncio
import logging
import warnings
import contextlib
from typing import Any, List, Iterator

import trio
import pytest

import openai

from ._cases import Thing
from ._server import FaultServer, json_ok
from ._support import wait_until
from .conftest import Recorder

API_KEY = "sk-faults-gc-0123456789"


class _Trouble:
    def __init__(self) -> None:
        self.unraisable: List[str] = []
        self.warnings: List[str] = []
        self.logs: List[str] = []

    def all(self) -> List[str]:
        return self.unraisable + self.warnings + self.logs


@contextlib.contextmanager
def _trouble_collector(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Trouble]:
    trouble = _Trouble()

    def hook(info: Any) -> None:
        trouble.unraisable.append(f"{info.exc_type.__name__}: {info.exc_value} in {info.object!r}")

    class _Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                trouble.logs.append(f"{record.name}: {record.getMessage()}")

    handler = _Handler()
    monkeypatch.setattr(sys, "unraisablehook", hook)
    logging.getLogger("asyncio").addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield trouble
            gc.collect()
        trouble.warnings += [
            f"{w.category.__name__}: {w.message}" for w in caught if not issubclass(w.category, ResourceWarning)
        ]
    finally:
        logging.getLogger("asyncio").removeHandler(handler)


def _serve(server: FaultServer) -> None:
    server.route("/v1/ok", json_ok({"id": "ok"}))


async def _use_async_client(base_url: str) -> openai.AsyncOpenAI:
    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)
    result = await client.post("/ok", cast_to=Thing, body={})
    assert result.id == "ok"
    return client  # its pool now holds a keep-alive connection bound to this loop


def test_gc_after_asyncio_loop_closed(server: FaultServer, monkeypatch: pytest.MonkeyPatch, record: Recorder) -> None:
    _serve(server)
    client = asyncio.run(_use_async_client(server.base_url))
    with _trouble_collector(monkeypatch) as trouble:
        del client
        gc.collect()
    record("gc_client_after_loop_closed", "asyncio", "; ".join(trouble.all()) or "clean", 1, None, "-")
    assert trouble.all() == []


def test_gc_after_trio_run_finished(server: FaultServer, monkeypatch: pytest.MonkeyPatch, record: Recorder) -> None:
    _serve(server)
    client = trio.run(_use_async_client, server.base_url)
    with _trouble_collector(monkeypatch) as trouble:
        del client
        gc.collect()
    record("gc_client_after_loop_closed", "trio", "; ".join(trouble.all()) or "clean", 1, None, "-")
    assert trouble.all() == []


def test_gc_of_trio_client_inside_asyncio_loop(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, record: Recorder
) -> None:
    _serve(server)
    holder = [trio.run(_use_async_client, server.base_url)]

    async def drop_and_settle() -> List[asyncio.Task[Any]]:
        holder.clear()
        gc.collect()
        await asyncio.sleep(0.05)  # anything the finaliser scheduled on this loop runs now
        return [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]

    with _trouble_collector(monkeypatch) as trouble:
        leftover = asyncio.run(drop_and_settle())
    record("gc_trio_client_in_asyncio_loop", "trio->asyncio", "; ".join(trouble.all()) or "clean", 1, None, "-")
    assert trouble.all() == []
    assert leftover == []


def test_gc_of_asyncio_client_inside_trio_run(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, record: Recorder
) -> None:
    _serve(server)
    holder = [asyncio.run(_use_async_client(server.base_url))]

    async def drop_and_settle() -> None:
        holder.clear()
        gc.collect()
        await trio.sleep(0.05)

    with _trouble_collector(monkeypatch) as trouble:
        trio.run(drop_and_settle)
    record("gc_asyncio_client_in_trio_run", "asyncio->trio", "; ".join(trouble.all()) or "clean", 1, None, "-")
    assert trouble.all() == []


def test_gc_of_sync_client_closes_its_connections(server: FaultServer, record: Recorder) -> None:
    _serve(server)
    client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0)
    assert client.post("/ok", cast_to=Thing, body={}).id == "ok"
    assert server.open_connections() == 1  # kept alive in the client's pool
    del client
    gc.collect()
    closed = wait_until(lambda: server.open_connections() == 0, timeout=2.0)
    record("gc_sync_client_closes_owned_pool", "sync", "closed" if closed else "left open", 1, None, "<= 2 s")
    assert closed


def test_close_and_context_manager_close_owned_pool(server: FaultServer) -> None:
    _serve(server)
    with openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        client.post("/ok", cast_to=Thing, body={})
        assert server.open_connections() == 1
    assert wait_until(lambda: server.open_connections() == 0, timeout=2.0)


def test_close_closes_a_user_supplied_http_client_and_releases_its_connections(server: FaultServer) -> None:
    # close() closes the underlying HTTP client whoever built it (the official SDK's documented contract);
    # only garbage collection is limited to pools the SDK created.
    import httpx

    _serve(server)
    http_client = httpx.Client()
    client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, http_client=http_client)
    client.post("/ok", cast_to=Thing, body={})
    client.close()
    assert http_client.is_closed
    assert wait_until(lambda: server.open_connections() == 0, timeout=2.0)


async def test_async_context_manager_closes_owned_pool(server: FaultServer, anyio_backend: str) -> None:
    _serve(server)
    async with openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        await client.post("/ok", cast_to=Thing, body={})
        assert server.open_connections() == 1
    assert wait_until(lambda: server.open_connections() == 0, timeout=2.0)
