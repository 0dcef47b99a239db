# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files import (
        Files as Files,
        AsyncFiles as AsyncFiles,
        FilesWithRawResponse as FilesWithRawResponse,
        AsyncFilesWithRawResponse as AsyncFilesWithRawResponse,
        FilesWithStreamingResponse as FilesWithStreamingResponse,
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from .file_batches import (
        FileBatches as FileBatches,
        AsyncFileBatches as AsyncFileBatches,
        FileBatchesWithRawResponse as FileBatchesWithRawResponse,
        AsyncFileBatchesWithRawResponse as AsyncFileBatchesWithRawResponse,
        FileBatchesWithStreamingResponse as FileBatchesWithStreamingResponse,
        AsyncFileBatchesWithStreamingResponse as AsyncFileBatchesWithStreamingResponse,
    )
    from .vector_stores import (
        VectorStores as VectorStores,
        AsyncVectorStores as AsyncVectorStores,
        VectorStoresWithRawResponse as VectorStoresWithRawResponse,
        AsyncVectorStoresWithRawResponse as AsyncVectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse as VectorStoresWithStreamingResponse,
        AsyncVectorStoresWithStreamingResponse as AsyncVectorStoresWithStreamingResponse,
    )

_LAZY = {
    "AsyncFileBatches": ".file_batches",
    "AsyncFileBatchesWithRawResponse": ".file_batches",
    "AsyncFileBatchesWithStreamingResponse": ".file_batches",
    "AsyncFiles": ".files",
    "AsyncFilesWithRawResponse": ".files",
    "AsyncFilesWithStreamingResponse": ".files",
    "AsyncVectorStores": ".vector_stores",
    "AsyncVectorStoresWithRawResponse": ".vector_stores",
    "AsyncVectorStoresWithStreamingResponse": ".vector_stores",
    "FileBatches": ".file_batches",
    "FileBatchesWithRawResponse": ".file_batches",
    "FileBatchesWithStreamingResponse": ".file_batches",
    "Files": ".files",
    "FilesWithRawResponse": ".files",
    "FilesWithStreamingResponse": ".files",
    "VectorStores": ".vector_stores",
    "VectorStoresWithRawResponse": ".vector_stores",
    "VectorStoresWithStreamingResponse": ".vector_stores",
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
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
]
