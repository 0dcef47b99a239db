# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checkpoints import (
        Checkpoints as Checkpoints,
        AsyncCheckpoints as AsyncCheckpoints,
        CheckpointsWithRawResponse as CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )
    from .permissions import (
        Permissions as Permissions,
        AsyncPermissions as AsyncPermissions,
        PermissionsWithRawResponse as PermissionsWithRawResponse,
        AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse,
        PermissionsWithStreamingResponse as PermissionsWithStreamingResponse,
        AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse,
    )

_LAZY = {
    "AsyncCheckpoints": ".checkpoints",
    "AsyncCheckpointsWithRawResponse": ".checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".checkpoints",
    "AsyncPermissions": ".permissions",
    "AsyncPermissionsWithRawResponse": ".permissions",
    "AsyncPermissionsWithStreamingResponse": ".permissions",
    "Checkpoints": ".checkpoints",
    "CheckpointsWithRawResponse": ".checkpoints",
    "CheckpointsWithStreamingResponse": ".checkpoints",
    "Permissions": ".permissions",
    "PermissionsWithRawResponse": ".permissions",
    "PermissionsWithStreamingResponse": ".permissions",
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
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
]
