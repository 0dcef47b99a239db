"""A per-request timeout (via `with_options`) also applies per attempt, on a copy that shares the pool."""

from __future__ import annotations

import time

import httpx
import pytest

import openai

from ._cases import Thing
from ._server import FaultServer, stall_after_headers
from ._support import assert_pool_released
from .conftest import Recorder

API_KEY = "sk-faults-per-request-0123456789"
T = 0.4


def test_with_options_timeout_per_attempt(server: FaultServer, record: Recorder) -> None:
    server.route("/v1/stall", stall_after_headers())
    with httpx.Client() as http_client:
        # The client's own timeout (60 s) would hang the test: only the per-request one may apply.
        client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, timeout=60.0, http_client=http_client)
        start = time.monotonic()
        with pytest.raises(openai.APITimeoutError):
            client.with_options(timeout=T, max_retries=1).post("/stall", cast_to=Thing, body={})
        elapsed = time.monotonic() - start
        attempts = server.hits("/v1/stall")
        record("with_options_timeout_per_attempt", "sync", "APITimeoutError", attempts, elapsed, "0.72-3.3 s")
        assert attempts == 2
        assert 2 * T * 0.9 <= elapsed <= 2 * T + 0.5 + 2.0
        assert_pool_released(http_client)


async def test_with_options_timeout_per_attempt_async(
    server: FaultServer, record: Recorder, anyio_backend: str
) -> None:
    server.route("/v1/stall", stall_after_headers())
    async with httpx.AsyncClient() as http_client:
        client = openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, timeout=60.0, http_client=http_client)
        start = time.monotonic()
        with pytest.raises(openai.APITimeoutError):
            await client.with_options(timeout=T, max_retries=1).post("/stall", cast_to=Thing, body={})
        elapsed = time.monotonic() - start
        attempts = server.hits("/v1/stall")
        record("with_options_timeout_per_attempt", anyio_backend, "APITimeoutError", attempts, elapsed, "0.72-3.3 s")
        assert attempts == 2
        assert 2 * T * 0.9 <= elapsed <= 2 * T + 0.5 + 2.0
        assert_pool_released(http_client)
