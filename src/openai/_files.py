"""Upload normalisation: the file values users pass -> what httpx sends as multipart parts.

Accepted per file: `bytes`, a binary file object, an `os.PathLike`, or a tuple
`(filename, contents[, content_type[, headers]])` whose contents is any of those.
Path-likes are read here (the async variant reads them with `anyio.Path`, off the event loop) and
sent with their base name as the filename.

Package-internal API: `is_file_content`, `assert_is_file_content`, `to_httpx_files`,
`async_to_httpx_files`, and the public `file_from_path`.

This module imports nothing from `openai._utils`: `_utils` imports the params transform, which
imports from here, and the cycle would break `import openai`.
"""

from __future__ import annotations

import io
import os
import pathlib
from typing import Any, List, Tuple, Mapping, cast, overload

from ._types import (
    FileTypes,
    FileContent,
    RequestFiles,
    HttpxFileTypes,
    HttpxFileContent,
    HttpxRequestFiles,
)

__all__ = [
    "is_file_content",
    "assert_is_file_content",
    "file_from_path",
    "to_httpx_files",
    "async_to_httpx_files",
]


def is_file_content(obj: object) -> bool:
    """True for the values accepted as file contents (not tuples)."""
    return isinstance(obj, (bytes, bytearray, tuple, io.IOBase, os.PathLike))


def assert_is_file_content(obj: object, *, key: str | None = None, in_tuple: bool = False) -> None:
    """Raise `TypeError` naming `key` unless `obj` is a file value (`in_tuple`: the contents of a tuple)."""
    if in_tuple:
        if not isinstance(obj, (bytes, bytearray, io.IOBase, os.PathLike)):
            raise TypeError(
                f"Expected the contents (second item) of the tuple at `{key}` to be bytes, an io.IOBase "
                f"instance or PathLike but received {type(obj)} instead." + _str_hint(obj)
            )
        return
    if not is_file_content(obj):
        prefix = f"Expected entry at `{key}`" if key is not None else f"Expected file input `{obj!r}`"
        raise TypeError(
            f"{prefix} to be bytes, an io.IOBase instance, PathLike or a tuple but received {type(obj)} instead."
            + _str_hint(obj)
        )


def _str_hint(obj: object) -> str:
    # The likeliest mistake: a file name or the text itself. Neither is guessed at (a str could be
    # either), so the message says how to pass each.
    if not isinstance(obj, str):
        return ""
    shown = obj if len(obj) <= 40 else obj[:37] + "..."
    return (
        f" A str is not read as a file: for a path pass `pathlib.Path({shown!r})` or `open({shown!r}, 'rb')`;"
        " for text already in memory pass its bytes (`text.encode()`)."
    )


def file_from_path(path: str) -> FileTypes:
    """`(filename, contents)` for the file at `path`, read now."""
    contents = pathlib.Path(path).read_bytes()
    return (os.path.basename(path), contents)


@overload
def to_httpx_files(files: None) -> None: ...
@overload
def to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...
def to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    """Normalise every file of a request (a mapping or a list of `(key, file)` pairs)."""
    if files is None:
        return None
    if isinstance(files, Mapping):
        return {key: _transform_file(value, key) for key, value in files.items()}
    if isinstance(cast(object, files), (list, tuple)):
        return [(key, _transform_file(value, key)) for key, value in files]
    raise TypeError(f"Unexpected file type input {type(files)}, expected mapping or sequence")


def _transform_file(file: FileTypes, key: str) -> HttpxFileTypes:
    if isinstance(file, tuple):
        parts = cast(Tuple[Any, ...], file)
        if len(parts) < 2:
            raise TypeError(f"Expected the tuple at `{key}` to be (filename, contents[, content_type[, headers]])")
        assert_is_file_content(parts[1], key=key, in_tuple=True)
        return cast(HttpxFileTypes, (parts[0], _read_file_content(parts[1]), *parts[2:]))
    assert_is_file_content(file, key=key)
    if isinstance(file, os.PathLike):
        path = pathlib.Path(file)
        return (path.name, path.read_bytes())
    return _read_file_content(cast(FileContent, file))


def _read_file_content(file: FileContent) -> HttpxFileContent:
    if isinstance(file, os.PathLike):
        return pathlib.Path(file).read_bytes()
    if isinstance(file, bytearray):
        return bytes(file)
    return file


@overload
async def async_to_httpx_files(files: None) -> None: ...
@overload
async def async_to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...
async def async_to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    """`to_httpx_files` for async clients: path-likes are read without blocking the event loop."""
    if files is None:
        return None
    if isinstance(files, Mapping):
        result: dict[str, HttpxFileTypes] = {}
        for key, value in files.items():
            result[key] = await _async_transform_file(value, key)
        return result
    if isinstance(cast(object, files), (list, tuple)):
        pairs: List[Tuple[str, HttpxFileTypes]] = []
        for key, value in files:
            pairs.append((key, await _async_transform_file(value, key)))
        return pairs
    raise TypeError(f"Unexpected file type input {type(files)}, expected mapping or sequence")


async def _async_transform_file(file: FileTypes, key: str) -> HttpxFileTypes:
    if isinstance(file, tuple):
        parts = cast(Tuple[Any, ...], file)
        if len(parts) < 2:
            raise TypeError(f"Expected the tuple at `{key}` to be (filename, contents[, content_type[, headers]])")
        assert_is_file_content(parts[1], key=key, in_tuple=True)
        return cast(HttpxFileTypes, (parts[0], await _async_read_file_content(parts[1]), *parts[2:]))
    assert_is_file_content(file, key=key)
    if isinstance(file, os.PathLike):
        import anyio

        path = anyio.Path(file)
        return (path.name, await path.read_bytes())
    return _read_file_content(cast(FileContent, file))


async def _async_read_file_content(file: FileContent) -> HttpxFileContent:
    if isinstance(file, os.PathLike):
        import anyio

        return await anyio.Path(file).read_bytes()
    return _read_file_content(file)
