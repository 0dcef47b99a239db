# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .calls import (
        Calls as Calls,
        AsyncCalls as AsyncCalls,
        CallsWithRawResponse as CallsWithRawResponse,
        AsyncCallsWithRawResponse as AsyncCallsWithRawResponse,
        CallsWithStreamingResponse as CallsWithStreamingResponse,
        AsyncCallsWithStreamingResponse as AsyncCallsWithStreamingResponse,
    )
    from .realtime import (
        Realtime as Realtime,
        AsyncRealtime as AsyncRealtime,
        RealtimeWithRawResponse as RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse as RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse,
    )
    from .translations import (
        Translations as Translations,
        AsyncTranslations as AsyncTranslations,
        TranslationsWithRawResponse as TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse as TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse,
    )
    from .client_secrets import (
        ClientSecrets as ClientSecrets,
        AsyncClientSecrets as AsyncClientSecrets,
        ClientSecretsWithRawResponse as ClientSecretsWithRawResponse,
        AsyncClientSecretsWithRawResponse as AsyncClientSecretsWithRawResponse,
        ClientSecretsWithStreamingResponse as ClientSecretsWithStreamingResponse,
        AsyncClientSecretsWithStreamingResponse as AsyncClientSecretsWithStreamingResponse,
    )

_LAZY = {
    "AsyncCalls": ".calls",
    "AsyncCallsWithRawResponse": ".calls",
    "AsyncCallsWithStreamingResponse": ".calls",
    "AsyncClientSecrets": ".client_secrets",
    "AsyncClientSecretsWithRawResponse": ".client_secrets",
    "AsyncClientSecretsWithStreamingResponse": ".client_secrets",
    "AsyncRealtime": ".realtime",
    "AsyncRealtimeWithRawResponse": ".realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime",
    "AsyncTranslations": ".translations",
    "AsyncTranslationsWithRawResponse": ".translations",
    "AsyncTranslationsWithStreamingResponse": ".translations",
    "Calls": ".calls",
    "CallsWithRawResponse": ".calls",
    "CallsWithStreamingResponse": ".calls",
    "ClientSecrets": ".client_secrets",
    "ClientSecretsWithRawResponse": ".client_secrets",
    "ClientSecretsWithStreamingResponse": ".client_secrets",
    "Realtime": ".realtime",
    "RealtimeWithRawResponse": ".realtime",
    "RealtimeWithStreamingResponse": ".realtime",
    "Translations": ".translations",
    "TranslationsWithRawResponse": ".translations",
    "TranslationsWithStreamingResponse": ".translations",
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
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "AsyncCallsWithStreamingResponse",
    "AsyncClientSecrets",
    "AsyncClientSecretsWithRawResponse",
    "AsyncClientSecretsWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "Calls",
    "CallsWithRawResponse",
    "CallsWithStreamingResponse",
    "ClientSecrets",
    "ClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
]
