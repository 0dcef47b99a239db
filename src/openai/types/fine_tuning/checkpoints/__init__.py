# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .permission_list_params import PermissionListParams as PermissionListParams
    from .permission_create_params import PermissionCreateParams as PermissionCreateParams
    from .permission_delete_params import PermissionDeleteParams as PermissionDeleteParams
    from .permission_list_response import PermissionListResponse as PermissionListResponse
    from .permission_create_response import PermissionCreateResponse as PermissionCreateResponse
    from .permission_delete_response import PermissionDeleteResponse as PermissionDeleteResponse
    from .permission_retrieve_params import PermissionRetrieveParams as PermissionRetrieveParams
    from .permission_retrieve_response import PermissionRetrieveResponse as PermissionRetrieveResponse

_LAZY = {
    "PermissionCreateParams": ".permission_create_params",
    "PermissionCreateResponse": ".permission_create_response",
    "PermissionDeleteParams": ".permission_delete_params",
    "PermissionDeleteResponse": ".permission_delete_response",
    "PermissionListParams": ".permission_list_params",
    "PermissionListResponse": ".permission_list_response",
    "PermissionRetrieveParams": ".permission_retrieve_params",
    "PermissionRetrieveResponse": ".permission_retrieve_response",
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
    "PermissionCreateParams",
    "PermissionCreateResponse",
    "PermissionDeleteParams",
    "PermissionDeleteResponse",
    "PermissionListParams",
    "PermissionListResponse",
    "PermissionRetrieveParams",
    "PermissionRetrieveResponse",
]
