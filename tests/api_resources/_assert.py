"""Hand-written (not generated): check a parsed response against a type annotation, recursively.

`assert_matches_type(ChatCompletion, value, path=["response"])` walks models field by field, lists,
dicts, unions, literals, pages and primitives, and fails with the path of the first mismatch. It is
what makes the generated endpoint tests assert more than "did not raise".
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Union, Literal, Mapping, Iterable, Sequence, get_args, get_origin

import pydantic
from typing_extensions import Annotated, TypeAliasType

from openai._models import BaseModel

_NONE = type(None)


def _strip(tp: Any) -> Any:
    while True:
        if isinstance(tp, TypeAliasType):
            tp = tp.__value__
            continue
        if get_origin(tp) is Annotated:
            tp = get_args(tp)[0]
            continue
        return tp


def _matches(tp: Any, value: object, path: List[str]) -> None:
    assert_matches_type(tp, value, path=path)


def _model_hints(cls: Any) -> Dict[str, Any]:
    # pydantic resolves the (postponed) annotations; rebuild first in case a cyclic import was pending.
    if not getattr(cls, "__pydantic_complete__", True):
        cls.model_rebuild()
    return {name: field.annotation for name, field in cls.model_fields.items()}


def assert_matches_type(tp: Any, value: object, *, path: List[str]) -> None:
    tp = _strip(tp)
    where = ".".join(path)
    if tp is Any or tp is object:
        return
    if tp is None or tp is _NONE:
        assert value is None, f"{where}: expected None, got {value!r}"
        return
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Union:
        errors: List[str] = []
        for member in args:
            try:
                _matches(member, value, path)
                return
            except AssertionError as e:
                errors.append(str(e))
        raise AssertionError(f"{where}: {value!r} matches no member of {tp}: {errors}")
    if origin is Literal:
        assert value in args, f"{where}: {value!r} is not one of {args}"
        return
    if origin in (list, List, Sequence, Iterable) or tp in (list, List):
        assert isinstance(value, list), f"{where}: expected a list, got {type(value).__name__}"
        item = args[0] if args else Any
        for i, v in enumerate(value):
            _matches(item, v, [*path, str(i)])
        return
    if origin in (dict, Dict, Mapping) or tp in (dict, Dict):
        assert isinstance(value, dict), f"{where}: expected a dict, got {type(value).__name__}"
        val_tp = args[1] if len(args) == 2 else Any
        for k, v in value.items():
            assert isinstance(k, str), f"{where}: dict key {k!r} is not a str"
            _matches(val_tp, v, [*path, k])
        return
    cls = origin or tp
    if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
        assert isinstance(value, cls), f"{where}: expected {cls.__name__}, got {type(value).__name__}"
        if origin is not None:
            # A generic page (`SyncCursorPage[FileObject]`): check its items against the argument.
            items = getattr(value, "data", None)
            if items is not None and args:
                for i, v in enumerate(items):
                    _matches(args[0], v, [*path, "data", str(i)])
            return
        if isinstance(value, BaseModel):
            hints = _model_hints(cls)
            for name in hints:
                field_value = getattr(value, name, None)
                if field_value is None:
                    continue  # optional fields left out by the server
                _matches(hints[name], field_value, [*path, name])
        return
    if cls is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (
            f"{where}: expected float, got {value!r}"
        )
        return
    if cls is int:
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: expected int, got {value!r}"
        return
    if cls in (datetime.datetime, datetime.date):
        assert isinstance(value, cls), f"{where}: expected {cls.__name__}, got {value!r}"
        return
    if isinstance(cls, type):
        assert isinstance(value, cls), f"{where}: expected {cls.__name__}, got {type(value).__name__}"
        return
    raise AssertionError(f"{where}: cannot check against {tp!r}")
