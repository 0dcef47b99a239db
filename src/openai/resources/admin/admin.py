# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from .organization.organization import (
    Organization,
    AsyncOrganization,
    OrganizationWithRawResponse,
    AsyncOrganizationWithRawResponse,
    OrganizationWithStreamingResponse,
    AsyncOrganizationWithStreamingResponse,
)

__all__ = ["Admin", "AsyncAdmin"]


class Admin(SyncAPIResource):
    @cached_property
    def organization(self) -> Organization:
        return Organization(self._client)

    @cached_property
    def with_raw_response(self) -> AdminWithRawResponse:
        return AdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminWithStreamingResponse:
        return AdminWithStreamingResponse(self)


class AsyncAdmin(AsyncAPIResource):
    @cached_property
    def organization(self) -> AsyncOrganization:
        return AsyncOrganization(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAdminWithRawResponse:
        return AsyncAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminWithStreamingResponse:
        return AsyncAdminWithStreamingResponse(self)


class AdminWithRawResponse:
    def __init__(self, admin: Admin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> OrganizationWithRawResponse:
        return OrganizationWithRawResponse(self._admin.organization)


class AdminWithStreamingResponse:
    def __init__(self, admin: Admin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> OrganizationWithStreamingResponse:
        return OrganizationWithStreamingResponse(self._admin.organization)


class AsyncAdminWithRawResponse:
    def __init__(self, admin: AsyncAdmin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> AsyncOrganizationWithRawResponse:
        return AsyncOrganizationWithRawResponse(self._admin.organization)


class AsyncAdminWithStreamingResponse:
    def __init__(self, admin: AsyncAdmin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> AsyncOrganizationWithStreamingResponse:
        return AsyncOrganizationWithStreamingResponse(self._admin.organization)
