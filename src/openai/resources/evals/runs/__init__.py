# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .runs import (
        Runs as Runs,
        AsyncRuns as AsyncRuns,
        RunsWithRawResponse as RunsWithRawResponse,
        AsyncRunsWithRawResponse as AsyncRunsWithRawResponse,
        RunsWithStreamingResponse as RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse,
    )
    from .output_items import (
        OutputItems as OutputItems,
        AsyncOutputItems as AsyncOutputItems,
        OutputItemsWithRawResponse as OutputItemsWithRawResponse,
        AsyncOutputItemsWithRawResponse as AsyncOutputItemsWithRawResponse,
        OutputItemsWithStreamingResponse as OutputItemsWithStreamingResponse,
        AsyncOutputItemsWithStreamingResponse as AsyncOutputItemsWithStreamingResponse,
    )

_LAZY = {
    "AsyncOutputItems": ".output_items",
    "AsyncOutputItemsWithRawResponse": ".output_items",
    "AsyncOutputItemsWithStreamingResponse": ".output_items",
    "AsyncRuns": ".runs",
    "AsyncRunsWithRawResponse": ".runs",
    "AsyncRunsWithStreamingResponse": ".runs",
    "OutputItems": ".output_items",
    "OutputItemsWithRawResponse": ".output_items",
    "OutputItemsWithStreamingResponse": ".output_items",
    "Runs": ".runs",
    "RunsWithRawResponse": ".runs",
    "RunsWithStreamingResponse": ".runs",
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
    "AsyncOutputItems",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "OutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
]
