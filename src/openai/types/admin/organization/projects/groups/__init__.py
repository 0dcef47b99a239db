# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .role_list_params import RoleListParams as RoleListParams
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_delete_params import RoleDeleteParams as RoleDeleteParams
    from .role_list_response import RoleListResponse as RoleListResponse
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_retrieve_params import RoleRetrieveParams as RoleRetrieveParams
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse

_LAZY = {
    "RoleCreateParams": ".role_create_params",
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteParams": ".role_delete_params",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleListResponse": ".role_list_response",
    "RoleRetrieveParams": ".role_retrieve_params",
    "RoleRetrieveResponse": ".role_retrieve_response",
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
    "RoleCreateParams",
    "RoleCreateResponse",
    "RoleDeleteParams",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleListResponse",
    "RoleRetrieveParams",
    "RoleRetrieveResponse",
]
