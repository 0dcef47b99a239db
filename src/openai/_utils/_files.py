"""Multipart support: pull file values out of a request body so httpx can send them as parts.

Package-internal API (generated multipart methods call these):

- `deepcopy_minimal(body)`: copy the dicts and lists of a body (not the leaves) so extraction never
  mutates the caller's params.
- `extract_files(body, *, paths)`: remove the values at `paths` from `body` and return them as
  `(multipart key, file)` pairs. A path is a list of keys; `"<array>"` walks every element of a list.
  Keys of nested values are written the way form encoders expect: `a[b]`, and `a[]` for arrays.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Mapping, TypeVar, Sequence, cast

from .._types import Omit, NotGiven, FileTypes

__all__ = ["deepcopy_minimal", "extract_files"]

_T = TypeVar("_T")


def deepcopy_minimal(item: _T) -> _T:
    """Copy containers (dicts, lists) recursively; leave everything else (file objects!) shared."""
    if isinstance(item, dict):
        return cast(_T, {key: deepcopy_minimal(value) for key, value in cast(Dict[Any, Any], item).items()})
    if isinstance(item, list):
        return cast(_T, [deepcopy_minimal(entry) for entry in cast(List[Any], item)])
    return item


def extract_files(query: Mapping[str, object], *, paths: Sequence[Sequence[str]]) -> List[Tuple[str, FileTypes]]:
    """Remove the file values at `paths` from `query` (mutated: pass a `deepcopy_minimal` copy)."""
    files: List[Tuple[str, FileTypes]] = []
    for path in paths:
        files.extend(_extract_items(query, list(path), index=0, flattened_key=None))
    return files


def _extract_items(
    obj: object, path: List[str], *, index: int, flattened_key: str | None
) -> List[Tuple[str, FileTypes]]:
    try:
        key = path[index]
    except IndexError:
        # The end of the path: `obj` is the file (None or a missing value was filtered out earlier).
        # An optional file the caller left out arrives as the `omit` / `NOT_GIVEN` sentinel: skip it.
        if obj is None or isinstance(obj, (Omit, NotGiven)):
            return []
        assert flattened_key is not None
        if isinstance(obj, list):
            # A list of files at the end of a path is sent as repeated `key[]` parts.
            key_name = flattened_key if flattened_key.endswith("[]") else flattened_key + "[]"
            return [(key_name, cast(FileTypes, entry)) for entry in cast(List[object], obj)]
        return [(flattened_key, cast(FileTypes, obj))]

    index += 1
    if isinstance(obj, dict):
        mapping = cast(Dict[str, object], obj)
        if key not in mapping:
            return []
        if index == len(path) and isinstance(mapping[key], Mapping):
            # not a file: the object member of a `file | object` union (`video={"id": ...}`) stays a form field
            return []
        # Pop only at the leaf: intermediate containers may still hold ordinary form fields.
        value = mapping.pop(key) if index == len(path) else mapping[key]
        new_key = key if flattened_key is None else f"{flattened_key}[{key}]"
        found = _extract_items(value, path, index=index, flattened_key=new_key)
        if index < len(path) and isinstance(value, list) and not value:
            del mapping[key]  # an array emptied of its files must not be sent as a form field too
        return found
    if isinstance(obj, list) and key == "<array>":
        items = cast(List[object], obj)
        array_key = (flattened_key or "") + "[]"
        found: List[Tuple[str, FileTypes]] = []
        for entry in items:
            found.extend(_extract_items(entry, path, index=index, flattened_key=array_key))
        if index == len(path):
            items.clear()  # the array held only files, now moved into parts
        return found
    return []
