# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

from ..... import _legacy_response
from ....._types import Body, Omit, Query, Headers, NotGiven, omit, not_given
from ....._utils import path_template, maybe_transform, async_maybe_transform
from ....._compat import cached_property
from ....._resource import SyncAPIResource, AsyncAPIResource
from ....._response import to_streamed_response_wrapper, async_to_streamed_response_wrapper
from .....pagination import SyncNextCursorPage, AsyncNextCursorPage
from ....._base_client import AsyncPaginator, make_request_options
from .....types.admin.organization.groups import role_list_params, role_create_params
from .....types.admin.organization.groups.role_list_response import RoleListResponse
from .....types.admin.organization.groups.role_create_response import RoleCreateResponse
from .....types.admin.organization.groups.role_delete_response import RoleDeleteResponse
from .....types.admin.organization.groups.role_retrieve_response import RoleRetrieveResponse

__all__ = ["Roles", "AsyncRoles"]


class Roles(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RolesWithRawResponse:
        return RolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RolesWithStreamingResponse:
        return RolesWithStreamingResponse(self)

    def create(
        self,
        group_id: str,
        *,
        role_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """Assigns an organization role to a group within the organization.

        Args:
          group_id: The ID of the group that should receive the organization role.

          role_id: Identifier of the role to assign.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            path_template("/organization/groups/{group_id}/roles", group_id=group_id),
            body=maybe_transform({"role_id": role_id}, role_create_params.RoleCreateParams),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=RoleCreateResponse,
        )

    def delete(
        self,
        role_id: str,
        *,
        group_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """Unassigns an organization role from a group within the organization.

        Args:
          group_id: The ID of the group to modify.

          role_id: The ID of the organization role to remove from the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._delete(
            path_template("/organization/groups/{group_id}/roles/{role_id}", group_id=group_id, role_id=role_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=RoleDeleteResponse,
        )

    def list(
        self,
        group_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[RoleListResponse]:
        """Lists the organization roles assigned to a group within the organization.

        Args:
          group_id: The ID of the group whose organization role assignments you want to list.

          limit: A limit on the number of organization role assignments to return.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.

          order: Sort order for the returned organization roles.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            path_template("/organization/groups/{group_id}/roles", group_id=group_id),
            page=SyncNextCursorPage[RoleListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit, "order": order}, role_list_params.RoleListParams
                ),
                security="admin_api_key",
            ),
            model=RoleListResponse,
        )

    def retrieve(
        self,
        role_id: str,
        *,
        group_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """Retrieves an organization role assigned to a group.

        Args:
          group_id: The ID of the group to inspect.

          role_id: The ID of the organization role to retrieve for the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get(
            path_template("/organization/groups/{group_id}/roles/{role_id}", group_id=group_id, role_id=role_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=RoleRetrieveResponse,
        )


class AsyncRoles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        return AsyncRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRolesWithStreamingResponse:
        return AsyncRolesWithStreamingResponse(self)

    async def create(
        self,
        group_id: str,
        *,
        role_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """Assigns an organization role to a group within the organization.

        Args:
          group_id: The ID of the group that should receive the organization role.

          role_id: Identifier of the role to assign.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            path_template("/organization/groups/{group_id}/roles", group_id=group_id),
            body=await async_maybe_transform({"role_id": role_id}, role_create_params.RoleCreateParams),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=RoleCreateResponse,
        )

    async def delete(
        self,
        role_id: str,
        *,
        group_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """Unassigns an organization role from a group within the organization.

        Args:
          group_id: The ID of the group to modify.

          role_id: The ID of the organization role to remove from the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._delete(
            path_template("/organization/groups/{group_id}/roles/{role_id}", group_id=group_id, role_id=role_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=RoleDeleteResponse,
        )

    def list(
        self,
        group_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RoleListResponse, AsyncNextCursorPage[RoleListResponse]]:
        """Lists the organization roles assigned to a group within the organization.

        Args:
          group_id: The ID of the group whose organization role assignments you want to list.

          limit: A limit on the number of organization role assignments to return.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.

          order: Sort order for the returned organization roles.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            path_template("/organization/groups/{group_id}/roles", group_id=group_id),
            page=AsyncNextCursorPage[RoleListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit, "order": order}, role_list_params.RoleListParams
                ),
                security="admin_api_key",
            ),
            model=RoleListResponse,
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        group_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """Retrieves an organization role assigned to a group.

        Args:
          group_id: The ID of the group to inspect.

          role_id: The ID of the organization role to retrieve for the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._get(
            path_template("/organization/groups/{group_id}/roles/{role_id}", group_id=group_id, role_id=role_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin_api_key",
            ),
            cast_to=RoleRetrieveResponse,
        )


class RolesWithRawResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles

        self.create = _legacy_response.to_raw_response_wrapper(
            roles.create,
        )

        self.delete = _legacy_response.to_raw_response_wrapper(
            roles.delete,
        )

        self.list = _legacy_response.to_raw_response_wrapper(
            roles.list,
        )

        self.retrieve = _legacy_response.to_raw_response_wrapper(
            roles.retrieve,
        )


class RolesWithStreamingResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles

        self.create = to_streamed_response_wrapper(
            roles.create,
        )

        self.delete = to_streamed_response_wrapper(
            roles.delete,
        )

        self.list = to_streamed_response_wrapper(
            roles.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            roles.retrieve,
        )


class AsyncRolesWithRawResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles

        self.create = _legacy_response.async_to_raw_response_wrapper(
            roles.create,
        )

        self.delete = _legacy_response.async_to_raw_response_wrapper(
            roles.delete,
        )

        self.list = _legacy_response.async_to_raw_response_wrapper(
            roles.list,
        )

        self.retrieve = _legacy_response.async_to_raw_response_wrapper(
            roles.retrieve,
        )


class AsyncRolesWithStreamingResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles

        self.create = async_to_streamed_response_wrapper(
            roles.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            roles.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            roles.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            roles.retrieve,
        )
