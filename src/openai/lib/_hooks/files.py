"""`files.wait_for_processing`: hand-written method mixed into the generated `Files`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._polling import poll, async_poll

if TYPE_CHECKING:
    from ...types.file_object import FileObject

__all__ = ["SyncHooks", "AsyncHooks"]

# `uploaded` is the only state in which processing is still to come; `processed`, `error`
# (and the legacy `deleted`) end the wait.
_PENDING = ("uploaded",)


def _what(file: Any) -> str:
    return f"file {file.id} to finish processing"


class SyncHooks:
    def wait_for_processing(self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 1800) -> FileObject:
        """Wait until a file is processed; raises `PollingTimeoutError` (a `RuntimeError`) after `max_wait_seconds`."""
        resource = cast(Any, self)
        return poll(
            lambda headers: resource.with_raw_response.retrieve(id, extra_headers=headers),
            status_of=lambda file: file.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=int(poll_interval * 1000),
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )


class AsyncHooks:
    async def wait_for_processing(
        self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 1800
    ) -> FileObject:
        """Wait until a file is processed; raises `PollingTimeoutError` (a `RuntimeError`) after `max_wait_seconds`."""
        resource = cast(Any, self)
        return await async_poll(
            lambda headers: resource.with_raw_response.retrieve(id, extra_headers=headers),
            status_of=lambda file: file.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=int(poll_interval * 1000),
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )
