"""Retry rules: which failures are retried, how often, how long the client waits, what it resends."""

from __future__ import annotations

import time
import email.utils
from typing import Any, List

import httpx
import pytest

from openai import APIStatusError, RateLimitError, APITimeoutError, APIConnectionError, InternalServerError
from openai._request_options import FinalRequestOptions

from .conftest import Recorder, make_client, make_async_client


def record_sleeps(client: Any) -> List[float]:
    sleeps: List[float] = []
    client._sleep = sleeps.append
    return sleeps


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_max_retries_times(status: int) -> None:
    recorder = Recorder(httpx.Response(status, json={"error": {"message": "try again"}}))
    client = make_client(recorder, max_retries=3)
    with pytest.raises(APIStatusError) as info:
        client.get("/models", cast_to=dict)
    assert info.value.status_code == status
    assert len(recorder.requests) == 4
    assert [r.headers["x-stainless-retry-count"] for r in recorder.requests] == ["0", "1", "2", "3"]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    recorder = Recorder(httpx.Response(status, json={"error": {"message": "no"}}))
    client = make_client(recorder)
    with pytest.raises(APIStatusError):
        client.get("/models", cast_to=dict)
    assert len(recorder.requests) == 1


def test_success_after_retry_records_retries_taken() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"retry-after-ms": "10"}, json={"error": {"message": "slow down"}}),
        httpx.Response(200, json={"id": "gpt-4o"}),
    )
    client = make_client(recorder)
    sleeps = record_sleeps(client)
    seen: dict[str, Any] = {}
    original = client._process_response

    def spy(**kwargs: Any) -> Any:
        seen.update(kwargs)
        return original(**kwargs)

    client._process_response = spy  # type: ignore[method-assign]
    assert client.get("/models/gpt-4o", cast_to=dict) == {"id": "gpt-4o"}
    assert sleeps == [0.01]
    assert seen["retries_taken"] == 1


def test_retried_request_is_identical_except_the_retry_count() -> None:
    recorder = Recorder(httpx.Response(500), httpx.Response(200, json={}))
    client = make_client(recorder)
    client.post("/chat/completions", cast_to=dict, body={"model": "m", "n": [1, 2]}, options={"params": {"q": "1"}})
    first, second = recorder.requests
    assert first.method == second.method and first.url == second.url and first.content == second.content
    h1, h2 = dict(first.headers), dict(second.headers)
    assert (h1.pop("x-stainless-retry-count"), h2.pop("x-stainless-retry-count")) == ("0", "1")
    assert h1 == h2


def test_max_retries_zero_and_per_request_override() -> None:
    recorder = Recorder(httpx.Response(500))
    client = make_client(recorder, max_retries=0)
    with pytest.raises(InternalServerError):
        client.get("/models", cast_to=dict)
    assert len(recorder.requests) == 1
    with pytest.raises(InternalServerError):
        client.get("/models", cast_to=dict, options={"max_retries": 2})
    assert len(recorder.requests) == 4
    copy = client.with_options(max_retries=1)
    record_sleeps(copy)
    with pytest.raises(InternalServerError):
        copy.get("/models", cast_to=dict)
    assert len(recorder.requests) == 6


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    client = make_client(Recorder(), max_retries=10)
    options = FinalRequestOptions(method="get", url="/x")
    for attempt in range(10):
        remaining = 10 - attempt
        nominal = min(0.5 * 2**attempt, 8.0)
        for _ in range(50):
            delay = client._calculate_retry_timeout(remaining, options, None)
            assert nominal * 0.75 <= delay <= nominal


def test_default_backoff_is_used_between_attempts() -> None:
    recorder = Recorder(httpx.Response(503))
    client = make_client(recorder, max_retries=2)
    sleeps = record_sleeps(client)
    with pytest.raises(InternalServerError):
        client.get("/models", cast_to=dict)
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
    ],
)
def test_retry_after_forms_are_honoured(headers: dict[str, str], expected: float) -> None:
    recorder = Recorder(httpx.Response(429, headers=headers), httpx.Response(200, json={}))
    client = make_client(recorder)
    sleeps = record_sleeps(client)
    client.get("/models", cast_to=dict)
    assert sleeps == [pytest.approx(expected)]


def test_retry_after_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    recorder = Recorder(httpx.Response(503, headers={"retry-after": when}), httpx.Response(200, json={}))
    client = make_client(recorder)
    sleeps = record_sleeps(client)
    client.get("/models", cast_to=dict)
    assert 3.0 <= sleeps[0] <= 5.0


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "61"},
        {"retry-after-ms": "120000"},
        {"retry-after": "0"},
        {"retry-after": "-3"},
        {"retry-after": "soon"},
    ],
)
def test_retry_after_outside_0_to_60_seconds_falls_back_to_backoff(headers: dict[str, str]) -> None:
    recorder = Recorder(httpx.Response(429, headers=headers), httpx.Response(200, json={}))
    client = make_client(recorder)
    sleeps = record_sleeps(client)
    client.get("/models", cast_to=dict)
    assert 0.375 <= sleeps[0] <= 0.5


def test_x_should_retry_header_overrides_the_status_rule() -> None:
    recorder = Recorder(httpx.Response(400, headers={"x-should-retry": "true"}), httpx.Response(200, json={}))
    client = make_client(recorder)
    assert client.get("/models", cast_to=dict) == {}
    assert len(recorder.requests) == 2

    recorder = Recorder(httpx.Response(429, headers={"x-should-retry": "false"}))
    client = make_client(recorder)
    with pytest.raises(RateLimitError):
        client.get("/models", cast_to=dict)
    assert len(recorder.requests) == 1


def test_connection_errors_are_retried_then_raised_as_api_connection_error() -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    client = make_client(recorder, max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        client.get("/models", cast_to=dict)
    assert type(info.value) is APIConnectionError
    assert info.value.message == "Connection error."
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(recorder.requests) == 3


def test_timeouts_are_retried_then_raised_as_api_timeout_error() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    client = make_client(recorder, max_retries=1)
    with pytest.raises(APITimeoutError) as info:
        client.get("/models", cast_to=dict)
    assert info.value.message == "Request timed out."
    assert len(recorder.requests) == 2


def test_a_connection_error_then_success() -> None:
    recorder = Recorder(httpx.RemoteProtocolError("reset"), httpx.Response(200, json={"ok": 1}))
    client = make_client(recorder)
    assert client.get("/models", cast_to=dict) == {"ok": 1}


class _BrokenBody(httpx.SyncByteStream):
    def __iter__(self) -> Any:
        yield b'{"partial": '
        raise httpx.ReadError("connection reset mid-body")


def test_a_truncated_body_is_retried_and_ends_as_connection_error() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, stream=_BrokenBody()))
    client = make_client(recorder, max_retries=1)
    with pytest.raises(APIConnectionError):
        client.get("/models", cast_to=dict)
    assert len(recorder.requests) == 2


# ---- async twins -------------------------------------------------------------------------------------------


async def test_async_retries_and_backoff(anyio_backend: str) -> None:
    recorder = Recorder(
        httpx.Response(503), httpx.Response(429, headers={"retry-after": "2"}), httpx.Response(200, json={"ok": True})
    )
    client = make_async_client(recorder)
    sleeps: List[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = fake_sleep  # type: ignore[method-assign]
    assert await client.get("/models", cast_to=dict) == {"ok": True}
    assert [r.headers["x-stainless-retry-count"] for r in recorder.requests] == ["0", "1", "2"]
    assert 0.375 <= sleeps[0] <= 0.5 and sleeps[1] == 2.0


async def test_async_connection_and_timeout_errors(anyio_backend: str) -> None:
    client = make_async_client(Recorder(httpx.ConnectError("refused")), max_retries=1)
    with pytest.raises(APIConnectionError):
        await client.get("/models", cast_to=dict)
    recorder = Recorder(httpx.ReadTimeout("slow"))
    client = make_async_client(recorder, max_retries=0)
    with pytest.raises(APITimeoutError):
        await client.get("/models", cast_to=dict)
    assert len(recorder.requests) == 1


async def test_async_status_error_not_retried(anyio_backend: str) -> None:
    recorder = Recorder(httpx.Response(404, json={"error": {"message": "gone"}}))
    client = make_async_client(recorder)
    with pytest.raises(APIStatusError) as info:
        await client.get("/models/x", cast_to=dict)
    assert info.value.status_code == 404
    assert len(recorder.requests) == 1


async def test_async_sleep_really_waits_with_anyio(anyio_backend: str) -> None:
    import anyio

    recorder = Recorder(httpx.Response(429, headers={"retry-after-ms": "50"}), httpx.Response(200, json={}))
    from openai import AsyncOpenAI

    client = AsyncOpenAI(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
    start = anyio.current_time()
    await client.get("/models", cast_to=dict)
    assert anyio.current_time() - start >= 0.045


def test_unlimited_retries_with_math_inf_back_off_from_the_start() -> None:
    import math

    recorder = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"ok": True}))
    client = make_client(recorder, max_retries=math.inf)
    sleeps = record_sleeps(client)
    assert client.get("/models", cast_to=dict) == {"ok": True}
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0
