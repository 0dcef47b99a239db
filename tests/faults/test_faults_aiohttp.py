"""The fault cases over the aiohttp backend (`AsyncOpenAI(http_client=DefaultAioHttpClient())`, asyncio only).

A different transport raises different exceptions; the SDK must still surface the same typed
errors, attempts and bounds. The pool is aiohttp's own, so the pool check here is that the
connector holds no acquired connection afterwards.
"""

from __future__ import annotations

import time
from typing import Any, List, Optional

import pytest

import openai

from ._cases import CASES, CASE_IDS, Case, verify, outcome_of
from ._server import FaultServer
from .conftest import Recorder
from .test_faults_async import _call

API_KEY = "sk-faults-aiohttp-0123456789"

pytest.importorskip("httpx_aiohttp")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # aiohttp runs on asyncio only


def _acquired(http_client: Any) -> int:
    """Connections aiohttp's connector has handed out and not got back."""
    session = getattr(http_client._transport, "client", None) or getattr(http_client._transport, "_client", None)
    connector = getattr(session, "connector", None)
    if connector is None:
        return 0  # the session was never opened: nothing could be held
    return len(connector._acquired)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
async def test_fault_aiohttp(case: Case, server: FaultServer, record: Recorder, anyio_backend: str) -> None:
    case.prepare()
    server.route("/v1" + case.path, case.handler)
    async with openai.DefaultAioHttpClient() as http_client:
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
        record(case.name, "aiohttp", outcome_of(result, error), attempts, elapsed, case.bound_text())

        verify(case, result, error, items, attempts, elapsed)
        assert _acquired(http_client) == 0
