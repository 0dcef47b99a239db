"""Shared helpers of the fault suite: pool inspection, leak checks, and the report collector.

The pool checks read httpx's transport -> httpcore pool, the only place that knows whether a
connection is still checked out (`_requests` holds every request that owns or waits for a
connection; a connection that is neither idle nor closed is serving a response nobody closed).
"""

from __future__ import annotations

import time
import threading
from typing import Any, Callable, Optional
from dataclasses import dataclass

import httpx

__all__ = [
    "Row",
    "ROWS",
    "checked_out",
    "assert_pool_released",
    "assert_no_new_threads",
    "thread_snapshot",
    "wait_until",
]

# Threads that are idle pool workers or belong to the test server, not leaks of the code under test.
_IGNORED_THREAD_PREFIXES = (
    "faults-server",
    "asyncio_",
    "ThreadPoolExecutor-",
    "AnyIO worker thread",
    "Trio thread",
    "Dummy-",
)


@dataclass
class Row:
    """One line of the report table (tests/faults/README.md)."""

    nodeid: str
    case: str
    mode: str
    outcome: str
    attempts: Optional[int]
    elapsed: Optional[float]  # None for checks that are not timed
    bound: str


ROWS: list[Row] = []


def _pool(http_client: httpx.Client | httpx.AsyncClient) -> Any:
    transport: Any = http_client._transport  # pyright: ignore[reportPrivateUsage]
    return transport._pool


def checked_out(http_client: httpx.Client | httpx.AsyncClient) -> int:
    """Connections (or pending requests) the pool still considers in use."""
    pool = _pool(http_client)
    busy = [conn for conn in pool.connections if not (conn.is_idle() or conn.is_closed())]
    return max(len(busy), len(pool._requests))


def wait_until(predicate: Callable[[], bool], timeout: float = 1.0) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)


def assert_pool_released(http_client: httpx.Client | httpx.AsyncClient) -> None:
    # Synchronous check on purpose: releasing must already have happened when the call returned
    # or raised; no grace period for connections.
    assert checked_out(http_client) == 0, f"connections still checked out: {_pool(http_client).connections!r}"


def thread_snapshot() -> set[int]:
    return {t.ident for t in threading.enumerate() if t.ident is not None}


def _relevant(thread: threading.Thread) -> bool:
    return not thread.name.startswith(_IGNORED_THREAD_PREFIXES)


def assert_no_new_threads(baseline: set[int], timeout: float = 1.0) -> None:
    def extra() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.ident not in baseline and _relevant(t) and t.is_alive()]

    wait_until(lambda: not extra(), timeout)
    assert not extra(), f"threads left running: {extra()!r}"
