# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from .._compat import cached_property
from .._resource import SyncAPIResource, AsyncAPIResource
from ..lib._hooks.webhooks import SyncHooks as _WebhooksSyncHooks, AsyncHooks as _WebhooksAsyncHooks

__all__ = ["Webhooks", "AsyncWebhooks"]


class Webhooks(_WebhooksSyncHooks, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        return WebhooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WebhooksWithStreamingResponse:
        return WebhooksWithStreamingResponse(self)


class AsyncWebhooks(_WebhooksAsyncHooks, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        return AsyncWebhooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWebhooksWithStreamingResponse:
        return AsyncWebhooksWithStreamingResponse(self)


class WebhooksWithRawResponse:
    def __init__(self, webhooks: Webhooks) -> None:
        self._webhooks = webhooks


class WebhooksWithStreamingResponse:
    def __init__(self, webhooks: Webhooks) -> None:
        self._webhooks = webhooks


class AsyncWebhooksWithRawResponse:
    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self._webhooks = webhooks


class AsyncWebhooksWithStreamingResponse:
    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self._webhooks = webhooks
