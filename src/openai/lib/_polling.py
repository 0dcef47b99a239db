"""The one poll loop behind every `*_poll` / `poll` / `wait_for_processing` helper.

A helper supplies a `fetch` callback (one raw retrieve, returning the legacy raw response so the
`openai-poll-after-ms` header is readable), the set of statuses that mean "still working", and a
description of the object for error messages. The loop:

- sends `X-Stainless-Poll-Helper: true` (and `X-Stainless-Custom-Poll-Interval` when the caller chose
  an interval) so the server can tell helper polls apart;
- waits the server's `openai-poll-after-ms` when present, else the caller's `poll_interval_ms`, else 1s;
- returns the object at the first status outside the pending set (every terminal state, and any state
  added to the API later, ends the wait rather than spinning forever);
- with `max_wait_seconds`, never sleeps past the deadline and raises `PollingTimeoutError` naming the
  object and the last status it saw once the deadline passes.

API errors from `fetch` propagate unchanged: they already are the typed SDK exceptions.
"""

from __future__ import annotations

import time
from typing import Any, Dict, TypeVar, Callable, Optional, Awaitable, Collection

import anyio

from .._types import Omit, NotGiven
from .._exceptions import OpenAIError

__all__ = ["PollingTimeoutError", "poll", "async_poll", "DEFAULT_POLL_INTERVAL_MS", "POLL_AFTER_HEADER"]

_T = TypeVar("_T")

DEFAULT_POLL_INTERVAL_MS = 1000
POLL_AFTER_HEADER = "openai-poll-after-ms"


class PollingTimeoutError(OpenAIError, RuntimeError):
    """A poll helper gave up after `max_wait_seconds`.

    Also a `RuntimeError`, which is what `files.wait_for_processing` has always raised on timeout.
    """

    def __init__(self, *, what: str, last_status: Optional[str], waited_seconds: float, obj: Any = None) -> None:
        super().__init__(
            f"Gave up waiting for {what} after {waited_seconds:g} seconds; its last status was {last_status!r}"
        )
        self.what = what
        self.last_status = last_status
        self.waited_seconds = waited_seconds
        self.object = obj


def poll_headers(poll_interval_ms: int | Omit | NotGiven | None) -> Dict[str, str]:
    headers = {"X-Stainless-Poll-Helper": "true"}
    if isinstance(poll_interval_ms, int):
        headers["X-Stainless-Custom-Poll-Interval"] = str(poll_interval_ms)
    return headers


def _next_delay_seconds(raw: Any, poll_interval_ms: int | Omit | NotGiven | None) -> float:
    from_header = raw.headers.get(POLL_AFTER_HEADER)
    if from_header is not None:
        try:
            return max(int(from_header), 0) / 1000
        except ValueError:
            pass  # a malformed hint is ignored, not fatal
    if isinstance(poll_interval_ms, int):
        return max(poll_interval_ms, 0) / 1000
    return DEFAULT_POLL_INTERVAL_MS / 1000


class _Deadline:
    """Shared sync/async bookkeeping: when to stop and how long the next sleep may be."""

    def __init__(self, max_wait_seconds: Optional[float], clock: Callable[[], float]) -> None:
        self._clock = clock
        self._start = clock()
        self._end = None if max_wait_seconds is None else self._start + max_wait_seconds

    def elapsed(self) -> float:
        return self._clock() - self._start

    def expired(self) -> bool:
        return self._end is not None and self._clock() >= self._end

    def clip(self, delay: float) -> float:
        if self._end is None:
            return delay
        return max(min(delay, self._end - self._clock()), 0.0)


def poll(
    fetch: Callable[[Dict[str, str]], Any],
    *,
    status_of: Callable[[_T], Optional[str]],
    pending: Collection[str],
    what: Callable[[_T], str],
    poll_interval_ms: int | Omit | NotGiven | None = None,
    max_wait_seconds: Optional[float] = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> _T:
    deadline = _Deadline(max_wait_seconds, clock)
    headers = poll_headers(poll_interval_ms)
    while True:
        raw = fetch(headers)
        obj: _T = raw.parse()
        status = status_of(obj)
        if status not in pending:
            return obj
        if deadline.expired():
            raise PollingTimeoutError(what=what(obj), last_status=status, waited_seconds=deadline.elapsed(), obj=obj)
        sleep(deadline.clip(_next_delay_seconds(raw, poll_interval_ms)))


async def async_poll(
    fetch: Callable[[Dict[str, str]], Awaitable[Any]],
    *,
    status_of: Callable[[_T], Optional[str]],
    pending: Collection[str],
    what: Callable[[_T], str],
    poll_interval_ms: int | Omit | NotGiven | None = None,
    max_wait_seconds: Optional[float] = None,
    sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> _T:
    deadline = _Deadline(max_wait_seconds, clock)
    headers = poll_headers(poll_interval_ms)
    while True:
        raw = await fetch(headers)
        obj: _T = raw.parse()
        status = status_of(obj)
        if status not in pending:
            return obj
        if deadline.expired():
            raise PollingTimeoutError(what=what(obj), last_status=status, waited_seconds=deadline.elapsed(), obj=obj)
        await sleep(deadline.clip(_next_delay_seconds(raw, poll_interval_ms)))
