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
    from .steps import (
        Steps as Steps,
        AsyncSteps as AsyncSteps,
        StepsWithRawResponse as StepsWithRawResponse,
        AsyncStepsWithRawResponse as AsyncStepsWithRawResponse,
        StepsWithStreamingResponse as StepsWithStreamingResponse,
        AsyncStepsWithStreamingResponse as AsyncStepsWithStreamingResponse,
    )

_LAZY = {
    "AsyncRuns": ".runs",
    "AsyncRunsWithRawResponse": ".runs",
    "AsyncRunsWithStreamingResponse": ".runs",
    "AsyncSteps": ".steps",
    "AsyncStepsWithRawResponse": ".steps",
    "AsyncStepsWithStreamingResponse": ".steps",
    "Runs": ".runs",
    "RunsWithRawResponse": ".runs",
    "RunsWithStreamingResponse": ".runs",
    "Steps": ".steps",
    "StepsWithRawResponse": ".steps",
    "StepsWithStreamingResponse": ".steps",
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
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
]
