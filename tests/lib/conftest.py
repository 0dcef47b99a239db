"""A local fake of the API for the helper tests: an `httpx.MockTransport` whose routes play state changes.

`FakeAPI` maps `(method, path pattern)` to a handler returning an `httpx.Response` and records every
request, so a test asserts both what was sent and what the helper made of the answers. Clients are
built on it with `max_retries=0` (a failure must surface, not be retried) and sleeps are recorded
instead of slept (`sleeps`), so poll tests check the intervals without waiting for them.
"""

from __future__ import annotations

import re
import json
from typing import Any, Dict, List, Tuple, Callable, Iterator, Optional, AsyncIterator

import httpx
import pytest

import openai
from openai._resource import SyncAPIResource, AsyncAPIResource

BASE_URL = "http://fake.test/v1"
API_KEY = "sk-test-helpers"

Handler = Callable[[httpx.Request], httpx.Response]


def json_response(body: object, status: int = 200, headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def sse_response(events: List[Tuple[Optional[str], object]]) -> httpx.Response:
    """An `text/event-stream` answer: each event as `event:` (when named) plus one `data:` line."""
    chunks: List[bytes] = []
    for name, data in events:
        text = data if isinstance(data, str) else json.dumps(data)
        frame = (f"event: {name}\n" if name else "") + f"data: {text}\n\n"
        chunks.append(frame.encode())
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"".join(chunks))


class FakeAPI:
    def __init__(self) -> None:
        self.routes: List[Tuple[str, "re.Pattern[str]", Handler]] = []
        self.requests: List[httpx.Request] = []

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes.append((method, re.compile(f"^/v1{path}$"), handler))

    def sequence(self, method: str, path: str, responses: List[httpx.Response]) -> None:
        """Answer successive calls with `responses`, repeating the last one."""
        remaining = list(responses)

        def handler(_: httpx.Request) -> httpx.Response:
            return remaining.pop(0) if len(remaining) > 1 else remaining[0]

        self.route(method, path, handler)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for method, pattern, handler in self.routes:
            if method == request.method and pattern.match(request.url.path):
                return handler(request)
        return json_response({"error": {"message": f"no route for {request.method} {request.url.path}"}}, 404)

    def calls(self, method: str, path: str) -> List[httpx.Request]:
        pattern = re.compile(f"^/v1{path}$")
        return [r for r in self.requests if r.method == method and pattern.match(r.url.path)]


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    recorded: List[float] = []

    def fake_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(SyncAPIResource, "_sleep", fake_sleep)
    monkeypatch.setattr(AsyncAPIResource, "_sleep", fake_async_sleep)
    return recorded


@pytest.fixture
def client(api: FakeAPI) -> Iterator[openai.OpenAI]:
    http_client = httpx.Client(transport=httpx.MockTransport(api.handle))
    with openai.OpenAI(api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=http_client) as c:
        yield c


@pytest.fixture
async def async_client(api: FakeAPI) -> AsyncIterator[openai.AsyncOpenAI]:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(api.handle))
    async with openai.AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=http_client) as c:
        yield c
