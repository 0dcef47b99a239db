"""Small predicates over `typing` annotations, shared by model construction and params transform.

They accept the spellings Python 3.9+ produces (`typing.Union`, PEP 604 `X | Y` from 3.10,
`typing_extensions.Annotated`/`Literal`/`Required`), so callers never branch on the Python version.
"""

from __future__ import annotations

import sys
import typing
import builtins
import collections.abc
from typing import Any, Dict, Tuple, Union, TypeVar, Callable, Optional, ForwardRef, cast

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
    "annotated_metadata",
    "resolve_forward_refs",
    "find_type_by_name",
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
    # typing_extensions' check also recognises `typing.TypedDict` classes (and exists on Python 3.9).
    return typing_extensions.is_typeddict(tp)


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


def resolve_forward_refs(
    annotation: Any,
    namespace: Dict[str, Any],
    *,
    fallback: Optional[Callable[[str], Any]] = None,
) -> Any:
    """Evaluate the forward references inside `annotation`, however deeply nested.

    A name is looked up in the `ForwardRef`'s own module if it records one, else in `namespace`, then
    through `fallback(name)` (which returns `None` when it cannot tell). Whatever stays unresolved is
    left as a `ForwardRef`; callers treat that as "keep the value as received".
    """
    if isinstance(annotation, str):
        annotation = ForwardRef(annotation)
    if isinstance(annotation, ForwardRef):
        name = annotation.__forward_arg__
        module_name = getattr(annotation, "__forward_module__", None)
        module = sys.modules.get(module_name) if isinstance(module_name, str) else None
        scope = dict(vars(module)) if module is not None else dict(namespace)
        try:
            value = eval(name, {"__builtins__": builtins, **scope})  # noqa: S307 - annotations of loaded modules
        except Exception:
            found = fallback(name) if fallback is not None else None
            return found if found is not None else annotation
        return resolve_forward_refs(value, namespace, fallback=fallback)
    if is_literal_type(annotation):
        return annotation
    args = get_args(annotation)
    if not args:
        return annotation
    new_args = tuple(resolve_forward_refs(arg, namespace, fallback=fallback) for arg in args)
    if all(new is old for new, old in zip(new_args, args)):
        return annotation
    try:
        if is_annotated_type(annotation):
            return Annotated[(new_args[0], *annotation.__metadata__)]  # type: ignore[valid-type]
        if is_required_type(annotation):
            return get_origin(annotation)[new_args[0]]
        if is_union_type(annotation):
            return Union[new_args]  # type: ignore[valid-type]
        return annotation.copy_with(new_args)
    except Exception:  # pragma: no cover - an exotic alias: keep it unresolved
        return annotation


_FOUND_BY_NAME: Dict[str, Any] = {}


def find_type_by_name(name: str) -> Any:
    """The one class or alias called `name` across the loaded `openai.types` modules, else `None`.

    The last resort for quoted names that a union alias declared in one module carries into another.
    """
    found = _FOUND_BY_NAME.get(name)
    if found is not None:
        return found
    matches: Dict[int, Any] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("openai.types") or module is None:  # pyright: ignore[reportUnnecessaryComparison]
            continue
        value = vars(module).get(name)
        if value is not None and not isinstance(value, type(sys)):
            matches[id(value)] = value
    if len(matches) != 1:
        return None
    found = next(iter(matches.values()))
    _FOUND_BY_NAME[name] = found
    return found
