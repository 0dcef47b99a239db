"""Fixtures for the client/transport core tests: clients wired to an in-process `httpx.MockTransport`.

Async tests run on both asyncio and trio (anyio's plugin, see tests/conftest.py).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Callable, Iterator, Optional, cast

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI

BASE_URL = "https://api.example.test/v1"
API_KEY = "sk-test-secret-key-123"

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Tests must not depend on the developer's shell.
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_ADMIN_KEY",
        "OPENAI_ORG_ID",
        "OPENAI_PROJECT_ID",
        "OPENAI_WEBHOOK_SECRET",
        "OPENAI_BASE_URL",
        "OPENAI_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    yield


class Recorder:
    """A scripted server: answers requests with the given responses in order (the last one repeats)."""

    def __init__(self, *responses: Any) -> None:
        self.requests: List[httpx.Request] = []
        self._responses: List[Any] = list(responses) or [httpx.Response(200, json={"ok": True})]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        index = min(len(self.requests) - 1, len(self._responses) - 1)
        answer = self._responses[index]
        if isinstance(answer, BaseException):
            raise answer
        if callable(answer):
            return cast(httpx.Response, answer(request))
        assert isinstance(answer, httpx.Response)
        # A fresh copy each time: a Response object can only be consumed once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class AsyncRecorder(Recorder):
    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def make_client(recorder: Recorder, **kwargs: Any) -> OpenAI:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    client = OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]  # no real waiting in unit tests
    return client


def make_async_client(recorder: Recorder, **kwargs: Any) -> AsyncOpenAI:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    client = AsyncOpenAI(http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **kwargs)

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep  # type: ignore[method-assign]
    return client


def sent_headers(request: httpx.Request) -> Dict[str, str]:
    return dict(request.headers)


def json_response(status: int, body: Optional[Any] = None, headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(status, json=body if body is not None else {}, headers=headers)
