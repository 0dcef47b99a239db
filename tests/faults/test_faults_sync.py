"""Every fault case against the sync client (`OpenAI` over an `httpx.Client` the test owns)."""

from __future__ import annotations

import time
from typing import Any, List, Optional

import httpx
import pytest

import openai
from openai.pagination import SyncPage

from ._cases import CASES, CASE_IDS, Case, Thing, verify, outcome_of
from ._server import FaultServer
from ._support import thread_snapshot, assert_pool_released, assert_no_new_threads
from .conftest import Recorder

API_KEY = "sk-faults-sync-0123456789"


def _call(client: openai.OpenAI, case: Case, items: List[Any]) -> Any:
    if case.kind == "json":
        return client.post(case.path, cast_to=Thing, body={"input": "x"})
    if case.kind == "page":
        return client.get_api_list(case.path, model=Thing, page=SyncPage[Thing])
    stream = client.post(case.path, cast_to=Thing, body={"stream": True}, stream=True, stream_cls=openai.Stream[Thing])
    with stream:
        for item in stream:
            items.append(item)
    return items


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_fault_sync(case: Case, server: FaultServer, record: Recorder) -> None:
    case.prepare()
    server.route("/v1" + case.path, case.handler)
    baseline = thread_snapshot()
    with httpx.Client() as http_client:
        client = openai.OpenAI(
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
            result = _call(client, case, items)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - start
        attempts = server.hits("/v1" + case.path)
        record(case.name, "sync", outcome_of(result, error), attempts, elapsed, case.bound_text())

        verify(case, result, error, items, attempts, elapsed)
        assert_pool_released(http_client)
    assert_no_new_threads(baseline)
