"""Timeouts and retries against real sockets on 127.0.0.1 (every loop bounded in count and time)."""

from __future__ import annotations

import time
import socket
import threading
from typing import List, Iterator

import anyio
import pytest

from openai import OpenAI, AsyncOpenAI, APITimeoutError, APIConnectionError


class StallingServer:
    """Accepts connections, reads the request, never answers (until stopped)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._conns: List[socket.socket] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        deadline = time.monotonic() + 60
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            self.accepted += 1
            self._conns.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self._conns:
            conn.close()
        self.sock.close()


@pytest.fixture
def stalling_server() -> Iterator[StallingServer]:
    server = StallingServer()
    yield server
    server.close()


def test_timeout_applies_per_attempt_and_bounds_the_call(stalling_server: StallingServer) -> None:
    client = OpenAI(api_key="sk-x", base_url=f"http://127.0.0.1:{stalling_server.port}/v1", timeout=0.3, max_retries=2)
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.get("/models", cast_to=dict)
    elapsed = time.monotonic() - start
    # 3 attempts x 0.3 s + backoff (<= 0.5 + 1.0 s); generous slack for a busy machine.
    assert 0.9 <= elapsed < 2.4 + 3.0
    assert stalling_server.accepted >= 1
    client.close()


async def test_async_timeout_per_attempt(stalling_server: StallingServer, anyio_backend: str) -> None:
    client = AsyncOpenAI(
        api_key="sk-x", base_url=f"http://127.0.0.1:{stalling_server.port}/v1", timeout=0.3, max_retries=1
    )
    start = anyio.current_time()
    with pytest.raises(APITimeoutError):
        await client.get("/models", cast_to=dict)
    elapsed = anyio.current_time() - start
    assert 0.6 <= elapsed < 1.1 + 3.0
    await client.close()


def test_refused_connection_is_an_api_connection_error() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there any more
    with OpenAI(api_key="sk-x", base_url=f"http://127.0.0.1:{port}/v1", max_retries=1) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        with pytest.raises(APIConnectionError) as info:
            client.get("/models", cast_to=dict)
    assert not isinstance(info.value, APITimeoutError)
