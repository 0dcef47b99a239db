# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .realtime import (
        Realtime as Realtime,
        AsyncRealtime as AsyncRealtime,
        RealtimeWithRawResponse as RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse as RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse,
    )
    from .sessions import (
        Sessions as Sessions,
        AsyncSessions as AsyncSessions,
        SessionsWithRawResponse as SessionsWithRawResponse,
        AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse,
        SessionsWithStreamingResponse as SessionsWithStreamingResponse,
        AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse,
    )
    from .transcription_sessions import (
        TranscriptionSessions as TranscriptionSessions,
        AsyncTranscriptionSessions as AsyncTranscriptionSessions,
        TranscriptionSessionsWithRawResponse as TranscriptionSessionsWithRawResponse,
        AsyncTranscriptionSessionsWithRawResponse as AsyncTranscriptionSessionsWithRawResponse,
        TranscriptionSessionsWithStreamingResponse as TranscriptionSessionsWithStreamingResponse,
        AsyncTranscriptionSessionsWithStreamingResponse as AsyncTranscriptionSessionsWithStreamingResponse,
    )

_LAZY = {
    "AsyncRealtime": ".realtime",
    "AsyncRealtimeWithRawResponse": ".realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime",
    "AsyncSessions": ".sessions",
    "AsyncSessionsWithRawResponse": ".sessions",
    "AsyncSessionsWithStreamingResponse": ".sessions",
    "AsyncTranscriptionSessions": ".transcription_sessions",
    "AsyncTranscriptionSessionsWithRawResponse": ".transcription_sessions",
    "AsyncTranscriptionSessionsWithStreamingResponse": ".transcription_sessions",
    "Realtime": ".realtime",
    "RealtimeWithRawResponse": ".realtime",
    "RealtimeWithStreamingResponse": ".realtime",
    "Sessions": ".sessions",
    "SessionsWithRawResponse": ".sessions",
    "SessionsWithStreamingResponse": ".sessions",
    "TranscriptionSessions": ".transcription_sessions",
    "TranscriptionSessionsWithRawResponse": ".transcription_sessions",
    "TranscriptionSessionsWithStreamingResponse": ".transcription_sessions",
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
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncTranscriptionSessions",
    "AsyncTranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "TranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
]
