"""`vector_stores.files.{create_and_poll, poll, upload, upload_and_poll}`, mixed into the generated `Files`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Union, Optional, cast

from ..._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
from .._polling import poll, async_poll

if TYPE_CHECKING:
    from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
    from ...types.vector_stores.vector_store_file import VectorStoreFile

__all__ = ["SyncHooks", "AsyncHooks"]

# Indexing runs while `in_progress`; `completed`, `cancelled` and `failed` end the wait.
_PENDING = ("in_progress",)


def _what(file: Any) -> str:
    return f"vector store file {file.id} (vector store {file.vector_store_id})"


class SyncHooks:
    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFile:
        """Attach a file to a vector store and wait until it is indexed."""
        cast(Any, self).create(
            vector_store_id,
            file_id=file_id,
            attributes=attributes,
            chunking_strategy=chunking_strategy,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self.poll(
            file_id,
            vector_store_id=vector_store_id,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )

    def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFile:
        """Wait for a vector store file to leave `in_progress`."""
        resource = cast(Any, self)
        return poll(
            lambda headers: resource.with_raw_response.retrieve(
                file_id, vector_store_id=vector_store_id, extra_headers=headers
            ),
            status_of=lambda file: file.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )

    def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload a file (purpose `assistants`) and attach it to the vector store, without waiting."""
        resource = cast(Any, self)
        file_obj = resource._client.files.create(file=file, purpose="assistants")
        return resource.create(vector_store_id, file_id=file_obj.id, chunking_strategy=chunking_strategy)

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFile:
        """Upload a file, attach it to the vector store, and wait until it is indexed."""
        file_obj = cast(Any, self)._client.files.create(file=file, purpose="assistants")
        return self.create_and_poll(
            file_obj.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
            max_wait_seconds=max_wait_seconds,
        )


class AsyncHooks:
    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFile:
        """Attach a file to a vector store and wait until it is indexed."""
        await cast(Any, self).create(
            vector_store_id,
            file_id=file_id,
            attributes=attributes,
            chunking_strategy=chunking_strategy,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self.poll(
            file_id,
            vector_store_id=vector_store_id,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )

    async def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFile:
        """Wait for a vector store file to leave `in_progress`."""
        resource = cast(Any, self)
        return await async_poll(
            lambda headers: resource.with_raw_response.retrieve(
                file_id, vector_store_id=vector_store_id, extra_headers=headers
            ),
            status_of=lambda file: file.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )

    async def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload a file (purpose `assistants`) and attach it to the vector store, without waiting."""
        resource = cast(Any, self)
        file_obj = await resource._client.files.create(file=file, purpose="assistants")
        return await resource.create(vector_store_id, file_id=file_obj.id, chunking_strategy=chunking_strategy)

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        max_wait_seconds: Optional[float] = None,
    ) -> VectorStoreFile:
        """Upload a file, attach it to the vector store, and wait until it is indexed."""
        file_obj = await cast(Any, self)._client.files.create(file=file, purpose="assistants")
        return await self.create_and_poll(
            file_obj.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
            max_wait_seconds=max_wait_seconds,
        )
