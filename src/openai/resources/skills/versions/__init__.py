# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .content import (
        Content as Content,
        AsyncContent as AsyncContent,
        ContentWithRawResponse as ContentWithRawResponse,
        AsyncContentWithRawResponse as AsyncContentWithRawResponse,
        ContentWithStreamingResponse as ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse,
    )
    from .versions import (
        Versions as Versions,
        AsyncVersions as AsyncVersions,
        VersionsWithRawResponse as VersionsWithRawResponse,
        AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse,
        VersionsWithStreamingResponse as VersionsWithStreamingResponse,
        AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )

_LAZY = {
    "AsyncContent": ".content",
    "AsyncContentWithRawResponse": ".content",
    "AsyncContentWithStreamingResponse": ".content",
    "AsyncVersions": ".versions",
    "AsyncVersionsWithRawResponse": ".versions",
    "AsyncVersionsWithStreamingResponse": ".versions",
    "Content": ".content",
    "ContentWithRawResponse": ".content",
    "ContentWithStreamingResponse": ".content",
    "Versions": ".versions",
    "VersionsWithRawResponse": ".versions",
    "VersionsWithStreamingResponse": ".versions",
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
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]
