"""Request params transform: user-supplied TypedDict params -> JSON-ready wire data.

Package-internal API (generated code calls `maybe_transform` / `async_maybe_transform`):

- `PropertyInfo(alias=..., format=..., format_template=..., discriminator=...)`: metadata used inside
  `Annotated[...]`, both in params TypedDicts (alias, format) and in response models (discriminator).
- `transform(data, expected_type)` / `async_transform(...)`: recursively rename keys to their wire
  alias, format dates (`iso8601`, or always ISO for `date`/`datetime` values), base64-encode file
  inputs where `format="base64"`, consume `Iterable` inputs into lists, and drop `NOT_GIVEN` / `omit`.
  Keys the TypedDict does not declare pass through unchanged (that is how `extra_body` style data works).
- `maybe_transform(data, expected_type)`: `None` in -> `None` out.

A value that can never mean anything on the wire (a class, a `set` where no list is expected, an
object whose only text form is its repr) raises `TypeError` naming the user's key path
(`messages[0].content`) before any request is built, instead of a bare JSON error from the encoder.
Passing a pydantic model class as `response_format` to `chat.completions.create()` gets the official
hint to use `parse()` (and as a chat tool, a hint to `pydantic_function_tool`). The check lives on the
walk's last-resort branch and the path is collected only while an error unwinds, so common values never
pay for it. `unsendable_json_message` gives the same message for a body the transform never saw.

The per-TypedDict key plan (key -> wire alias + value annotation) is computed once per type.
The async variant exists only because base64 of a path-like file reads it without blocking the loop.
"""

from __future__ import annotations

import re
import sys
import base64
import pathlib
import datetime as _dt
from typing import Any, Dict, List, Tuple, Union, Mapping, TypeVar, Iterable, Optional, cast, get_type_hints

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
    "unsendable_json_message",
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
    try:
        return cast(_T, _transform_value(data, expected_type))
    except _Unsendable as exc:
        raise TypeError(unsendable_message(exc.value, exc.path_string(), expected_type)) from None


async def async_maybe_transform(data: object, expected_type: object) -> Any:
    if data is None:
        return None
    return await async_transform(data, expected_type)


async def async_transform(data: _T, expected_type: object) -> _T:
    try:
        return cast(_T, await _async_transform_value(data, expected_type))
    except _Unsendable as exc:
        raise TypeError(unsendable_message(exc.value, exc.path_string(), expected_type)) from None


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
# Values that cannot be sent


class _Unsendable(Exception):
    """Raised at a value the wire has no form for; each container on the way out adds its key or index
    to `path` (innermost first), so the common case pays nothing for path bookkeeping."""

    def __init__(self, value: object) -> None:
        super().__init__()
        self.value = value
        self.path: List[Union[str, int]] = []

    def path_string(self) -> str:
        text = ""
        for part in reversed(self.path):
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                text += f".{part}" if text else str(part)
        return text


_JSON_ARRAYS = (list, tuple)
# Leaves the walk hands on unchanged: JSON scalars (and their subclasses, e.g. `str` enums) and arrays.
_SENDABLE = (str, int, float, list, tuple)


def _is_untyped(tp: Any) -> bool:
    return tp is Any or tp is object


def _check_sendable(data: object) -> None:
    """Refuse a leaf that means nothing on the wire, whether it ends up in a JSON body or a query string.

    A value with a text form of its own (`uuid.UUID`, `decimal.Decimal`, enums) is let through, as the
    official SDK does: query strings send `str(value)`. A class, a `set` (no `Iterable` param took it),
    bytes outside a base64 field, or an object whose text is only its repr (dataclasses, plain objects)
    would be a JSON encoder error, or garbage in a query, so it is refused here with its key path.
    """
    if isinstance(data, _SENDABLE):
        return
    if isinstance(data, (type, bytes, bytearray)) or type(data).__str__ is object.__str__:
        raise _Unsendable(data)


def _union_verdict(refused: _Unsendable, taken: bool, result: object) -> None:
    """Raise `refused` unless another member of the union took the value and left no trace of the bad part.

    Members are tried in turn; one may refuse what another takes (a `set` is refused by `str` but
    becomes a list under `Iterable[str]`). But "taken" can be vacuous: `Optional[str]` hands a list
    on unchanged, so a bad leaf inside it would still reach the wire. Hence the rule: the refused
    value must not be in the result (by identity; this search runs only on the error path).
    """
    if not taken or _holds(result, refused.value):
        raise refused


def _holds(data: object, target: object) -> bool:
    stack: List[object] = [data]
    while stack:
        item = stack.pop()
        if item is target:
            return True
        if isinstance(item, Mapping):
            stack.extend(cast(Mapping[object, object], item).values())
        elif isinstance(item, (list, tuple)):
            stack.extend(cast(Iterable[object], item))
    return False


def unsendable_message(value: object, path: str, expected_type: object = None) -> str:
    """The `TypeError` text for a value at `path` (the user's keys) that cannot be sent."""
    where = f"`{path}`" if path else "the request params"
    if isinstance(value, type):
        if issubclass(value, pydantic.BaseModel):
            module = getattr(expected_type, "__module__", None)
            hint = _PARSE_HINTS.get((module, path))
            if hint is not None:
                return hint
            if module == _CHAT_PARAMS and _CHAT_TOOL_PATH.match(path):
                return (
                    f"{where} was given the class `{value.__qualname__}`; a class cannot be sent as JSON. "
                    f"Describe it as a function tool with `openai.pydantic_function_tool({value.__qualname__})`."
                )
        return (
            f"{where} was given the class `{value.__qualname__}`; a class cannot be sent as JSON. "
            "Pass JSON data (a dict, list, str, number, bool or None) instead."
        )
    kind = type(value).__qualname__
    if isinstance(value, (set, frozenset)):
        return f"{where} was given a `{kind}`, which JSON has no form for; pass a list instead."
    if isinstance(value, (bytes, bytearray)):
        return (
            f"{where} was given `{kind}`, which JSON has no form for; decode it to a str, or send files "
            "through the method's file parameter."
        )
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return (
        f"{where} was given a value of type `{kind}` ({shown}), which cannot be sent as JSON; "
        "pass a dict, list, str, number, bool or None instead."
    )


def unsendable_json_message(data: object) -> Optional[str]:
    """For the error path of JSON encoding: the message naming the first value JSON cannot encode, or None.

    Walks plain JSON containers only; the path uses the keys as sent (wire names). The transform catches
    most such values earlier with the user's key names; this covers what it never sees (`extra_body`,
    custom `client.post(body=...)`, and values with a text form of their own such as `uuid.UUID`).
    """
    stack: List[Tuple[str, object]] = [("", data)]
    while stack:
        path, item = stack.pop()
        if item is None or isinstance(item, (str, int, float)):
            continue
        if isinstance(item, dict):
            entries = cast(Dict[object, object], item).items()
            stack.extend((f"{path}.{key}" if path else str(key), value) for key, value in reversed(list(entries)))
        elif isinstance(item, (list, tuple)):
            items = list(cast(Iterable[object], item))
            stack.extend((f"{path}[{index}]", value) for index, value in reversed(list(enumerate(items))))
        else:
            return unsendable_message(item, path)
    return None


_CHAT_PARAMS = "openai.types.chat.completion_create_params"
# A pydantic model class in chat's tools list: `pydantic_function_tool` writes the tool for it.
_CHAT_TOOL_PATH = re.compile(r"^tools\[\d+\]$")

# A pydantic model class where a `create()` method expects a JSON format: the official SDK points to
# `parse()`, which takes the class. Keyed by (params module, key path).
_PARSE_HINTS: Dict[Tuple[Optional[str], str], str] = {
    (_CHAT_PARAMS, "response_format"): (
        "You tried to pass a `BaseModel` class to `chat.completions.create()`; "
        "You must use `chat.completions.parse()` instead"
    ),
    ("openai.types.responses.response_create_params", "text.format"): (
        "You tried to pass a `BaseModel` class to `responses.create()` as `text.format`; "
        "You must use `responses.parse(text_format=...)` instead"
    ),
}


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
        # A member refusing the value is not an error while another member takes it (a `set`
        # is refused by `str` but taken by `Iterable[str]`): see `_union_verdict`.
        refused: Optional[_Unsendable] = None
        taken = False
        for member in get_args(tp):
            try:
                data = _transform_value(data, member)
                taken = True
            except _Unsendable as exc:
                refused = exc if refused is None or exc.path else refused
        if refused is not None:
            _union_verdict(refused, taken, data)
        return data
    if (is_list_type(tp) or is_iterable_type(tp) or is_sequence_type(tp)) and _is_collection(data):
        args = get_args(tp)
        return _transform_items(cast(Iterable[object], data), args[0] if args else Any)
    if isinstance(data, Mapping):
        args = get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        out: Dict[str, object] = {}
        try:
            for k, v in cast(Mapping[str, object], data).items():
                if _is_given(v):
                    out[k] = _transform_value(v, value_type)
        except _Unsendable as exc:
            exc.path.append(k)  # pyright: ignore[reportPossiblyUnboundVariable]
            raise
        return out
    if isinstance(data, (_dt.datetime, _dt.date)):
        return data.isoformat()
    if data.__class__ in _JSON_ARRAYS and _is_untyped(tp):
        # An array under `object` / `Any` (JSON schemas, extra keys): its items get the untyped walk too.
        return _transform_items(cast(Iterable[object], data), Any)
    _check_sendable(data)
    return data


def _transform_items(data: Iterable[object], item_type: Any) -> List[object]:
    out: List[object] = []
    append = out.append
    try:
        for item in data:
            append(_transform_value(item, item_type))
    except _Unsendable as exc:
        exc.path.append(len(out))  # the failing item is the one after those already done
        raise
    return out


def _is_formattable(data: object, info: PropertyInfo) -> bool:
    """Does the `format` of a field apply to this value (dates; files and bytes for base64)?"""
    if isinstance(data, (_dt.datetime, _dt.date)):
        return True
    return info.format == "base64" and _is_base64_input(data)


def _transform_typeddict(data: Mapping[str, object], tp: Any) -> Dict[str, object]:
    plan = _typeddict_plan(tp)
    result: Dict[str, object] = {}
    try:
        for key, value in data.items():
            if not _is_given(value):
                continue
            entry = plan.get(key)
            if entry is None:
                # Undeclared key: passed on as given. Walking it would cost every union member that
                # lacks the key (a tool dict under `CustomToolParam`) a copy of the whole value.
                result[key] = value
            else:
                result[entry[0]] = _transform_value(value, entry[1])
    except _Unsendable as exc:
        exc.path.append(key)  # pyright: ignore[reportPossiblyUnboundVariable]
        raise
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
        try:
            for key, value in cast(Mapping[str, object], data).items():
                if not _is_given(value):
                    continue
                entry = plan.get(key)
                if entry is None:
                    result[key] = value
                else:
                    result[entry[0]] = await _async_transform_value(value, entry[1])
        except _Unsendable as exc:
            exc.path.append(key)  # pyright: ignore[reportPossiblyUnboundVariable]
            raise
        return result
    if isinstance(data, pydantic.BaseModel):
        return model_dump(data, exclude_unset=True, mode="json")
    if is_union_type(tp):
        refused: Optional[_Unsendable] = None
        taken = False
        for member in get_args(tp):
            try:
                data = await _async_transform_value(data, member)
                taken = True
            except _Unsendable as exc:
                refused = exc if refused is None or exc.path else refused
        if refused is not None:
            _union_verdict(refused, taken, data)
        return data
    if (is_list_type(tp) or is_iterable_type(tp) or is_sequence_type(tp)) and _is_collection(data):
        args = get_args(tp)
        return await _async_transform_items(cast(Iterable[object], data), args[0] if args else Any)
    if isinstance(data, Mapping):
        args = get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        out: Dict[str, object] = {}
        try:
            for k, v in cast(Mapping[str, object], data).items():
                if _is_given(v):
                    out[k] = await _async_transform_value(v, value_type)
        except _Unsendable as exc:
            exc.path.append(k)  # pyright: ignore[reportPossiblyUnboundVariable]
            raise
        return out
    if isinstance(data, (_dt.datetime, _dt.date)):
        return data.isoformat()
    if data.__class__ in _JSON_ARRAYS and _is_untyped(tp):
        return await _async_transform_items(cast(Iterable[object], data), Any)
    _check_sendable(data)
    return data


async def _async_transform_items(data: Iterable[object], item_type: Any) -> List[object]:
    out: List[object] = []
    try:
        for item in data:
            out.append(await _async_transform_value(item, item_type))
    except _Unsendable as exc:
        exc.path.append(len(out))
        raise
    return out


async def _read_async(data: object) -> bytes:
    import os

    if isinstance(data, os.PathLike):
        import anyio

        return await anyio.Path(cast("os.PathLike[str]", data)).read_bytes()
    return _read_sync(data)
