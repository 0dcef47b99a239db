# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from .calls import (
    Calls,
    AsyncCalls,
    CallsWithRawResponse,
    AsyncCallsWithRawResponse,
    CallsWithStreamingResponse,
    AsyncCallsWithStreamingResponse,
)
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from .client_secrets import (
    ClientSecrets,
    AsyncClientSecrets,
    ClientSecretsWithRawResponse,
    AsyncClientSecretsWithRawResponse,
    ClientSecretsWithStreamingResponse,
    AsyncClientSecretsWithStreamingResponse,
)
from ...lib._hooks.realtime import (
    SyncHooks as _RealtimeSyncHooks,
    AsyncHooks as _RealtimeAsyncHooks,
    RealtimeConnection as RealtimeConnection,
    AsyncRealtimeConnection as AsyncRealtimeConnection,
    RealtimeConnectionManager as RealtimeConnectionManager,
    AsyncRealtimeConnectionManager as AsyncRealtimeConnectionManager,
)
from .translations.translations import (
    Translations,
    AsyncTranslations,
    TranslationsWithRawResponse,
    AsyncTranslationsWithRawResponse,
    TranslationsWithStreamingResponse,
    AsyncTranslationsWithStreamingResponse,
)

__all__ = ["Realtime", "AsyncRealtime"]


class Realtime(_RealtimeSyncHooks, SyncAPIResource):
    @cached_property
    def calls(self) -> Calls:
        return Calls(self._client)

    @cached_property
    def client_secrets(self) -> ClientSecrets:
        return ClientSecrets(self._client)

    @cached_property
    def translations(self) -> Translations:
        return Translations(self._client)

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        return RealtimeWithStreamingResponse(self)


class AsyncRealtime(_RealtimeAsyncHooks, AsyncAPIResource):
    @cached_property
    def calls(self) -> AsyncCalls:
        return AsyncCalls(self._client)

    @cached_property
    def client_secrets(self) -> AsyncClientSecrets:
        return AsyncClientSecrets(self._client)

    @cached_property
    def translations(self) -> AsyncTranslations:
        return AsyncTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        return AsyncRealtimeWithStreamingResponse(self)


class RealtimeWithRawResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> CallsWithRawResponse:
        return CallsWithRawResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> ClientSecretsWithRawResponse:
        return ClientSecretsWithRawResponse(self._realtime.client_secrets)

    @cached_property
    def translations(self) -> TranslationsWithRawResponse:
        return TranslationsWithRawResponse(self._realtime.translations)


class RealtimeWithStreamingResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> CallsWithStreamingResponse:
        return CallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> ClientSecretsWithStreamingResponse:
        return ClientSecretsWithStreamingResponse(self._realtime.client_secrets)

    @cached_property
    def translations(self) -> TranslationsWithStreamingResponse:
        return TranslationsWithStreamingResponse(self._realtime.translations)


class AsyncRealtimeWithRawResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> AsyncCallsWithRawResponse:
        return AsyncCallsWithRawResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithRawResponse:
        return AsyncClientSecretsWithRawResponse(self._realtime.client_secrets)

    @cached_property
    def translations(self) -> AsyncTranslationsWithRawResponse:
        return AsyncTranslationsWithRawResponse(self._realtime.translations)


class AsyncRealtimeWithStreamingResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> AsyncCallsWithStreamingResponse:
        return AsyncCallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithStreamingResponse:
        return AsyncClientSecretsWithStreamingResponse(self._realtime.client_secrets)

    @cached_property
    def translations(self) -> AsyncTranslationsWithStreamingResponse:
        return AsyncTranslationsWithStreamingResponse(self._realtime.translations)
