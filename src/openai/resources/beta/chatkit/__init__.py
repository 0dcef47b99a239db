# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chatkit import (
        Chatkit as Chatkit,
        AsyncChatkit as AsyncChatkit,
        ChatkitWithRawResponse as ChatkitWithRawResponse,
        AsyncChatkitWithRawResponse as AsyncChatkitWithRawResponse,
        ChatkitWithStreamingResponse as ChatkitWithStreamingResponse,
        AsyncChatkitWithStreamingResponse as AsyncChatkitWithStreamingResponse,
    )
    from .threads import (
        Threads as Threads,
        AsyncThreads as AsyncThreads,
        ThreadsWithRawResponse as ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse as ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse,
    )
    from .sessions import (
        Sessions as Sessions,
        AsyncSessions as AsyncSessions,
        SessionsWithRawResponse as SessionsWithRawResponse,
        AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse,
        SessionsWithStreamingResponse as SessionsWithStreamingResponse,
        AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse,
    )

_LAZY = {
    "AsyncChatkit": ".chatkit",
    "AsyncChatkitWithRawResponse": ".chatkit",
    "AsyncChatkitWithStreamingResponse": ".chatkit",
    "AsyncSessions": ".sessions",
    "AsyncSessionsWithRawResponse": ".sessions",
    "AsyncSessionsWithStreamingResponse": ".sessions",
    "AsyncThreads": ".threads",
    "AsyncThreadsWithRawResponse": ".threads",
    "AsyncThreadsWithStreamingResponse": ".threads",
    "Chatkit": ".chatkit",
    "ChatkitWithRawResponse": ".chatkit",
    "ChatkitWithStreamingResponse": ".chatkit",
    "Sessions": ".sessions",
    "SessionsWithRawResponse": ".sessions",
    "SessionsWithStreamingResponse": ".sessions",
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
    "AsyncChatkit",
    "AsyncChatkitWithRawResponse",
    "AsyncChatkitWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Chatkit",
    "ChatkitWithRawResponse",
    "ChatkitWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]
