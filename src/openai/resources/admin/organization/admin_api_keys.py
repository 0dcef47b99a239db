# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

import httpx
from typing_extensions import Literal

from .... import _legacy_response
from ...._types import Body, Omit, Query, Headers, NotGiven, omit, not_given
from ...._utils import path_template, maybe_transform, async_maybe_transform
from ...._compat import cached_property
from ...._resource import SyncAPIResource, AsyncAPIResource
from ...._response import to_streamed_response_wrapper, async_to_streamed_response_wrapper
from ....pagination import SyncCursorPage, AsyncCursorPage
from ...._base_client import AsyncPaginator, make_request_options
from ....types.admin.organization import admin_api_key_list_params, admin_api_key_create_params
from ....types.admin.organization.admin_api_key import AdminAPIKey
from ....types.admin.organization.admin_api_key_create_response import AdminAPIKeyCreateResponse
from ....types.admin.organization.admin_api_key_delete_response import AdminAPIKeyDeleteResponse

__all__ = ["AdminApiKeys", "AsyncAdminApiKeys"]


class AdminApiKeys(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AdminApiKeysWithRawResponse:
        return AdminApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminApiKeysWithStreamingResponse:
        return AdminApiKeysWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyCreateResponse:
        """Create a new admin-level API key for the organization.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            "/organization/admin_api_keys",
            body=maybe_transform({"name": name}, admin_api_key_create_params.AdminAPIKeyCreateParams),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=AdminAPIKeyCreateResponse,
        )

    def delete(
        self,
        key_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyDeleteResponse:
        """Delete the specified admin API key.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._delete(
            path_template("/organization/admin_api_keys/{key_id}", key_id=key_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=AdminAPIKeyDeleteResponse,
        )

    def list(
        self,
        *,
        after: Optional[str] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[AdminAPIKey]:
        """Retrieve a paginated list of organization admin API keys.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/organization/admin_api_keys",
            page=SyncCursorPage[AdminAPIKey],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit, "order": order}, admin_api_key_list_params.AdminAPIKeyListParams
                ),
                security="admin_api_key",
            ),
            model=AdminAPIKey,
        )

    def retrieve(
        self,
        key_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKey:
        """Get details for a specific organization API key by its ID.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get(
            path_template("/organization/admin_api_keys/{key_id}", key_id=key_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=AdminAPIKey,
        )


class AsyncAdminApiKeys(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAdminApiKeysWithRawResponse:
        return AsyncAdminApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminApiKeysWithStreamingResponse:
        return AsyncAdminApiKeysWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyCreateResponse:
        """Create a new admin-level API key for the organization.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            "/organization/admin_api_keys",
            body=await async_maybe_transform({"name": name}, admin_api_key_create_params.AdminAPIKeyCreateParams),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=AdminAPIKeyCreateResponse,
        )

    async def delete(
        self,
        key_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyDeleteResponse:
        """Delete the specified admin API key.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._delete(
            path_template("/organization/admin_api_keys/{key_id}", key_id=key_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=AdminAPIKeyDeleteResponse,
        )

    def list(
        self,
        *,
        after: Optional[str] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[AdminAPIKey, AsyncCursorPage[AdminAPIKey]]:
        """Retrieve a paginated list of organization admin API keys.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/organization/admin_api_keys",
            page=AsyncCursorPage[AdminAPIKey],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit, "order": order}, admin_api_key_list_params.AdminAPIKeyListParams
                ),
                security="admin_api_key",
            ),
            model=AdminAPIKey,
        )

    async def retrieve(
        self,
        key_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKey:
        """Get details for a specific organization API key by its ID.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._get(
            path_template("/organization/admin_api_keys/{key_id}", key_id=key_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=AdminAPIKey,
        )


class AdminApiKeysWithRawResponse:
    def __init__(self, admin_api_keys: AdminApiKeys) -> None:
        self._admin_api_keys = admin_api_keys

        self.create = _legacy_response.to_raw_response_wrapper(
            admin_api_keys.create,
        )

        self.delete = _legacy_response.to_raw_response_wrapper(
            admin_api_keys.delete,
        )

        self.list = _legacy_response.to_raw_response_wrapper(
            admin_api_keys.list,
        )

        self.retrieve = _legacy_response.to_raw_response_wrapper(
            admin_api_keys.retrieve,
        )


class AdminApiKeysWithStreamingResponse:
    def __init__(self, admin_api_keys: AdminApiKeys) -> None:
        self._admin_api_keys = admin_api_keys

        self.create = to_streamed_response_wrapper(
            admin_api_keys.create,
        )

        self.delete = to_streamed_response_wrapper(
            admin_api_keys.delete,
        )

        self.list = to_streamed_response_wrapper(
            admin_api_keys.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            admin_api_keys.retrieve,
        )


class AsyncAdminApiKeysWithRawResponse:
    def __init__(self, admin_api_keys: AsyncAdminApiKeys) -> None:
        self._admin_api_keys = admin_api_keys

        self.create = _legacy_response.async_to_raw_response_wrapper(
            admin_api_keys.create,
        )

        self.delete = _legacy_response.async_to_raw_response_wrapper(
            admin_api_keys.delete,
        )

        self.list = _legacy_response.async_to_raw_response_wrapper(
            admin_api_keys.list,
        )

        self.retrieve = _legacy_response.async_to_raw_response_wrapper(
            admin_api_keys.retrieve,
        )


class AsyncAdminApiKeysWithStreamingResponse:
    def __init__(self, admin_api_keys: AsyncAdminApiKeys) -> None:
        self._admin_api_keys = admin_api_keys

        self.create = async_to_streamed_response_wrapper(
            admin_api_keys.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            admin_api_keys.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            admin_api_keys.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            admin_api_keys.retrieve,
        )
