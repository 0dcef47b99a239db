"""`vector_stores.file_batches.{create_and_poll, poll, upload_and_poll}`, mixed into the generated `FileBatches`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Union, Iterable, Optional, Sequence, cast
from concurrent.futures import ThreadPoolExecutor

import anyio

from ..._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
from .._polling import poll, async_poll

if TYPE_CHECKING:
    from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
    from ...types.vector_stores.vector_store_file_batch import VectorStoreFileBatch
    from ...types.vector_stores.file_batch_create_params import File

__all__ = ["SyncHooks", "AsyncHooks"]

# A batch is processed while `in_progress`; `completed`, `cancelled` and `failed` end the wait.
_PENDING = ("in_progress",)


def _what(batch: Any) -> str:
    return f"vector store file batch {batch.id} (vector store {batch.vector_store_id})"


def _check_inputs(files: List[FileTypes], file_ids: Sequence[str], max_concurrency: int) -> None:
    if not files and not file_ids:
        raise ValueError("No files provided: pass `files` to upload and/or existing `file_ids`")
    if max_concurrency < 1:
        raise ValueError(f"max_concurrency must be at least 1, got {max_concurrency}")


class SyncHooks:
    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: Sequence[str] | Omit = omit,
        files: Iterable[File] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFileBatch:
        """Create a file batch and wait until all of its files are processed."""
        batch = cast(Any, self).create(
            vector_store_id,
            attributes=attributes,
            chunking_strategy=chunking_strategy,
            file_ids=file_ids,
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self.poll(
            batch.id,
            vector_store_id=vector_store_id,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )

    def poll(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFileBatch:
        """Wait for a file batch to leave `in_progress`."""
        resource = cast(Any, self)
        return poll(
            lambda headers: resource.with_raw_response.retrieve(
                batch_id, vector_store_id=vector_store_id, extra_headers=headers
            ),
            status_of=lambda batch: batch.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: Sequence[str] = [],
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFileBatch:
        """Upload files (at most `max_concurrency` at a time), create a batch of them plus `file_ids`, and wait."""
        to_upload = list(files)
        _check_inputs(to_upload, file_ids, max_concurrency)
        client = cast(Any, self)._client
        # Threads, not processes: the uploads are I/O bound and the client is thread-safe.
        with ThreadPoolExecutor(max_workers=max_concurrency) as pool:
            uploaded = list(pool.map(lambda f: client.files.create(file=f, purpose="assistants"), to_upload))
        return self.create_and_poll(
            vector_store_id,
            file_ids=[*file_ids, *(f.id for f in uploaded)],
            chunking_strategy=chunking_strategy,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )


class AsyncHooks:
    async def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: Sequence[str] | Omit = omit,
        files: Iterable[File] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFileBatch:
        """Create a file batch and wait until all of its files are processed."""
        batch = await cast(Any, self).create(
            vector_store_id,
            attributes=attributes,
            chunking_strategy=chunking_strategy,
            file_ids=file_ids,
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self.poll(
            batch.id,
            vector_store_id=vector_store_id,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )

    async def poll(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFileBatch:
        """Wait for a file batch to leave `in_progress`."""
        resource = cast(Any, self)
        return await async_poll(
            lambda headers: resource.with_raw_response.retrieve(
                batch_id, vector_store_id=vector_store_id, extra_headers=headers
            ),
            status_of=lambda batch: batch.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )

    async def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: Sequence[str] = [],
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFileBatch:
        """Upload files (at most `max_concurrency` at a time), create a batch of them plus `file_ids`, and wait."""
        to_upload = list(files)
        _check_inputs(to_upload, file_ids, max_concurrency)
        client = cast(Any, self)._client
        limiter = anyio.CapacityLimiter(max_concurrency)
        uploaded_ids: List[str] = [""] * len(to_upload)

        errors: List[Exception] = []

        async def upload_one(index: int, file: FileTypes, scope: anyio.CancelScope) -> None:
            try:
                async with limiter:
                    uploaded_ids[index] = (await client.files.create(file=file, purpose="assistants")).id
            except Exception as exc:
                # Keep the SDK's typed error (a task group would wrap it in an ExceptionGroup) and
                # cancel the remaining uploads.
                errors.append(exc)
                scope.cancel()

        async with anyio.create_task_group() as tg:
            for index, file in enumerate(to_upload):
                tg.start_soon(upload_one, index, file, tg.cancel_scope)
        if errors:
            raise errors[0]
        return await self.create_and_poll(
            vector_store_id,
            file_ids=[*file_ids, *uploaded_ids],
            chunking_strategy=chunking_strategy,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )
