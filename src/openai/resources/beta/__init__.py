# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta import (
        Beta as Beta,
        AsyncBeta as AsyncBeta,
        BetaWithRawResponse as BetaWithRawResponse,
        AsyncBetaWithRawResponse as AsyncBetaWithRawResponse,
        BetaWithStreamingResponse as BetaWithStreamingResponse,
        AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse,
    )
    from .chat import (
        Chat as Chat,
        AsyncChat as AsyncChat,
        ChatWithRawResponse as ChatWithRawResponse,
        AsyncChatWithRawResponse as AsyncChatWithRawResponse,
        ChatWithStreamingResponse as ChatWithStreamingResponse,
        AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse,
    )
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
    from .realtime import (
        Realtime as Realtime,
        AsyncRealtime as AsyncRealtime,
        RealtimeWithRawResponse as RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse as RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse,
    )
    from .assistants import (
        Assistants as Assistants,
        AsyncAssistants as AsyncAssistants,
        AssistantsWithRawResponse as AssistantsWithRawResponse,
        AsyncAssistantsWithRawResponse as AsyncAssistantsWithRawResponse,
        AssistantsWithStreamingResponse as AssistantsWithStreamingResponse,
        AsyncAssistantsWithStreamingResponse as AsyncAssistantsWithStreamingResponse,
    )

_LAZY = {
    "Assistants": ".assistants",
    "AssistantsWithRawResponse": ".assistants",
    "AssistantsWithStreamingResponse": ".assistants",
    "AsyncAssistants": ".assistants",
    "AsyncAssistantsWithRawResponse": ".assistants",
    "AsyncAssistantsWithStreamingResponse": ".assistants",
    "AsyncBeta": ".beta",
    "AsyncBetaWithRawResponse": ".beta",
    "AsyncBetaWithStreamingResponse": ".beta",
    "AsyncChat": ".chat",
    "AsyncChatWithRawResponse": ".chat",
    "AsyncChatWithStreamingResponse": ".chat",
    "AsyncChatkit": ".chatkit",
    "AsyncChatkitWithRawResponse": ".chatkit",
    "AsyncChatkitWithStreamingResponse": ".chatkit",
    "AsyncRealtime": ".realtime",
    "AsyncRealtimeWithRawResponse": ".realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime",
    "AsyncThreads": ".threads",
    "AsyncThreadsWithRawResponse": ".threads",
    "AsyncThreadsWithStreamingResponse": ".threads",
    "Beta": ".beta",
    "BetaWithRawResponse": ".beta",
    "BetaWithStreamingResponse": ".beta",
    "Chat": ".chat",
    "ChatWithRawResponse": ".chat",
    "ChatWithStreamingResponse": ".chat",
    "Chatkit": ".chatkit",
    "ChatkitWithRawResponse": ".chatkit",
    "ChatkitWithStreamingResponse": ".chatkit",
    "Realtime": ".realtime",
    "RealtimeWithRawResponse": ".realtime",
    "RealtimeWithStreamingResponse": ".realtime",
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
    "Assistants",
    "AssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistants",
    "AsyncAssistantsWithRawResponse",
    "AsyncAssistantsWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncChatkit",
    "AsyncChatkitWithRawResponse",
    "AsyncChatkitWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Chatkit",
    "ChatkitWithRawResponse",
    "ChatkitWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]
