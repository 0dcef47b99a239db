# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_list_params import FileListParams as FileListParams
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_delete_params import FileDeleteParams as FileDeleteParams
    from .file_list_response import FileListResponse as FileListResponse
    from .file_create_response import FileCreateResponse as FileCreateResponse
    from .file_retrieve_params import FileRetrieveParams as FileRetrieveParams
    from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse

_LAZY = {
    "FileCreateParams": ".file_create_params",
    "FileCreateResponse": ".file_create_response",
    "FileDeleteParams": ".file_delete_params",
    "FileListParams": ".file_list_params",
    "FileListResponse": ".file_list_response",
    "FileRetrieveParams": ".file_retrieve_params",
    "FileRetrieveResponse": ".file_retrieve_response",
    "files": "",
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
    "FileCreateParams",
    "FileCreateResponse",
    "FileDeleteParams",
    "FileListParams",
    "FileListResponse",
    "FileRetrieveParams",
    "FileRetrieveResponse",
]
