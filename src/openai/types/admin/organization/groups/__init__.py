# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .role_list_params import RoleListParams as RoleListParams
    from .user_list_params import UserListParams as UserListParams
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .user_create_params import UserCreateParams as UserCreateParams
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .user_create_response import UserCreateResponse as UserCreateResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse
    from .user_retrieve_response import UserRetrieveResponse as UserRetrieveResponse
    from .organization_group_user import OrganizationGroupUser as OrganizationGroupUser

_LAZY = {
    "OrganizationGroupUser": ".organization_group_user",
    "RoleCreateParams": ".role_create_params",
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleRetrieveResponse": ".role_retrieve_response",
    "UserCreateParams": ".user_create_params",
    "UserCreateResponse": ".user_create_response",
    "UserDeleteResponse": ".user_delete_response",
    "UserListParams": ".user_list_params",
    "UserRetrieveResponse": ".user_retrieve_response",
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
    "OrganizationGroupUser",
    "RoleCreateParams",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleRetrieveResponse",
    "UserCreateParams",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListParams",
    "UserRetrieveResponse",
]
