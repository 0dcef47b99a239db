# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .project_user import ProjectUser as ProjectUser
    from .project_group import ProjectGroup as ProjectGroup
    from .project_api_key import ProjectAPIKey as ProjectAPIKey
    from .role_list_params import RoleListParams as RoleListParams
    from .user_list_params import UserListParams as UserListParams
    from .group_list_params import GroupListParams as GroupListParams
    from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_delete_params import RoleDeleteParams as RoleDeleteParams
    from .role_update_params import RoleUpdateParams as RoleUpdateParams
    from .user_create_params import UserCreateParams as UserCreateParams
    from .user_delete_params import UserDeleteParams as UserDeleteParams
    from .user_update_params import UserUpdateParams as UserUpdateParams
    from .api_key_list_params import APIKeyListParams as APIKeyListParams
    from .group_create_params import GroupCreateParams as GroupCreateParams
    from .group_delete_params import GroupDeleteParams as GroupDeleteParams
    from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_retrieve_params import RoleRetrieveParams as RoleRetrieveParams
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_retrieve_params import UserRetrieveParams as UserRetrieveParams
    from .api_key_delete_params import ApiKeyDeleteParams as ApiKeyDeleteParams
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .group_retrieve_params import GroupRetrieveParams as GroupRetrieveParams
    from .project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .api_key_delete_response import APIKeyDeleteResponse as APIKeyDeleteResponse
    from .api_key_retrieve_params import ApiKeyRetrieveParams as ApiKeyRetrieveParams
    from .certificate_list_params import CertificateListParams as CertificateListParams
    from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .spend_alert_list_params import SpendAlertListParams as SpendAlertListParams
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from .spend_alert_create_params import SpendAlertCreateParams as SpendAlertCreateParams
    from .spend_alert_delete_params import SpendAlertDeleteParams as SpendAlertDeleteParams
    from .spend_alert_update_params import SpendAlertUpdateParams as SpendAlertUpdateParams
    from .certificate_activate_params import CertificateActivateParams as CertificateActivateParams
    from .project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
    from .service_account_list_params import ServiceAccountListParams as ServiceAccountListParams
    from .data_retention_update_params import DataRetentionUpdateParams as DataRetentionUpdateParams
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .certificate_deactivate_params import CertificateDeactivateParams as CertificateDeactivateParams
    from .service_account_create_params import ServiceAccountCreateParams as ServiceAccountCreateParams
    from .service_account_delete_params import ServiceAccountDeleteParams as ServiceAccountDeleteParams
    from .service_account_update_params import ServiceAccountUpdateParams as ServiceAccountUpdateParams
    from .model_permission_update_params import ModelPermissionUpdateParams as ModelPermissionUpdateParams
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
    from .service_account_create_response import ServiceAccountCreateResponse as ServiceAccountCreateResponse
    from .service_account_delete_response import ServiceAccountDeleteResponse as ServiceAccountDeleteResponse
    from .service_account_retrieve_params import ServiceAccountRetrieveParams as ServiceAccountRetrieveParams
    from .project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted
    from .rate_limit_list_rate_limits_params import RateLimitListRateLimitsParams as RateLimitListRateLimitsParams
    from .rate_limit_update_rate_limit_params import RateLimitUpdateRateLimitParams as RateLimitUpdateRateLimitParams
    from .hosted_tool_permission_update_params import (
        HostedToolPermissionUpdateParams as HostedToolPermissionUpdateParams,
    )

_LAZY = {
    "APIKeyDeleteResponse": ".api_key_delete_response",
    "APIKeyListParams": ".api_key_list_params",
    "ApiKeyDeleteParams": ".api_key_delete_params",
    "ApiKeyRetrieveParams": ".api_key_retrieve_params",
    "CertificateActivateParams": ".certificate_activate_params",
    "CertificateActivateResponse": ".certificate_activate_response",
    "CertificateDeactivateParams": ".certificate_deactivate_params",
    "CertificateDeactivateResponse": ".certificate_deactivate_response",
    "CertificateListParams": ".certificate_list_params",
    "CertificateListResponse": ".certificate_list_response",
    "DataRetentionUpdateParams": ".data_retention_update_params",
    "GroupCreateParams": ".group_create_params",
    "GroupDeleteParams": ".group_delete_params",
    "GroupDeleteResponse": ".group_delete_response",
    "GroupListParams": ".group_list_params",
    "GroupRetrieveParams": ".group_retrieve_params",
    "HostedToolPermissionUpdateParams": ".hosted_tool_permission_update_params",
    "ModelPermissionUpdateParams": ".model_permission_update_params",
    "ProjectAPIKey": ".project_api_key",
    "ProjectDataRetention": ".project_data_retention",
    "ProjectGroup": ".project_group",
    "ProjectHostedToolPermissions": ".project_hosted_tool_permissions",
    "ProjectModelPermissions": ".project_model_permissions",
    "ProjectModelPermissionsDeleted": ".project_model_permissions_deleted",
    "ProjectRateLimit": ".project_rate_limit",
    "ProjectServiceAccount": ".project_service_account",
    "ProjectSpendAlert": ".project_spend_alert",
    "ProjectSpendAlertDeleted": ".project_spend_alert_deleted",
    "ProjectUser": ".project_user",
    "RateLimitListRateLimitsParams": ".rate_limit_list_rate_limits_params",
    "RateLimitUpdateRateLimitParams": ".rate_limit_update_rate_limit_params",
    "RoleCreateParams": ".role_create_params",
    "RoleDeleteParams": ".role_delete_params",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleRetrieveParams": ".role_retrieve_params",
    "RoleUpdateParams": ".role_update_params",
    "ServiceAccountCreateParams": ".service_account_create_params",
    "ServiceAccountCreateResponse": ".service_account_create_response",
    "ServiceAccountDeleteParams": ".service_account_delete_params",
    "ServiceAccountDeleteResponse": ".service_account_delete_response",
    "ServiceAccountListParams": ".service_account_list_params",
    "ServiceAccountRetrieveParams": ".service_account_retrieve_params",
    "ServiceAccountUpdateParams": ".service_account_update_params",
    "SpendAlertCreateParams": ".spend_alert_create_params",
    "SpendAlertDeleteParams": ".spend_alert_delete_params",
    "SpendAlertListParams": ".spend_alert_list_params",
    "SpendAlertUpdateParams": ".spend_alert_update_params",
    "UserCreateParams": ".user_create_params",
    "UserDeleteParams": ".user_delete_params",
    "UserDeleteResponse": ".user_delete_response",
    "UserListParams": ".user_list_params",
    "UserRetrieveParams": ".user_retrieve_params",
    "UserUpdateParams": ".user_update_params",
    "groups": "",
    "users": "",
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
    "APIKeyDeleteResponse",
    "APIKeyListParams",
    "ApiKeyDeleteParams",
    "ApiKeyRetrieveParams",
    "CertificateActivateParams",
    "CertificateActivateResponse",
    "CertificateDeactivateParams",
    "CertificateDeactivateResponse",
    "CertificateListParams",
    "CertificateListResponse",
    "DataRetentionUpdateParams",
    "GroupCreateParams",
    "GroupDeleteParams",
    "GroupDeleteResponse",
    "GroupListParams",
    "GroupRetrieveParams",
    "HostedToolPermissionUpdateParams",
    "ModelPermissionUpdateParams",
    "ProjectAPIKey",
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectHostedToolPermissions",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleted",
    "ProjectRateLimit",
    "ProjectServiceAccount",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeleted",
    "ProjectUser",
    "RateLimitListRateLimitsParams",
    "RateLimitUpdateRateLimitParams",
    "RoleCreateParams",
    "RoleDeleteParams",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleRetrieveParams",
    "RoleUpdateParams",
    "ServiceAccountCreateParams",
    "ServiceAccountCreateResponse",
    "ServiceAccountDeleteParams",
    "ServiceAccountDeleteResponse",
    "ServiceAccountListParams",
    "ServiceAccountRetrieveParams",
    "ServiceAccountUpdateParams",
    "SpendAlertCreateParams",
    "SpendAlertDeleteParams",
    "SpendAlertListParams",
    "SpendAlertUpdateParams",
    "UserCreateParams",
    "UserDeleteParams",
    "UserDeleteResponse",
    "UserListParams",
    "UserRetrieveParams",
    "UserUpdateParams",
]
