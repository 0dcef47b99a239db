# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .jobs import (
        Jobs as Jobs,
        AsyncJobs as AsyncJobs,
        JobsWithRawResponse as JobsWithRawResponse,
        AsyncJobsWithRawResponse as AsyncJobsWithRawResponse,
        JobsWithStreamingResponse as JobsWithStreamingResponse,
        AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse,
    )
    from .alpha import (
        Alpha as Alpha,
        AsyncAlpha as AsyncAlpha,
        AlphaWithRawResponse as AlphaWithRawResponse,
        AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse,
        AlphaWithStreamingResponse as AlphaWithStreamingResponse,
        AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse,
    )
    from .checkpoints import (
        Checkpoints as Checkpoints,
        AsyncCheckpoints as AsyncCheckpoints,
        CheckpointsWithRawResponse as CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )
    from .fine_tuning import (
        FineTuning as FineTuning,
        AsyncFineTuning as AsyncFineTuning,
        FineTuningWithRawResponse as FineTuningWithRawResponse,
        AsyncFineTuningWithRawResponse as AsyncFineTuningWithRawResponse,
        FineTuningWithStreamingResponse as FineTuningWithStreamingResponse,
        AsyncFineTuningWithStreamingResponse as AsyncFineTuningWithStreamingResponse,
    )

_LAZY = {
    "Alpha": ".alpha",
    "AlphaWithRawResponse": ".alpha",
    "AlphaWithStreamingResponse": ".alpha",
    "AsyncAlpha": ".alpha",
    "AsyncAlphaWithRawResponse": ".alpha",
    "AsyncAlphaWithStreamingResponse": ".alpha",
    "AsyncCheckpoints": ".checkpoints",
    "AsyncCheckpointsWithRawResponse": ".checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".checkpoints",
    "AsyncFineTuning": ".fine_tuning",
    "AsyncFineTuningWithRawResponse": ".fine_tuning",
    "AsyncFineTuningWithStreamingResponse": ".fine_tuning",
    "AsyncJobs": ".jobs",
    "AsyncJobsWithRawResponse": ".jobs",
    "AsyncJobsWithStreamingResponse": ".jobs",
    "Checkpoints": ".checkpoints",
    "CheckpointsWithRawResponse": ".checkpoints",
    "CheckpointsWithStreamingResponse": ".checkpoints",
    "FineTuning": ".fine_tuning",
    "FineTuningWithRawResponse": ".fine_tuning",
    "FineTuningWithStreamingResponse": ".fine_tuning",
    "Jobs": ".jobs",
    "JobsWithRawResponse": ".jobs",
    "JobsWithStreamingResponse": ".jobs",
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
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
]
