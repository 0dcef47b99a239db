# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_list_params import FileListParams as FileListParams
    from .vector_store_file import VectorStoreFile as VectorStoreFile
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_delete_params import FileDeleteParams as FileDeleteParams
    from .file_update_params import FileUpdateParams as FileUpdateParams
    from .file_content_params import FileContentParams as FileContentParams
    from .file_retrieve_params import FileRetrieveParams as FileRetrieveParams
    from .file_content_response import FileContentResponse as FileContentResponse
    from .vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from .file_batch_cancel_params import FileBatchCancelParams as FileBatchCancelParams
    from .file_batch_create_params import FileBatchCreateParams as FileBatchCreateParams
    from .vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted
    from .file_batch_retrieve_params import FileBatchRetrieveParams as FileBatchRetrieveParams
    from .file_batch_list_files_params import FileBatchListFilesParams as FileBatchListFilesParams

_LAZY = {
    "FileBatchCancelParams": ".file_batch_cancel_params",
    "FileBatchCreateParams": ".file_batch_create_params",
    "FileBatchListFilesParams": ".file_batch_list_files_params",
    "FileBatchRetrieveParams": ".file_batch_retrieve_params",
    "FileContentParams": ".file_content_params",
    "FileContentResponse": ".file_content_response",
    "FileCreateParams": ".file_create_params",
    "FileDeleteParams": ".file_delete_params",
    "FileListParams": ".file_list_params",
    "FileRetrieveParams": ".file_retrieve_params",
    "FileUpdateParams": ".file_update_params",
    "VectorStoreFile": ".vector_store_file",
    "VectorStoreFileBatch": ".vector_store_file_batch",
    "VectorStoreFileDeleted": ".vector_store_file_deleted",
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
    "FileBatchCancelParams",
    "FileBatchCreateParams",
    "FileBatchListFilesParams",
    "FileBatchRetrieveParams",
    "FileContentParams",
    "FileContentResponse",
    "FileCreateParams",
    "FileDeleteParams",
    "FileListParams",
    "FileRetrieveParams",
    "FileUpdateParams",
    "VectorStoreFile",
    "VectorStoreFileBatch",
    "VectorStoreFileDeleted",
]
