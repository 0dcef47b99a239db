# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin import (
        Admin as Admin,
        AsyncAdmin as AsyncAdmin,
        AdminWithRawResponse as AdminWithRawResponse,
        AsyncAdminWithRawResponse as AsyncAdminWithRawResponse,
        AdminWithStreamingResponse as AdminWithStreamingResponse,
        AsyncAdminWithStreamingResponse as AsyncAdminWithStreamingResponse,
    )
    from .organization import (
        Organization as Organization,
        AsyncOrganization as AsyncOrganization,
        OrganizationWithRawResponse as OrganizationWithRawResponse,
        AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
        OrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )

_LAZY = {
    "Admin": ".admin",
    "AdminWithRawResponse": ".admin",
    "AdminWithStreamingResponse": ".admin",
    "AsyncAdmin": ".admin",
    "AsyncAdminWithRawResponse": ".admin",
    "AsyncAdminWithStreamingResponse": ".admin",
    "AsyncOrganization": ".organization",
    "AsyncOrganizationWithRawResponse": ".organization",
    "AsyncOrganizationWithStreamingResponse": ".organization",
    "Organization": ".organization",
    "OrganizationWithRawResponse": ".organization",
    "OrganizationWithStreamingResponse": ".organization",
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
    "Admin",
    "AdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdmin",
    "AsyncAdminWithRawResponse",
    "AsyncAdminWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
]
