"""Request params transform: user-supplied TypedDict params -> JSON-ready wire data.

Package-internal API (generated code calls `maybe_transform` / `async_maybe_transform`):

- `PropertyInfo(alias=..., format=..., format_template=..., discriminator=...)`: metadata used inside
  `Annotated[...]`, both in params TypedDicts (alias, format) and in response models (discriminator).
- `transform(data, expected_type)` / `async_transform(...)`: recursively rename keys to their wire
  alias, format dates (`iso8601`, or always ISO for `date`/`datetime` values), base64-encode file
  inputs where `format="base64"`, consume `Iterable` inputs into lists, and drop `NOT_GIVEN` / `omit`.
  Keys the TypedDict does not declare pass through unchanged (that is how `extra_body` style data works).
- `maybe_transform(data, expected_type)`: `None` in -> `None` out.

The per-TypedDict key plan (key -> wire alias + value annotation) is computed once per type.
The async variant exists only because base64 of a path-like file reads it without blocking the loop.
"""

from __future__ import annotations

import sys
import base64
import pathlib
import datetime as _dt
from typing import Any, Dict, List, Tuple, Mapping, TypeVar, Iterable, Optional, cast, get_type_hints

import pydantic
from typing_extensions import Literal, override

from .._types import Omit, NotGiven
from ._typing import (
    is_list_type,
    is_typeddict,
    is_union_type,
    is_iterable_type,
    is_sequence_type,
    find_type_by_name,
    annotated_metadata,
    resolve_forward_refs,
    strip_annotated_type,
)
from .._compat import get_args, model_dump

__all__ = [
    "PropertyInfo",
    "transform",
    "maybe_transform",
    "async_transform",
    "async_maybe_transform",
]

_T = TypeVar("_T")

PropertyFormat = Literal["iso8601", "base64", "custom"]


class PropertyInfo:
    """Metadata for a field inside `Annotated[...]`.

    - `alias`: the wire name of a params key (`Annotated[str, PropertyInfo(alias="type")]`).
    - `format`: `"iso8601"` for dates, `"base64"` for file content sent inline, `"custom"` with
      `format_template` (a `strftime` pattern).
    - `discriminator`: the field that tells the variants of a response union apart.
    """

    __slots__ = ("alias", "format", "format_template", "discriminator")

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[PropertyFormat] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    @override
    def __repr__(self) -> str:
        return (
            f"PropertyInfo(alias={self.alias!r}, format={self.format!r}, "
            f"format_template={self.format_template!r}, discriminator={self.discriminator!r})"
        )


def maybe_transform(data: object, expected_type: object) -> Any:
    """`transform()` that lets `None` through (optional params bodies)."""
    if data is None:
        return None
    return transform(data, expected_type)


def transform(data: _T, expected_type: object) -> _T:
    """Transform `data` (built by the caller to match `expected_type`) into wire data."""
    return cast(_T, _transform_value(data, expected_type))


async def async_maybe_transform(data: object, expected_type: object) -> Any:
    if data is None:
        return None
    return await async_transform(data, expected_type)


async def async_transform(data: _T, expected_type: object) -> _T:
    return cast(_T, await _async_transform_value(data, expected_type))


# ---------------------------------------------------------------------------------------------------
# Per-type plans

_KeyPlan = Dict[str, Tuple[str, Any]]  # key -> (wire key, value annotation)
_KEY_PLANS: Dict[Any, _KeyPlan] = {}


def _typeddict_plan(tp: Any) -> _KeyPlan:
    plan = _KEY_PLANS.get(tp)
    if plan is None:
        plan = {}
        for key, annotation in _type_hints(tp).items():
            alias = key
            for meta in annotated_metadata(annotation):
                if isinstance(meta, PropertyInfo) and meta.alias is not None:
                    alias = meta.alias
            plan[key] = (alias, annotation)
        _KEY_PLANS[tp] = plan
    return plan


def _type_hints(tp: Any) -> Dict[str, Any]:
    try:
        return get_type_hints(tp, include_extras=True)
    except Exception:
        # A quoted name from another module somewhere in the graph: resolve key by key instead,
        # so one unresolvable name only leaves its own key untransformed.
        module = sys.modules.get(tp.__module__)
        namespace: Dict[str, Any] = dict(vars(module)) if module is not None else {}
        annotations: Dict[str, Any] = dict(getattr(tp, "__annotations__", {}))
        return {
            key: resolve_forward_refs(value, namespace, fallback=find_type_by_name)
            for key, value in annotations.items()
        }


def _format_of(annotation: Any) -> Optional[PropertyInfo]:
    for meta in annotated_metadata(annotation):
        if isinstance(meta, PropertyInfo) and meta.format is not None:
            return meta
    return None


def _is_given(value: object) -> bool:
    return not isinstance(value, (NotGiven, Omit))


# ---------------------------------------------------------------------------------------------------
# The walk (sync)


_SCALARS = (str, int, float, bool, type(None))


def _transform_value(data: object, annotation: Any) -> object:
    if data.__class__ in _SCALARS:
        # No rule below changes a JSON scalar (formats apply to dates and files, the rest to
        # containers): skip the per-call annotation analysis for the most common values.
        return data
    info = _format_of(annotation)
    tp = strip_annotated_type(annotation)

    if info is not None and _is_formattable(data, info):
        return _format(data, info)
    if is_typeddict(tp) and isinstance(data, Mapping):
        return _transform_typeddict(cast(Mapping[str, object], data), tp)
    if isinstance(data, pydantic.BaseModel):
        return model_dump(data, exclude_unset=True, mode="json")
    if is_union_type(tp):
        # Members only rename/format keys that are present, so applying each in turn is safe
        # and lets e.g. `Union[TextPart, ImagePart]` params keep whichever aliases apply.
        for member in get_args(tp):
            data = _transform_value(data, member)
        return data
    if (is_list_type(tp) or is_iterable_type(tp) or is_sequence_type(tp)) and _is_collection(data):
        args = get_args(tp)
        item_type = args[0] if args else Any
        return [_transform_value(item, item_type) for item in cast(Iterable[object], data)]
    if isinstance(data, Mapping):
        args = get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        return {k: _transform_value(v, value_type) for k, v in cast(Mapping[str, object], data).items() if _is_given(v)}
    if isinstance(data, (_dt.datetime, _dt.date)):
        return data.isoformat()
    return data


def _is_formattable(data: object, info: PropertyInfo) -> bool:
    """Does the `format` of a field apply to this value (dates; files and bytes for base64)?"""
    if isinstance(data, (_dt.datetime, _dt.date)):
        return True
    return info.format == "base64" and _is_base64_input(data)


def _transform_typeddict(data: Mapping[str, object], tp: Any) -> Dict[str, object]:
    plan = _typeddict_plan(tp)
    result: Dict[str, object] = {}
    for key, value in data.items():
        if not _is_given(value):
            continue
        entry = plan.get(key)
        if entry is None:
            result[key] = value  # undeclared key: passed through as given
        else:
            result[entry[0]] = _transform_value(value, entry[1])
    return result


def _is_collection(data: object) -> bool:
    # Strings and bytes are iterable but never a list param; mappings are handled separately.
    return isinstance(data, Iterable) and not isinstance(data, (str, bytes, bytearray, Mapping))


def _format(data: object, info: PropertyInfo) -> object:
    if info.format == "iso8601" and isinstance(data, (_dt.datetime, _dt.date)):
        return data.isoformat()
    if info.format == "custom" and info.format_template is not None and isinstance(data, (_dt.datetime, _dt.date)):
        return data.strftime(info.format_template)
    if info.format == "base64" and _is_base64_input(data):
        return base64.b64encode(_read_sync(data)).decode("ascii")
    if isinstance(data, (_dt.datetime, _dt.date)):
        return data.isoformat()
    return data


def _is_base64_input(data: object) -> bool:
    import io
    import os

    return isinstance(data, (bytes, bytearray, io.IOBase, os.PathLike))


def _read_sync(data: object) -> bytes:
    import os

    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, os.PathLike):
        return pathlib.Path(cast("os.PathLike[str]", data)).read_bytes()
    content = cast(Any, data).read()
    return content.encode() if isinstance(content, str) else bytes(content)


# ---------------------------------------------------------------------------------------------------
# The walk (async): identical decisions, but path-like files are read off the event loop.


async def _async_transform_value(data: object, annotation: Any) -> object:
    if data.__class__ in _SCALARS:
        return data  # see `_transform_value`
    info = _format_of(annotation)
    tp = strip_annotated_type(annotation)

    if info is not None and info.format == "base64" and _is_base64_input(data):
        return base64.b64encode(await _read_async(data)).decode("ascii")
    if info is not None and _is_formattable(data, info):
        return _format(data, info)
    if is_typeddict(tp) and isinstance(data, Mapping):
        plan = _typeddict_plan(tp)
        result: Dict[str, object] = {}
        for key, value in cast(Mapping[str, object], data).items():
            if not _is_given(value):
                continue
            entry = plan.get(key)
            if entry is None:
                result[key] = value
            else:
                result[entry[0]] = await _async_transform_value(value, entry[1])
        return result
    if isinstance(data, pydantic.BaseModel):
        return model_dump(data, exclude_unset=True, mode="json")
    if is_union_type(tp):
        for member in get_args(tp):
            data = await _async_transform_value(data, member)
        return data
    if (is_list_type(tp) or is_iterable_type(tp) or is_sequence_type(tp)) and _is_collection(data):
        args = get_args(tp)
        item_type = args[0] if args else Any
        items: List[object] = []
        for item in cast(Iterable[object], data):
            items.append(await _async_transform_value(item, item_type))
        return items
    if isinstance(data, Mapping):
        args = get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        out: Dict[str, object] = {}
        for k, v in cast(Mapping[str, object], data).items():
            if _is_given(v):
                out[k] = await _async_transform_value(v, value_type)
        return out
    if isinstance(data, (_dt.datetime, _dt.date)):
        return data.isoformat()
    return data


async def _read_async(data: object) -> bytes:
    import os

    if isinstance(data, os.PathLike):
        import anyio

        return await anyio.Path(cast("os.PathLike[str]", data)).read_bytes()
    return _read_sync(data)
