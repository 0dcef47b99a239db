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
    from .containers import (
        Containers as Containers,
        AsyncContainers as AsyncContainers,
        ContainersWithRawResponse as ContainersWithRawResponse,
        AsyncContainersWithRawResponse as AsyncContainersWithRawResponse,
        ContainersWithStreamingResponse as ContainersWithStreamingResponse,
        AsyncContainersWithStreamingResponse as AsyncContainersWithStreamingResponse,
    )

_LAZY = {
    "AsyncContainers": ".containers",
    "AsyncContainersWithRawResponse": ".containers",
    "AsyncContainersWithStreamingResponse": ".containers",
    "AsyncFiles": ".files",
    "AsyncFilesWithRawResponse": ".files",
    "AsyncFilesWithStreamingResponse": ".files",
    "Containers": ".containers",
    "ContainersWithRawResponse": ".containers",
    "ContainersWithStreamingResponse": ".containers",
    "Files": ".files",
    "FilesWithRawResponse": ".files",
    "FilesWithStreamingResponse": ".files",
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
    "AsyncContainers",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Containers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]
