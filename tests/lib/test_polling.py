"""Poll helpers against a fake server that moves objects through their states."""

from __future__ import annotations

import time
import hashlib
import threading
from typing import List
from pathlib import Path

import anyio
import httpx
import pytest

import openai
from openai.lib._polling import PollingTimeoutError

from . import _objects as obj
from .conftest import BASE_URL, FakeAPI, body_of, json_response

# ---------------------------------------------------------------------------------------------------
# videos: the shared loop's behaviour (interval sources, terminal states, deadline, errors)


def test_video_poll_until_completed_uses_the_servers_poll_after_header(
    api: FakeAPI, client: openai.OpenAI, sleeps: List[float]
) -> None:
    api.sequence(
        "GET",
        "/videos/video_123",
        [
            json_response(obj.video("queued"), headers={"openai-poll-after-ms": "250"}),
            json_response(obj.video("in_progress", progress=50), headers={"openai-poll-after-ms": "400"}),
            json_response(obj.video("completed", progress=100)),
        ],
    )
    video = client.videos.poll("video_123", poll_interval_ms=10_000)

    assert video.status == "completed" and video.progress == 100
    assert sleeps == [0.25, 0.4]  # the header wins over poll_interval_ms
    polls = api.calls("GET", "/videos/video_123")
    assert len(polls) == 3
    assert polls[0].headers["X-Stainless-Poll-Helper"] == "true"
    assert polls[0].headers["X-Stainless-Custom-Poll-Interval"] == "10000"


def test_video_poll_falls_back_to_poll_interval_then_default(
    api: FakeAPI, client: openai.OpenAI, sleeps: List[float]
) -> None:
    api.sequence("GET", "/videos/video_123", [json_response(obj.video("queued")), json_response(obj.video("failed"))])
    assert client.videos.poll("video_123", poll_interval_ms=30).status == "failed"
    assert client.videos.poll("video_123").status == "failed"  # already terminal: no sleep at all
    assert sleeps == [0.03]

    api.sequence(
        "GET",
        "/videos/video_9",
        [json_response(obj.video("queued", id="video_9")), json_response(obj.video("completed", id="video_9"))],
    )
    client.videos.poll("video_9")
    assert sleeps[-1] == 1.0  # neither header nor poll_interval_ms: one second
    assert "X-Stainless-Custom-Poll-Interval" not in api.calls("GET", "/videos/video_9")[0].headers


def test_video_create_and_poll_sends_the_create_body(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    api.route("POST", "/videos", lambda r: json_response(obj.video("queued")))
    api.sequence(
        "GET", "/videos/video_123", [json_response(obj.video("in_progress")), json_response(obj.video("completed"))]
    )

    video = client.videos.create_and_poll(prompt="a cat", seconds="4", poll_interval_ms=5)

    assert video.status == "completed"
    create = api.calls("POST", "/videos")[0]
    assert b"a cat" in create.content  # the prompt went out with the create request
    assert len(api.calls("GET", "/videos/video_123")) == 2


def test_max_wait_seconds_raises_naming_object_and_status(
    api: FakeAPI, client: openai.OpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.route("GET", "/videos/video_123", lambda r: json_response(obj.video("in_progress", progress=42)))
    with pytest.raises(PollingTimeoutError) as info:
        client.videos.poll("video_123", poll_interval_ms=20, max_wait_seconds=0.1)

    err = info.value
    assert isinstance(err, openai.OpenAIError) and isinstance(err, RuntimeError)
    assert "video video_123" in str(err) and "'in_progress'" in str(err)
    assert err.last_status == "in_progress" and err.object is not None
    assert 2 <= len(api.calls("GET", "/videos/video_123")) <= 10


def test_poll_surfaces_api_errors_as_typed_exceptions(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("GET", "/videos/nope", lambda r: json_response({"error": {"message": "No such video"}}, 404))
    with pytest.raises(openai.NotFoundError):
        client.videos.poll("nope")


async def test_async_video_poll(api: FakeAPI, async_client: openai.AsyncOpenAI, sleeps: List[float]) -> None:
    api.sequence(
        "GET",
        "/videos/video_123",
        [
            json_response(obj.video("queued"), headers={"openai-poll-after-ms": "5"}),
            json_response(obj.video("completed")),
        ],
    )
    video = await async_client.videos.poll("video_123")
    assert video.status == "completed"
    assert sleeps == [0.005]


async def test_async_max_wait_seconds(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("GET", "/videos/video_123", lambda r: json_response(obj.video("queued")))
    with pytest.raises(PollingTimeoutError, match="video video_123.*'queued'"):
        await async_client.videos.poll("video_123", poll_interval_ms=10, max_wait_seconds=0.05)


# ---------------------------------------------------------------------------------------------------
# vector store files and batches


def test_vector_store_file_create_and_poll(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    api.route("POST", "/vector_stores/vs_1/files", lambda r: json_response(obj.vector_store_file("in_progress")))
    api.sequence(
        "GET",
        "/vector_stores/vs_1/files/file-abc",
        [json_response(obj.vector_store_file("in_progress")), json_response(obj.vector_store_file("completed"))],
    )
    result = client.vector_stores.files.create_and_poll("file-abc", vector_store_id="vs_1", poll_interval_ms=1)

    assert result.status == "completed"
    assert body_of(api.calls("POST", "/vector_stores/vs_1/files")[0]) == {"file_id": "file-abc"}


def test_vector_store_file_upload_and_poll(
    api: FakeAPI, client: openai.OpenAI, sleeps: List[float], tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    api.route("POST", "/files", lambda r: json_response(obj.file_object("uploaded", id="file-new")))
    api.route(
        "POST",
        "/vector_stores/vs_1/files",
        lambda r: json_response(obj.vector_store_file("in_progress", id="file-new")),
    )
    api.route(
        "GET",
        "/vector_stores/vs_1/files/file-new",
        lambda r: json_response(obj.vector_store_file("failed", id="file-new")),
    )

    result = client.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=path)

    assert result.status == "failed"  # a terminal state other than completed also ends the wait
    upload = api.calls("POST", "/files")[0]
    assert b'name="purpose"' in upload.content and b"assistants" in upload.content and b"hello" in upload.content
    assert body_of(api.calls("POST", "/vector_stores/vs_1/files")[0])["file_id"] == "file-new"


def test_file_batch_upload_and_poll_uploads_each_file_then_polls(
    api: FakeAPI, client: openai.OpenAI, sleeps: List[float]
) -> None:
    counter = {"n": 0}

    def create_file(request: httpx.Request) -> httpx.Response:
        counter["n"] += 1
        return json_response(obj.file_object("uploaded", id=f"file-{counter['n']}"))

    api.route("POST", "/files", create_file)
    api.route("POST", "/vector_stores/vs_1/file_batches", lambda r: json_response(obj.file_batch("in_progress")))
    api.sequence(
        "GET",
        "/vector_stores/vs_1/file_batches/vsfb_1",
        [json_response(obj.file_batch("in_progress")), json_response(obj.file_batch("completed"))],
    )
    files = [("a.txt", b"a"), ("b.txt", b"b"), ("c.txt", b"c")]
    batch = client.vector_stores.file_batches.upload_and_poll(
        "vs_1", files=files, file_ids=["file-existing"], max_concurrency=2, poll_interval_ms=1
    )

    assert batch.status == "completed"
    assert len(api.calls("POST", "/files")) == 3
    sent = body_of(api.calls("POST", "/vector_stores/vs_1/file_batches")[0])["file_ids"]
    assert sent[0] == "file-existing" and sorted(sent[1:]) == ["file-1", "file-2", "file-3"]


def test_file_batch_upload_and_poll_needs_files(client: openai.OpenAI) -> None:
    with pytest.raises(ValueError, match="No files"):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=[])


async def test_async_file_batch_upload_and_poll(
    api: FakeAPI, async_client: openai.AsyncOpenAI, sleeps: List[float]
) -> None:
    ids = iter(["file-1", "file-2"])
    api.route("POST", "/files", lambda r: json_response(obj.file_object("uploaded", id=next(ids))))
    api.route("POST", "/vector_stores/vs_1/file_batches", lambda r: json_response(obj.file_batch("in_progress")))
    api.route("GET", "/vector_stores/vs_1/file_batches/vsfb_1", lambda r: json_response(obj.file_batch("completed")))

    batch = await async_client.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"x", b"y"])

    assert batch.status == "completed"
    sent = body_of(api.calls("POST", "/vector_stores/vs_1/file_batches")[0])["file_ids"]
    assert sent == ["file-1", "file-2"]  # upload order kept


async def test_async_file_batch_upload_error_is_the_typed_error(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("POST", "/files", lambda r: json_response({"error": {"message": "bad file"}}, 400))
    with pytest.raises(openai.BadRequestError):
        await async_client.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"x", b"y", b"z"])
    assert api.calls("POST", "/vector_stores/vs_1/file_batches") == []


async def test_async_vector_store_file_poll(
    api: FakeAPI, async_client: openai.AsyncOpenAI, sleeps: List[float]
) -> None:
    api.sequence(
        "GET",
        "/vector_stores/vs_1/files/file-abc",
        [json_response(obj.vector_store_file("in_progress")), json_response(obj.vector_store_file("cancelled"))],
    )
    result = await async_client.vector_stores.files.poll("file-abc", vector_store_id="vs_1", poll_interval_ms=2)
    assert result.status == "cancelled"
    assert sleeps == [0.002]


# ---------------------------------------------------------------------------------------------------
# files.wait_for_processing


def test_files_wait_for_processing(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    api.sequence(
        "GET",
        "/files/file-abc",
        [json_response(obj.file_object("uploaded")), json_response(obj.file_object("processed"))],
    )
    assert client.files.wait_for_processing("file-abc", poll_interval=0.5).status == "processed"
    assert sleeps == [0.5]


def test_files_wait_for_processing_gives_up_with_runtime_error(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("GET", "/files/file-abc", lambda r: json_response(obj.file_object("uploaded")))
    with pytest.raises(RuntimeError, match="file file-abc"):
        client.files.wait_for_processing("file-abc", poll_interval=0.01, max_wait_seconds=0.05)


# ---------------------------------------------------------------------------------------------------
# runs and threads


def test_run_create_and_poll_stops_at_requires_action(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    action = {
        "type": "submit_tool_outputs",
        "submit_tool_outputs": {
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]
        },
    }
    api.route("POST", "/threads/thread_1/runs", lambda r: json_response(obj.run("queued")))
    api.sequence(
        "GET",
        "/threads/thread_1/runs/run_1",
        [json_response(obj.run("in_progress")), json_response(obj.run("requires_action", required_action=action))],
    )
    run = client.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1", poll_interval_ms=1)

    assert run.status == "requires_action"
    assert run.required_action is not None
    assert run.required_action.submit_tool_outputs.tool_calls[0].id == "call_1"
    create = api.calls("POST", "/threads/thread_1/runs")[0]
    assert body_of(create) == {"assistant_id": "asst_1"}
    assert create.headers["OpenAI-Beta"] == "assistants=v2"


def test_submit_tool_outputs_and_poll(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    api.route("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs", lambda r: json_response(obj.run("queued")))
    api.sequence(
        "GET",
        "/threads/thread_1/runs/run_1",
        [json_response(obj.run("in_progress")), json_response(obj.run("completed"))],
    )
    run = client.beta.threads.runs.submit_tool_outputs_and_poll(
        tool_outputs=[{"tool_call_id": "call_1", "output": "42"}], run_id="run_1", thread_id="thread_1"
    )
    assert run.status == "completed"
    sent = body_of(api.calls("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs")[0])
    assert sent["tool_outputs"] == [{"tool_call_id": "call_1", "output": "42"}]
    assert sent.get("stream") in (None, False)


def test_run_poll_keeps_callers_extra_headers(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    api.route("GET", "/threads/thread_1/runs/run_1", lambda r: json_response(obj.run("expired")))
    run = client.beta.threads.runs.poll("run_1", "thread_1", extra_headers={"X-Trace": "t-1"})
    assert run.status == "expired"
    sent = api.calls("GET", "/threads/thread_1/runs/run_1")[0].headers
    assert sent["X-Trace"] == "t-1" and sent["X-Stainless-Poll-Helper"] == "true"


async def test_async_create_and_run_poll(api: FakeAPI, async_client: openai.AsyncOpenAI, sleeps: List[float]) -> None:
    api.route("POST", "/threads/runs", lambda r: json_response(obj.run("queued", thread_id="thread_9")))
    api.sequence(
        "GET",
        "/threads/thread_9/runs/run_1",
        [
            json_response(obj.run("in_progress", thread_id="thread_9")),
            json_response(obj.run("failed", thread_id="thread_9")),
        ],
    )
    run = await async_client.beta.threads.create_and_run_poll(
        assistant_id="asst_1", thread={"messages": [{"role": "user", "content": "hi"}]}, poll_interval_ms=3
    )
    assert run.status == "failed" and run.thread_id == "thread_9"
    assert sleeps == [0.003]
    assert body_of(api.calls("POST", "/threads/runs")[0])["thread"]["messages"][0]["content"] == "hi"


async def test_async_run_max_wait_seconds_names_the_run(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("GET", "/threads/thread_1/runs/run_1", lambda r: json_response(obj.run("in_progress")))
    with pytest.raises(PollingTimeoutError, match=r"run run_1 \(thread thread_1\).*'in_progress'"):
        await async_client.beta.threads.runs.poll("run_1", "thread_1", poll_interval_ms=10, max_wait_seconds=0.05)


# ---------------------------------------------------------------------------------------------------
# uploads.upload_file_chunked


def _upload_routes(api: FakeAPI) -> List[bytes]:
    parts: List[bytes] = []

    def add_part(request: httpx.Request) -> httpx.Response:
        parts.append(request.content)
        n = len(parts)
        return json_response({"id": f"part_{n}", "object": "upload.part", "created_at": 1, "upload_id": "upload_1"})

    api.route("POST", "/uploads", lambda r: json_response(obj.upload("pending", bytes=body_of(r)["bytes"])))
    api.route("POST", "/uploads/upload_1/parts", add_part)
    api.route("POST", "/uploads/upload_1/complete", lambda r: json_response(obj.upload("completed")))
    return parts


def test_upload_file_chunked_from_path(api: FakeAPI, client: openai.OpenAI, tmp_path: Path) -> None:
    data = b"0123456789" * 3 + b"xy"  # 32 bytes -> parts of 10, 10, 10, 2
    path = tmp_path / "train.jsonl"
    path.write_bytes(data)
    parts = _upload_routes(api)

    result = client.uploads.upload_file_chunked(file=path, mime_type="text/jsonl", purpose="fine-tune", part_size=10)

    assert result.status == "completed"
    assert body_of(api.calls("POST", "/uploads")[0]) == {
        "bytes": 32,
        "filename": "train.jsonl",
        "mime_type": "text/jsonl",
        "purpose": "fine-tune",
    }
    assert len(parts) == 4
    assert all(chunk in part for chunk, part in zip([data[0:10], data[10:20], data[20:30], data[30:]], parts))
    complete = body_of(api.calls("POST", "/uploads/upload_1/complete")[0])
    assert complete["part_ids"] == ["part_1", "part_2", "part_3", "part_4"]  # in file order
    assert complete["md5"] == hashlib.md5(data).hexdigest()


async def test_async_upload_file_chunked_from_bytes(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    parts = _upload_routes(api)
    result = await async_client.uploads.upload_file_chunked(
        file=b"abcdef", filename="x.bin", bytes=6, mime_type="application/octet-stream", purpose="batch", md5="given"
    )
    assert result.status == "completed"
    assert len(parts) == 1
    assert body_of(api.calls("POST", "/uploads/upload_1/complete")[0]) == {"part_ids": ["part_1"], "md5": "given"}


def test_upload_file_chunked_needs_a_filename_for_bytes(client: openai.OpenAI) -> None:
    with pytest.raises(TypeError, match="filename"):
        client.uploads.upload_file_chunked(file=b"abc", mime_type="text/plain", purpose="batch", bytes=3)  # type: ignore[call-overload]


def test_vector_store_file_upload_does_not_poll(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/files", lambda r: json_response(obj.file_object("uploaded", id="file-up")))
    api.route(
        "POST", "/vector_stores/vs_1/files", lambda r: json_response(obj.vector_store_file("in_progress", id="file-up"))
    )
    result = client.vector_stores.files.upload(vector_store_id="vs_1", file=("notes.md", b"# hi"))
    assert result.status == "in_progress" and result.id == "file-up"
    assert api.calls("GET", "/vector_stores/vs_1/files/file-up") == []
    assert body_of(api.calls("POST", "/vector_stores/vs_1/files")[0]) == {"file_id": "file-up"}


class _ConcurrencyProbe:
    """Counts how many file uploads are in flight at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.count = 0

    def enter(self) -> int:
        with self.lock:
            self.active += 1
            self.count += 1
            self.peak = max(self.peak, self.active)
            return self.count

    def leave(self) -> None:
        with self.lock:
            self.active -= 1


def test_file_batch_upload_concurrency_is_bounded(api: FakeAPI, client: openai.OpenAI, sleeps: List[float]) -> None:
    probe = _ConcurrencyProbe()

    def create_file(request: httpx.Request) -> httpx.Response:
        n = probe.enter()
        time.sleep(0.03)  # keep the upload in flight so that others overlap with it
        probe.leave()
        return json_response(obj.file_object("uploaded", id=f"file-{n}"))

    api.route("POST", "/files", create_file)
    api.route("POST", "/vector_stores/vs_1/file_batches", lambda r: json_response(obj.file_batch("completed")))
    api.route("GET", "/vector_stores/vs_1/file_batches/vsfb_1", lambda r: json_response(obj.file_batch("completed")))

    client.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"x"] * 8, max_concurrency=3)

    assert probe.count == 8
    assert 2 <= probe.peak <= 3


async def test_async_file_batch_upload_concurrency_is_bounded(api: FakeAPI) -> None:
    probe = _ConcurrencyProbe()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/files":
            n = probe.enter()
            await anyio.sleep(0.02)
            probe.leave()
            return json_response(obj.file_object("uploaded", id=f"file-{n}"))
        return api.handle(request)

    api.route("POST", "/vector_stores/vs_1/file_batches", lambda r: json_response(obj.file_batch("completed")))
    api.route("GET", "/vector_stores/vs_1/file_batches/vsfb_1", lambda r: json_response(obj.file_batch("completed")))
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with openai.AsyncOpenAI(api_key="sk-test", base_url=BASE_URL, max_retries=0, http_client=http_client) as c:
        batch = await c.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"y"] * 7, max_concurrency=2)

    assert batch.status == "completed"
    assert probe.count == 7 and probe.peak == 2
    assert len(body_of(api.calls("POST", "/vector_stores/vs_1/file_batches")[0])["file_ids"]) == 7


async def test_async_create_and_poll_helpers(
    api: FakeAPI, async_client: openai.AsyncOpenAI, sleeps: List[float], tmp_path: Path
) -> None:
    api.route("POST", "/videos", lambda r: json_response(obj.video("queued")))
    api.sequence(
        "GET", "/videos/video_123", [json_response(obj.video("in_progress")), json_response(obj.video("completed"))]
    )
    api.route("POST", "/threads/thread_1/runs", lambda r: json_response(obj.run("queued")))
    api.route("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs", lambda r: json_response(obj.run("queued")))
    api.sequence(
        "GET",
        "/threads/thread_1/runs/run_1",
        [json_response(obj.run("in_progress")), json_response(obj.run("completed"))],
    )
    api.route("POST", "/files", lambda r: json_response(obj.file_object("uploaded", id="file-a")))
    api.sequence(
        "GET",
        "/files/file-a",
        [json_response(obj.file_object("uploaded", id="file-a")), json_response(obj.file_object("error", id="file-a"))],
    )
    api.route(
        "POST", "/vector_stores/vs_1/files", lambda r: json_response(obj.vector_store_file("in_progress", id="file-a"))
    )
    api.route(
        "GET",
        "/vector_stores/vs_1/files/file-a",
        lambda r: json_response(obj.vector_store_file("completed", id="file-a")),
    )
    path = tmp_path / "doc.txt"
    path.write_bytes(b"doc")

    video = await async_client.videos.create_and_poll(prompt="waves", poll_interval_ms=1)
    run = await async_client.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1")
    submitted = await async_client.beta.threads.runs.submit_tool_outputs_and_poll(
        thread_id="thread_1", run_id="run_1", tool_outputs=[{"tool_call_id": "c", "output": "1"}]
    )
    processed = await async_client.files.wait_for_processing("file-a", poll_interval=0.001)
    indexed = await async_client.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=path)

    assert video.status == "completed"
    assert run.status == "completed" and len(api.calls("GET", "/threads/thread_1/runs/run_1")) == 3
    assert submitted.status == "completed"
    assert processed.status == "error"  # a failed processing ends the wait too
    assert indexed.status == "completed" and indexed.id == "file-a"
    assert b"doc" in api.calls("POST", "/files")[0].content
