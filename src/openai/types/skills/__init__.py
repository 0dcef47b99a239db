# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .skill_version import SkillVersion as SkillVersion
    from .skill_version_list import SkillVersionList as SkillVersionList
    from .version_list_params import VersionListParams as VersionListParams
    from .deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_delete_params import VersionDeleteParams as VersionDeleteParams
    from .version_retrieve_params import VersionRetrieveParams as VersionRetrieveParams

_LAZY = {
    "DeletedSkillVersion": ".deleted_skill_version",
    "SkillVersion": ".skill_version",
    "SkillVersionList": ".skill_version_list",
    "VersionCreateParams": ".version_create_params",
    "VersionDeleteParams": ".version_delete_params",
    "VersionListParams": ".version_list_params",
    "VersionRetrieveParams": ".version_retrieve_params",
    "versions": "",
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
    "DeletedSkillVersion",
    "SkillVersion",
    "SkillVersionList",
    "VersionCreateParams",
    "VersionDeleteParams",
    "VersionListParams",
    "VersionRetrieveParams",
]
