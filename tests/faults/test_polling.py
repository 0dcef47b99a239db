"""Poll helpers never loop without end: `max_wait_seconds` bounds them, and the error says what they waited for.

The loopback server keeps a video `in_progress` forever; one variant also asks the client (with
`openai-poll-after-ms`) to come back in ten minutes, which the deadline must cut short.
"""

from __future__ import annotations

import time
from typing import Any, Optional

import pytest

import openai

from ._server import FaultServer, json_ok
from ._support import thread_snapshot, assert_no_new_threads
from .conftest import Recorder

API_KEY = "sk-faults-polling-0123456789"
MAX_WAIT = 0.6
SLACK = 2.0
VIDEO = {"id": "video_stuck", "object": "video", "status": "in_progress", "progress": 42, "created_at": 1}


def _route(server: FaultServer, poll_after_ms: Optional[str]) -> None:
    headers = [("openai-poll-after-ms", poll_after_ms)] if poll_after_ms else None
    server.route("/v1/videos/video_stuck", json_ok(VIDEO, headers))


def _videos(client: Any) -> Any:
    try:
        return client.videos
    except (AttributeError, ImportError) as exc:
        pytest.skip(f"generated videos resource not available yet: {exc}")


def _check(exc: BaseException, elapsed: float, attempts: int, poll_after_ms: Optional[str]) -> None:
    assert isinstance(exc, openai.OpenAIError), repr(exc)
    message = str(exc)
    assert "video_stuck" in message and "in_progress" in message, message  # says what it waited for
    assert MAX_WAIT * 0.9 <= elapsed <= MAX_WAIT + SLACK, elapsed
    if poll_after_ms == "600000":
        assert attempts == 2, attempts  # first look, then the one at the (clipped) deadline
    else:
        assert 3 <= attempts <= int(MAX_WAIT / 0.05) + 2, attempts


@pytest.mark.parametrize("poll_after_ms", [None, "600000"], ids=["interval_50ms", "server_says_10min"])
def test_poll_honours_max_wait_seconds(poll_after_ms: Optional[str], server: FaultServer, record: Recorder) -> None:
    _route(server, poll_after_ms)
    threads = thread_snapshot()
    client = openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0)
    videos = _videos(client)
    start = time.monotonic()
    with pytest.raises(Exception) as info:
        videos.poll("video_stuck", poll_interval_ms=50, max_wait_seconds=MAX_WAIT)
    elapsed = time.monotonic() - start
    attempts = server.hits("/v1/videos/video_stuck")
    client.close()
    record(
        f"poll_max_wait_{'interval' if poll_after_ms is None else 'server_10min'}",
        "sync",
        type(info.value).__name__,
        attempts,
        elapsed,
        f"{MAX_WAIT * 0.9:g}-{MAX_WAIT + SLACK:g} s",
    )
    _check(info.value, elapsed, attempts, poll_after_ms)
    assert_no_new_threads(threads)


@pytest.mark.parametrize("poll_after_ms", [None, "600000"], ids=["interval_50ms", "server_says_10min"])
async def test_poll_honours_max_wait_seconds_async(
    poll_after_ms: Optional[str], server: FaultServer, record: Recorder, anyio_backend: str
) -> None:
    _route(server, poll_after_ms)
    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0)
    videos = _videos(client)
    start = time.monotonic()
    with pytest.raises(Exception) as info:
        await videos.poll("video_stuck", poll_interval_ms=50, max_wait_seconds=MAX_WAIT)
    elapsed = time.monotonic() - start
    attempts = server.hits("/v1/videos/video_stuck")
    await client.close()
    record(
        f"poll_max_wait_{'interval' if poll_after_ms is None else 'server_10min'}",
        anyio_backend,
        type(info.value).__name__,
        attempts,
        elapsed,
        f"{MAX_WAIT * 0.9:g}-{MAX_WAIT + SLACK:g} s",
    )
    _check(info.value, elapsed, attempts, poll_after_ms)
