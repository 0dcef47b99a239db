"""Bits shared by the `beta.threads` and `beta.threads.runs` hooks."""

from __future__ import annotations

from typing import Any

from ..._types import Headers

__all__ = ["RUN_PENDING_STATUSES", "describe_run", "stream_helper_headers"]

# A run is still working in these statuses; every other one (completed, requires_action, failed,
# cancelled, expired, incomplete, and any added later) ends a poll.
RUN_PENDING_STATUSES = ("queued", "in_progress", "cancelling")


def describe_run(run: Any) -> str:
    return f"run {run.id} (thread {run.thread_id})"


def stream_helper_headers(helper: str, event_handler: object, extra_headers: Headers | None) -> Headers:
    # The official SDK tells the API which helper streamed and whether a custom handler consumes it.
    return {
        "X-Stainless-Stream-Helper": helper,
        "X-Stainless-Custom-Event-Handler": "true" if event_handler else "false",
        **(extra_headers or {}),
    }
