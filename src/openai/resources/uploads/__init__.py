# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .parts import (
        Parts as Parts,
        AsyncParts as AsyncParts,
        PartsWithRawResponse as PartsWithRawResponse,
        AsyncPartsWithRawResponse as AsyncPartsWithRawResponse,
        PartsWithStreamingResponse as PartsWithStreamingResponse,
        AsyncPartsWithStreamingResponse as AsyncPartsWithStreamingResponse,
    )
    from .uploads import (
        Uploads as Uploads,
        AsyncUploads as AsyncUploads,
        UploadsWithRawResponse as UploadsWithRawResponse,
        AsyncUploadsWithRawResponse as AsyncUploadsWithRawResponse,
        UploadsWithStreamingResponse as UploadsWithStreamingResponse,
        AsyncUploadsWithStreamingResponse as AsyncUploadsWithStreamingResponse,
    )

_LAZY = {
    "AsyncParts": ".parts",
    "AsyncPartsWithRawResponse": ".parts",
    "AsyncPartsWithStreamingResponse": ".parts",
    "AsyncUploads": ".uploads",
    "AsyncUploadsWithRawResponse": ".uploads",
    "AsyncUploadsWithStreamingResponse": ".uploads",
    "Parts": ".parts",
    "PartsWithRawResponse": ".parts",
    "PartsWithStreamingResponse": ".parts",
    "Uploads": ".uploads",
    "UploadsWithRawResponse": ".uploads",
    "UploadsWithStreamingResponse": ".uploads",
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
    "AsyncParts",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "Parts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
]
