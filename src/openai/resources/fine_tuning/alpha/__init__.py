# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alpha import (
        Alpha as Alpha,
        AsyncAlpha as AsyncAlpha,
        AlphaWithRawResponse as AlphaWithRawResponse,
        AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse,
        AlphaWithStreamingResponse as AlphaWithStreamingResponse,
        AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse,
    )
    from .graders import (
        Graders as Graders,
        AsyncGraders as AsyncGraders,
        GradersWithRawResponse as GradersWithRawResponse,
        AsyncGradersWithRawResponse as AsyncGradersWithRawResponse,
        GradersWithStreamingResponse as GradersWithStreamingResponse,
        AsyncGradersWithStreamingResponse as AsyncGradersWithStreamingResponse,
    )

_LAZY = {
    "Alpha": ".alpha",
    "AlphaWithRawResponse": ".alpha",
    "AlphaWithStreamingResponse": ".alpha",
    "AsyncAlpha": ".alpha",
    "AsyncAlphaWithRawResponse": ".alpha",
    "AsyncAlphaWithStreamingResponse": ".alpha",
    "AsyncGraders": ".graders",
    "AsyncGradersWithRawResponse": ".graders",
    "AsyncGradersWithStreamingResponse": ".graders",
    "Graders": ".graders",
    "GradersWithRawResponse": ".graders",
    "GradersWithStreamingResponse": ".graders",
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
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncGraders",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
    "Graders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
]
