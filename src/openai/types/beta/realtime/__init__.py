# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_event import ErrorEvent as ErrorEvent
    from .realtime_client_event import OutputAudioBufferClear as OutputAudioBufferClear
    from .session_create_params import SessionCreateParams as SessionCreateParams
    from .transcription_session import TranscriptionSession as TranscriptionSession
    from .realtime_response_usage import OutputTokenDetails as OutputTokenDetails
    from .session_create_response import SessionCreateResponse as SessionCreateResponse
    from .transcription_session_create_params import (
        TranscriptionSessionCreateParams as TranscriptionSessionCreateParams,
    )

_LAZY = {
    "ErrorEvent": ".error_event",
    "OutputAudioBufferClear": ".realtime_client_event",
    "OutputTokenDetails": ".realtime_response_usage",
    "SessionCreateParams": ".session_create_params",
    "SessionCreateResponse": ".session_create_response",
    "TranscriptionSession": ".transcription_session",
    "TranscriptionSessionCreateParams": ".transcription_session_create_params",
}


def __getattr__(name: str) -> Any:
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    if not source:  # a subpackage
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = [
    "ErrorEvent",
    "OutputAudioBufferClear",
    "OutputTokenDetails",
    "SessionCreateParams",
    "SessionCreateResponse",
    "TranscriptionSession",
    "TranscriptionSessionCreateParams",
]
