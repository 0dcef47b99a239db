# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .runs import (
        Runs as Runs,
        AsyncRuns as AsyncRuns,
        RunsWithRawResponse as RunsWithRawResponse,
        AsyncRunsWithRawResponse as AsyncRunsWithRawResponse,
        RunsWithStreamingResponse as RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse,
    )
    from .threads import (
        Threads as Threads,
        AsyncThreads as AsyncThreads,
        ThreadsWithRawResponse as ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse as ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse,
    )
    from .messages import (
        Messages as Messages,
        AsyncMessages as AsyncMessages,
        MessagesWithRawResponse as MessagesWithRawResponse,
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )

_LAZY = {
    "AsyncMessages": ".messages",
    "AsyncMessagesWithRawResponse": ".messages",
    "AsyncMessagesWithStreamingResponse": ".messages",
    "AsyncRuns": ".runs",
    "AsyncRunsWithRawResponse": ".runs",
    "AsyncRunsWithStreamingResponse": ".runs",
    "AsyncThreads": ".threads",
    "AsyncThreadsWithRawResponse": ".threads",
    "AsyncThreadsWithStreamingResponse": ".threads",
    "Messages": ".messages",
    "MessagesWithRawResponse": ".messages",
    "MessagesWithStreamingResponse": ".messages",
    "Runs": ".runs",
    "RunsWithRawResponse": ".runs",
    "RunsWithStreamingResponse": ".runs",
    "Threads": ".threads",
    "ThreadsWithRawResponse": ".threads",
    "ThreadsWithStreamingResponse": ".threads",
}


def __getattr__(name: str) -> Any:
    # Resource modules load on first access: importing the package stays cheap.
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]
