"""Small predicates over `typing` annotations, shared by model construction and params transform.

They accept the spellings Python 3.9+ produces (`typing.Union`, PEP 604 `X | Y` from 3.10,
`typing_extensions.Annotated`/`Literal`/`Required`), so callers never branch on the Python version.
"""

from __future__ import annotations

import sys
import typing
import collections.abc
from typing import Any, Tuple, Union, TypeVar, cast

import typing_extensions
from typing_extensions import Required, Annotated, NotRequired, get_args, get_origin

__all__ = [
    "is_annotated_type",
    "is_list_type",
    "is_iterable_type",
    "is_sequence_type",
    "is_dict_type",
    "is_union",
    "is_union_type",
    "is_literal_type",
    "is_required_type",
    "is_typevar",
    "is_typeddict",
    "strip_annotated_type",
    "extract_type_arg",
    "literal_values",
]

if sys.version_info >= (3, 10):
    import types

    _UNION_ORIGINS: Tuple[Any, ...] = (Union, types.UnionType)
else:
    _UNION_ORIGINS = (Union,)

_LITERAL_ORIGINS: Tuple[Any, ...] = tuple({typing.Literal, typing_extensions.Literal})
_ANNOTATED_ORIGINS: Tuple[Any, ...] = tuple({typing_extensions.Annotated, getattr(typing, "Annotated", Annotated)})
_REQUIRED_ORIGINS: Tuple[Any, ...] = tuple(
    {Required, NotRequired, getattr(typing, "Required", Required), getattr(typing, "NotRequired", NotRequired)}
)


def is_union(origin: Any) -> bool:
    """True for the origin of a `Union[...]` or `X | Y`."""
    return origin in _UNION_ORIGINS


def is_union_type(tp: object) -> bool:
    return is_union(get_origin(tp))


def is_annotated_type(tp: object) -> bool:
    return get_origin(tp) in _ANNOTATED_ORIGINS


def is_literal_type(tp: object) -> bool:
    return get_origin(tp) in _LITERAL_ORIGINS


def is_required_type(tp: object) -> bool:
    return get_origin(tp) in _REQUIRED_ORIGINS


def is_list_type(tp: object) -> bool:
    return (get_origin(tp) or tp) is list


def is_dict_type(tp: object) -> bool:
    return (get_origin(tp) or tp) in (dict, collections.abc.Mapping, collections.abc.MutableMapping)


def is_iterable_type(tp: object) -> bool:
    """`Iterable[X]` as params use it: any iterable the user passes, consumed once into a list."""
    return (get_origin(tp) or tp) in (collections.abc.Iterable, typing.Iterable)


def is_sequence_type(tp: object) -> bool:
    return (get_origin(tp) or tp) in (collections.abc.Sequence, typing.Sequence, list, tuple)


def is_typevar(tp: object) -> bool:
    return type(tp) is TypeVar  # noqa: E721 - subclasses of TypeVar are not a thing


def is_typeddict(tp: object) -> bool:
    return typing_extensions.is_typeddict(tp) or typing.is_typeddict(tp)


def strip_annotated_type(tp: Any) -> Any:
    """`Required[Annotated[X, ...]]` -> `X`, recursively."""
    while is_required_type(tp) or is_annotated_type(tp):
        tp = get_args(tp)[0]
    return tp


def extract_type_arg(tp: Any, index: int) -> Any:
    args = get_args(tp)
    try:
        return args[index]
    except IndexError as err:
        raise RuntimeError(f"Expected type {tp} to have a type argument at index {index} but it did not") from err


def literal_values(tp: Any) -> Tuple[object, ...]:
    """Flattened values of a (possibly nested) `Literal[...]`."""
    values: list[object] = []
    for arg in get_args(tp):
        if is_literal_type(arg):
            values.extend(literal_values(arg))
        else:
            values.append(arg)
    return tuple(values)


def annotated_metadata(tp: Any) -> Tuple[object, ...]:
    """The metadata of an `Annotated[X, *meta]` (outermost first), `()` for anything else."""
    meta: list[object] = []
    while is_required_type(tp) or is_annotated_type(tp):
        if is_annotated_type(tp):
            meta.extend(cast(Tuple[object, ...], getattr(tp, "__metadata__", ())))
        tp = get_args(tp)[0]
    return tuple(meta)
