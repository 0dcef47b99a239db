"""Auto-pagination as the README shows it: iterate a list call for every item, or walk pages by hand."""

from __future__ import annotations

from typing import Any, Dict, List, cast

import httpx
import pytest

from openai.pagination import SyncPage, SyncCursorPage, AsyncCursorPage

from .conftest import Server, file_object, json_answer, sync_client, async_client, model_object


def job(job_id: str) -> Dict[str, Any]:
    return {
        "id": job_id,
        "object": "fine_tuning.job",
        "created_at": 1,
        "model": "gpt-4o-mini",
        "organization_id": "org",
        "result_files": [],
        "status": "succeeded",
        "training_file": "file-1",
        "hyperparameters": {"n_epochs": 1},
        "seed": 1,
        "error": None,
        "fine_tuned_model": None,
        "finished_at": None,
        "trained_tokens": None,
        "validation_file": None,
    }


def pages_of_jobs() -> List[httpx.Response]:
    return [
        json_answer({"object": "list", "data": [job("ftjob-1"), job("ftjob-2")], "has_more": True}),
        json_answer({"object": "list", "data": [job("ftjob-3")], "has_more": False}),
    ]


def test_iterating_a_list_call_fetches_every_page(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = sync_client(server)
    all_jobs = [j.id for j in client.fine_tuning.jobs.list(limit=2)]
    assert all_jobs == ["ftjob-1", "ftjob-2", "ftjob-3"]
    # The next page keeps the caller's arguments and continues after the last id.
    assert [dict(r.url.params) for r in server.requests] == [{"limit": "2"}, {"limit": "2", "after": "ftjob-2"}]


def test_pages_are_fetched_lazily(server: Server) -> None:
    server.script(*pages_of_jobs())
    iterator = iter(sync_client(server).fine_tuning.jobs.list())
    assert next(iterator).id == "ftjob-1"
    assert len(server.requests) == 1
    assert [j.id for j in iterator] == ["ftjob-2", "ftjob-3"]
    assert len(server.requests) == 2


def test_walking_pages_by_hand(server: Server) -> None:
    server.script(*pages_of_jobs())
    first_page = sync_client(server).fine_tuning.jobs.list(limit=2)
    assert isinstance(first_page, SyncCursorPage)
    assert [j.id for j in first_page.data] == ["ftjob-1", "ftjob-2"]
    assert first_page.has_more is True
    assert first_page.has_next_page()
    info = first_page.next_page_info()
    assert info is not None and info.params == {"after": "ftjob-2"}

    next_page = first_page.get_next_page()
    assert [j.id for j in next_page.data] == ["ftjob-3"]
    assert not next_page.has_next_page()


def test_iter_pages_yields_each_page(server: Server) -> None:
    server.script(*pages_of_jobs())
    pages = list(sync_client(server).fine_tuning.jobs.list().iter_pages())
    assert [[j.id for j in page.data] for page in pages] == [["ftjob-1", "ftjob-2"], ["ftjob-3"]]


def test_extra_headers_and_query_follow_onto_next_pages(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = sync_client(server)
    list(client.fine_tuning.jobs.list(extra_headers={"X-Trace": "t"}, extra_query={"tenant": "a"}))
    assert [r.headers.get("X-Trace") for r in server.requests] == ["t", "t"]
    assert [r.url.params.get("tenant") for r in server.requests] == ["a", "a"]


def test_has_more_false_stops_even_with_items(server: Server) -> None:
    server.script(json_answer({"object": "list", "data": [file_object("file-1")], "has_more": False}))
    page = sync_client(server).files.list()
    assert not page.has_next_page()
    assert [f.id for f in page] == ["file-1"]
    assert len(server.requests) == 1


def test_an_empty_page_ends_iteration(server: Server) -> None:
    server.script(json_answer({"object": "list", "data": [], "has_more": True}))
    page = sync_client(server).files.list()
    assert page.data == [] and not page.has_next_page()
    assert list(page) == []


def test_single_page_lists_never_ask_for_more(server: Server) -> None:
    server.script(json_answer({"object": "list", "data": [model_object("gpt-4o"), model_object("o3")]}))
    page = sync_client(server).models.list()
    assert isinstance(page, SyncPage)
    assert page.object == "list"
    assert page.next_page_info() is None and not page.has_next_page()
    assert [m.id for m in page] == ["gpt-4o", "o3"]
    assert len(server.requests) == 1
    with pytest.raises(RuntimeError, match="No next page expected"):
        page.get_next_page()


def test_pages_are_models_with_the_answer_data(server: Server) -> None:
    server.script(json_answer({"object": "list", "data": [file_object("file-1")], "has_more": False, "first_id": "x"}))
    page = sync_client(server).files.list()
    assert cast(Any, page.to_dict())["data"][0]["id"] == "file-1"
    assert page.first_id == "x"  # type: ignore[attr-defined]  # unknown fields kept, like any model


async def test_async_for_walks_every_item(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = async_client(server)
    ids = [j.id async for j in client.fine_tuning.jobs.list(limit=2)]
    assert ids == ["ftjob-1", "ftjob-2", "ftjob-3"]
    assert server.last.url.params["after"] == "ftjob-2"
    await client.close()


async def test_async_pages_by_hand(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = async_client(server)
    first_page = await client.fine_tuning.jobs.list()
    assert isinstance(first_page, AsyncCursorPage)
    assert first_page.has_next_page()
    next_page = await first_page.get_next_page()
    assert [j.id for j in next_page.data] == ["ftjob-3"]

    server.requests.clear()
    server.script(*pages_of_jobs())
    pages = [page async for page in (await client.fine_tuning.jobs.list()).iter_pages()]
    assert len(pages) == 2 and len(server.requests) == 2
    await client.close()


def test_conversation_items_continue_from_last_id(server: Server) -> None:
    item = {"id": "msg_1", "type": "message", "role": "user", "status": "completed", "content": []}
    server.script(
        json_answer({"object": "list", "data": [item], "has_more": True, "first_id": "msg_1", "last_id": "msg_1"}),
        json_answer({"object": "list", "data": [], "has_more": False, "first_id": None, "last_id": None}),
    )
    client = sync_client(server)
    items = list(client.conversations.items.list("conv_1"))
    assert [i.id for i in items] == ["msg_1"]  # type: ignore[union-attr]
    assert server.last.url.params["after"] == "msg_1"
    assert server.last.url.path == "/v1/conversations/conv_1/items"


def test_a_page_from_with_raw_response_still_paginates_into_items(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = sync_client(server)
    response = client.fine_tuning.jobs.with_raw_response.list()
    page = response.parse()
    assert [j.id for j in page] == ["ftjob-1", "ftjob-2", "ftjob-3"]
    # Only the first request asked for a raw response; the next page is an ordinary one.
    assert [r.headers.get("X-Stainless-Raw-Response") for r in server.requests] == ["true", None]


def test_a_page_from_with_streaming_response_still_paginates_into_items(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = sync_client(server)
    with client.fine_tuning.jobs.with_streaming_response.list() as response:
        page = response.parse()
    assert [j.id for j in page] == ["ftjob-1", "ftjob-2", "ftjob-3"]
    assert [r.headers.get("X-Stainless-Raw-Response") for r in server.requests] == ["stream", None]


async def test_async_pages_from_raw_and_streaming_responses_paginate(server: Server) -> None:
    server.script(*pages_of_jobs())
    client = async_client(server)
    page = (await client.fine_tuning.jobs.with_raw_response.list()).parse()
    assert [j.id async for j in page] == ["ftjob-1", "ftjob-2", "ftjob-3"]

    server.script(*pages_of_jobs())
    server.requests.clear()
    async with client.fine_tuning.jobs.with_streaming_response.list() as response:
        streamed_page = await response.parse()
    assert [j.id async for j in streamed_page] == ["ftjob-1", "ftjob-2", "ftjob-3"]
    await client.close()
