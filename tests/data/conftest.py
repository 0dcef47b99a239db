"""Fixtures for the data-core tests: real clients over `httpx.MockTransport`, sync and async.

`make_client(handler)` / `make_async_client(handler)` build an `OpenAI` / `AsyncOpenAI` whose every
request goes to `handler(request) -> httpx.Response`; retries are off so each test sees one exchange.
Async tests run on asyncio and trio.
"""

from __future__ import annotations

from typing import Callable, Iterator, AsyncIterator

import httpx
import pytest

import openai

Handler = Callable[[httpx.Request], httpx.Response]
BASE_URL = "http://api.test/v1"


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(handler: Handler, **kwargs: object) -> openai.OpenAI:
    options: dict[str, object] = {"max_retries": 0, **kwargs}
    return openai.OpenAI(
        api_key="sk-test",
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **options,  # type: ignore[arg-type]
    )


def make_async_client(handler: Handler, **kwargs: object) -> openai.AsyncOpenAI:
    options: dict[str, object] = {"max_retries": 0, **kwargs}
    return openai.AsyncOpenAI(
        api_key="sk-test",
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        **options,  # type: ignore[arg-type]
    )


class ChunkedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in the given chunks, optionally failing with `error` after them.

    Records whether the body was closed, so tests can prove a connection was released.
    """

    def __init__(self, chunks: list[bytes], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error
        self.closed = False
        self.chunks_sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.chunks_sent += 1
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.chunks_sent += 1
            yield chunk
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_response(stream: ChunkedStream, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream", "x-request-id": "req_stream", **(headers or {})},
        stream=stream,
    )
