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
    from .checkpoints import (
        Checkpoints as Checkpoints,
        AsyncCheckpoints as AsyncCheckpoints,
        CheckpointsWithRawResponse as CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )

_LAZY = {
    "AsyncCheckpoints": ".checkpoints",
    "AsyncCheckpointsWithRawResponse": ".checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".checkpoints",
    "AsyncJobs": ".jobs",
    "AsyncJobsWithRawResponse": ".jobs",
    "AsyncJobsWithStreamingResponse": ".jobs",
    "Checkpoints": ".checkpoints",
    "CheckpointsWithRawResponse": ".checkpoints",
    "CheckpointsWithStreamingResponse": ".checkpoints",
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
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
]
