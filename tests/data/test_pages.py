"""Pagination: every page class, lazy auto-iteration, and request options carried to the next page."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import httpx
import pytest

from openai._models import BaseModel
from openai.pagination import (
    SyncPage,
    AsyncPage,
    SyncCursorPage,
    AsyncCursorPage,
    SyncNextCursorPage,
    AsyncNextCursorPage,
    SyncConversationCursorPage,
    AsyncConversationCursorPage,
)
from openai._base_client import make_request_options

from .conftest import make_client, make_async_client

pytestmark = pytest.mark.filterwarnings("ignore:Async generator .* was garbage collected:ResourceWarning")


class Item(BaseModel):
    id: Optional[str] = None
    n: int


class PagedServer:
    """Serves `pages` (lists of items) with the cursor style given; records every request."""

    def __init__(self, pages: List[List[Dict[str, Any]]], style: str) -> None:
        self.pages = pages
        self.style = style
        self.requests: List[httpx.Request] = []

    def page_index(self, request: httpx.Request) -> int:
        after = request.url.params.get("after")
        if after is None:
            return 0
        if self.style == "next":
            return int(after.removeprefix("cursor-"))
        for index, page in enumerate(self.pages):
            if page and page[-1]["id"] == after:
                return index + 1
        raise AssertionError(f"unknown cursor {after}")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = self.page_index(request)
        data = self.pages[index]
        has_more = index + 1 < len(self.pages)
        body: Dict[str, Any] = {"object": "list", "data": data, "has_more": has_more}
        if self.style == "conversation":
            body["last_id"] = data[-1]["id"] if data else None
        if self.style == "next":
            body["next"] = f"cursor-{index + 1}" if has_more else None
        return httpx.Response(200, json=body, headers={"x-request-id": f"req_{index}"})


PAGES = [[{"id": "a", "n": 1}, {"id": "b", "n": 2}], [{"id": "c", "n": 3}], [{"id": "d", "n": 4}]]

SYNC_CASES: List[tuple[Any, str]] = [
    (SyncCursorPage, "cursor"),
    (SyncConversationCursorPage, "conversation"),
    (SyncNextCursorPage, "next"),
]
ASYNC_CASES: List[tuple[Any, str]] = [
    (AsyncCursorPage, "cursor"),
    (AsyncConversationCursorPage, "conversation"),
    (AsyncNextCursorPage, "next"),
]


def list_options() -> Any:
    return make_request_options(extra_headers={"X-Trace": "t1"}, query={"limit": 2, "order": "asc"}, timeout=12.5)


@pytest.mark.parametrize(("page_cls", "style"), SYNC_CASES)
def test_sync_cursor_pages_walk_every_item_lazily(page_cls: Any, style: str) -> None:
    server = PagedServer(PAGES, style)
    client = make_client(server)
    page = client.get_api_list("/items", model=Item, page=page_cls[Item], options=list_options())
    assert [i.id for i in page.data] == ["a", "b"]
    assert len(server.requests) == 1
    assert page.has_next_page()
    assert page.next_page_info() is not None
    assert page._request_id == "req_0"

    ids = []
    for item in page:
        assert isinstance(item, Item)
        ids.append(item.id)
        if item.id == "b":
            assert len(server.requests) == 1  # the second page is fetched only when needed
    assert ids == ["a", "b", "c", "d"]
    assert len(server.requests) == 3

    # The next pages keep the original request's headers, query and timeout.
    for request in server.requests[1:]:
        assert request.headers["X-Trace"] == "t1"
        assert request.url.params["limit"] == "2" and request.url.params["order"] == "asc"
        assert request.headers["x-stainless-read-timeout"] == "12.5"
    assert [r.url.params.get("after") for r in server.requests] == (
        [None, "cursor-1", "cursor-2"] if style == "next" else [None, "b", "c"]
    )


def test_get_next_page_and_iter_pages() -> None:
    client = make_client(PagedServer(PAGES, "cursor"))
    first = client.get_api_list("/items", model=Item, page=SyncCursorPage[Item])
    second = first.get_next_page()
    assert [i.id for i in second.data] == ["c"]
    assert [len(p.data) for p in first.iter_pages()] == [2, 1, 1]
    last = second.get_next_page()
    assert not last.has_next_page()
    assert last.next_page_info() is not None  # a cursor exists, but has_more=false ends the walk
    with pytest.raises(RuntimeError, match="No next page"):
        SyncPage[Item].construct(data=[], object="list").get_next_page()


def test_sync_page_is_the_whole_list() -> None:
    server = PagedServer([[{"id": "x", "n": 1}, {"id": "y", "n": 2}]], "cursor")
    page = make_client(server).get_api_list("/models", model=Item, page=SyncPage[Item])
    assert page.object == "list"
    assert not page.has_next_page() and page.next_page_info() is None
    assert [i.id for i in page] == ["x", "y"]
    assert len(server.requests) == 1


def test_cursor_page_stops_on_items_without_id() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [{"n": 1}], "has_more": True})

    page = make_client(handler).get_api_list("/items", model=Item, page=SyncCursorPage[Item])
    assert not page.has_next_page()
    assert [i.n for i in page] == [1]


def test_empty_page_has_no_next() -> None:
    page = make_client(PagedServer([[]], "cursor")).get_api_list("/items", model=Item, page=SyncCursorPage[Item])
    assert not page.has_next_page()
    assert list(page) == []


async def test_async_pages() -> None:
    # One test over the three styles: pytest parametrization does not combine with the anyio backend param here.
    for page_cls, style in ASYNC_CASES:
        await check_async_pages(page_cls, style)


async def check_async_pages(page_cls: Any, style: str) -> None:
    server = PagedServer(PAGES, style)
    client = make_async_client(server)
    paginator = client.get_api_list("/items", model=Item, page=page_cls[Item], options=list_options())
    first = await paginator
    assert isinstance(first, page_cls) and [i.id for i in first.data] == ["a", "b"]
    assert first.has_next_page()
    second = await first.get_next_page()
    assert [i.id for i in second.data] == ["c"]

    server.requests.clear()
    ids = [
        item.id async for item in client.get_api_list("/items", model=Item, page=page_cls[Item], options=list_options())
    ]
    assert ids == ["a", "b", "c", "d"]
    assert len(server.requests) == 3
    assert all(r.headers["X-Trace"] == "t1" and r.url.params["limit"] == "2" for r in server.requests)

    pages = [p async for p in first.iter_pages()]
    assert [len(p.data) for p in pages] == [2, 1, 1]


async def test_async_page_whole_list() -> None:
    server = PagedServer([[{"id": "x", "n": 1}]], "cursor")
    page = await make_async_client(server).get_api_list("/models", model=Item, page=AsyncPage[Item])
    assert [i.id async for i in page] == ["x"]
    assert not page.has_next_page()


def test_page_to_dict_round_trip() -> None:
    page = make_client(PagedServer(PAGES, "cursor")).get_api_list("/items", model=Item, page=SyncCursorPage[Item])
    assert json.loads(page.to_json()) == {"object": "list", "data": PAGES[0], "has_more": True}
