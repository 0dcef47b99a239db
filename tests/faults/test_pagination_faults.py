"""Auto-pagination over a connection that fails on page 2: typed error, items of page 1 delivered, bounded retries."""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest

import openai
from openai.pagination import SyncCursorPage, AsyncCursorPage

from ._cases import Thing
from ._server import Exchange, FaultServer, json_ok, reset_before_headers
from ._support import assert_pool_released
from .conftest import Recorder

API_KEY = "sk-faults-pages-0123456789"
PAGE_1 = {"object": "list", "data": [{"id": "a"}, {"id": "b"}], "has_more": True}


def _route(server: FaultServer) -> None:
    first, reset = json_ok(PAGE_1), reset_before_headers()

    def handler(ex: Exchange, index: int) -> None:
        # Page 1 (no cursor) answers; every request for the next page (after=b) is reset.
        (reset if "after=b" in ex.request.target else first)(ex, index)

    server.route("/v1/list", handler)


def test_auto_pagination_reset_on_page_two(server: FaultServer, record: Recorder) -> None:
    _route(server)
    with httpx.Client() as http_client:
        client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=1, http_client=http_client)
        got: List[Any] = []
        with pytest.raises(openai.APIConnectionError):
            for item in client.get_api_list("/list", model=Thing, page=SyncCursorPage[Thing]):
                got.append(item.id)
        attempts = server.hits("/v1/list")
        record("auto_pagination_reset_on_page_two", "sync", "APIConnectionError", attempts, None, "1 + 2 attempts")
        assert got == ["a", "b"]
        assert attempts == 3  # page 1 once, page 2 with one retry
        assert [r.target.endswith("after=b") for r in server.requests("/v1/list")] == [False, True, True]
        assert_pool_released(http_client)


async def test_auto_pagination_reset_on_page_two_async(
    server: FaultServer, record: Recorder, anyio_backend: str
) -> None:
    _route(server)
    async with httpx.AsyncClient() as http_client:
        client = openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=1, http_client=http_client)
        got: List[Any] = []
        with pytest.raises(openai.APIConnectionError):
            async for item in client.get_api_list("/list", model=Thing, page=AsyncCursorPage[Thing]):
                got.append(item.id)
        attempts = server.hits("/v1/list")
        record(
            "auto_pagination_reset_on_page_two", anyio_backend, "APIConnectionError", attempts, None, "1 + 2 attempts"
        )
        assert got == ["a", "b"]
        assert attempts == 3
        assert_pool_released(http_client)
