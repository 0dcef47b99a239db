"""`uploads.upload_file_chunked`, mixed into the generated `Uploads`.

An Upload takes a file in parts: create the Upload (total size, name, MIME type, purpose), add the
parts in order, then complete it with the part IDs in that order. The helper reads at most one part
into memory at a time and sends the MD5 of the whole file on completion (computed while reading,
unless the caller passes one) so the server can check what it assembled.
"""

from __future__ import annotations

import io
import os
import hashlib
from typing import TYPE_CHECKING, Any, List, Union, BinaryIO, Optional, cast, overload
from pathlib import Path

import anyio

from ..._types import Omit, omit

if TYPE_CHECKING:
    from ...types.upload import Upload
    from ...types.file_purpose import FilePurpose

__all__ = ["SyncHooks", "AsyncHooks", "DEFAULT_PART_SIZE"]

# 64 MiB: the API's maximum part size, so the fewest requests.
DEFAULT_PART_SIZE = 64 * 1024 * 1024


def _open(
    file: Union[os.PathLike[str], bytes], filename: Optional[str], size: Optional[int]
) -> tuple[BinaryIO, str, int]:
    """Normalise the two accepted inputs to (stream, filename, total bytes)."""
    if isinstance(file, (bytes, bytearray)):
        if filename is None:
            raise TypeError("The `filename` argument must be given for in-memory files")
        return io.BytesIO(file), filename, len(file) if size is None else size
    path = Path(file)
    return open(path, "rb"), filename or path.name, path.stat().st_size if size is None else size


def _check_part_size(part_size: Optional[int]) -> int:
    part_size = DEFAULT_PART_SIZE if part_size is None else part_size
    if part_size < 1:
        raise ValueError(f"part_size must be positive, got {part_size}")
    return part_size


class SyncHooks:
    @overload
    def upload_file_chunked(
        self,
        *,
        file: os.PathLike[str],
        mime_type: str,
        purpose: FilePurpose,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload: ...

    @overload
    def upload_file_chunked(
        self,
        *,
        file: bytes,
        filename: str,
        bytes: int,
        mime_type: str,
        purpose: FilePurpose,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload: ...

    def upload_file_chunked(
        self,
        *,
        file: os.PathLike[str] | bytes,
        mime_type: str,
        purpose: FilePurpose,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Upload a file in parts through the Uploads API and return the completed `Upload`."""
        resource = cast(Any, self)
        size_of_part = _check_part_size(part_size)
        stream, name, total = _open(file, filename, bytes)
        with stream:
            upload = resource.create(bytes=total, filename=name, mime_type=mime_type, purpose=purpose)
            digest = hashlib.md5(usedforsecurity=False) if isinstance(md5, Omit) else None
            part_ids: List[str] = []
            while True:
                data = stream.read(size_of_part)
                if not data:
                    break
                if digest is not None:
                    digest.update(data)
                part_ids.append(resource.parts.create(upload_id=upload.id, data=data).id)
        return resource.complete(
            upload_id=upload.id, part_ids=part_ids, md5=digest.hexdigest() if digest is not None else md5
        )


class AsyncHooks:
    @overload
    async def upload_file_chunked(
        self,
        *,
        file: os.PathLike[str],
        mime_type: str,
        purpose: FilePurpose,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload: ...

    @overload
    async def upload_file_chunked(
        self,
        *,
        file: bytes,
        filename: str,
        bytes: int,
        mime_type: str,
        purpose: FilePurpose,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload: ...

    async def upload_file_chunked(
        self,
        *,
        file: os.PathLike[str] | bytes,
        mime_type: str,
        purpose: FilePurpose,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Upload a file in parts through the Uploads API and return the completed `Upload`."""
        resource = cast(Any, self)
        size_of_part = _check_part_size(part_size)
        # Opening and reading a path touch the disk: do it off the event loop.
        stream, name, total = await anyio.to_thread.run_sync(_open, file, filename, bytes)
        try:
            upload = await resource.create(bytes=total, filename=name, mime_type=mime_type, purpose=purpose)
            digest = hashlib.md5(usedforsecurity=False) if isinstance(md5, Omit) else None
            part_ids: List[str] = []
            while True:
                data = await anyio.to_thread.run_sync(stream.read, size_of_part)
                if not data:
                    break
                if digest is not None:
                    digest.update(data)
                part_ids.append((await resource.parts.create(upload_id=upload.id, data=data)).id)
        finally:
            stream.close()
        return await resource.complete(
            upload_id=upload.id, part_ids=part_ids, md5=digest.hexdigest() if digest is not None else md5
        )
