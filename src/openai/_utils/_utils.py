"""Small, dependency-free helpers used across the runtime core."""

from __future__ import annotations

import inspect
import functools
from typing import (
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Optional,
    Sequence,
    cast,
)

from typing_extensions import TypeGuard

from .._types import Omit, NotGiven

__all__ = [
    "is_given",
    "required_args",
    "is_mapping",
    "is_dict",
    "is_list",
    "is_tuple",
    "is_sequence",
    "is_iterable",
    "strip_not_given",
    "coerce_integer",
    "coerce_float",
    "coerce_boolean",
    "removeprefix",
    "removesuffix",
    "human_join",
    "quote",
    "get_required_header",
]

_T = TypeVar("_T")
_CallableT = TypeVar("_CallableT", bound=Callable[..., Any])


def is_given(value: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    """True unless `value` is one of the "not passed" sentinels (`NOT_GIVEN` / `omit`)."""
    return not isinstance(value, (NotGiven, Omit))


def is_mapping(obj: object) -> TypeGuard[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def is_dict(obj: object) -> TypeGuard[Dict[object, object]]:
    return isinstance(obj, dict)


def is_list(obj: object) -> TypeGuard[List[object]]:
    return isinstance(obj, list)


def is_tuple(obj: object) -> TypeGuard[Tuple[object, ...]]:
    return isinstance(obj, tuple)


def is_sequence(obj: object) -> TypeGuard[Sequence[object]]:
    return isinstance(obj, Sequence)


def is_iterable(obj: object) -> TypeGuard[Iterable[object]]:
    return isinstance(obj, Iterable)


def strip_not_given(obj: object) -> object:
    """Drop `NOT_GIVEN` / `omit` values from a top-level mapping (other values pass through)."""
    if obj is None:
        return None
    if not is_mapping(obj):
        return obj
    return {key: value for key, value in obj.items() if is_given(value)}


def coerce_integer(value: str) -> int:
    return int(value, base=10)


def coerce_float(value: str) -> float:
    return float(value)


def coerce_boolean(value: str) -> bool:
    return value in ("true", "1", "on")


def removeprefix(string: str, prefix: str) -> str:
    # str.removeprefix exists from 3.9 only as a method; kept as a function for symmetry with removesuffix.
    return string[len(prefix) :] if string.startswith(prefix) else string


def removesuffix(string: str, suffix: str) -> str:
    return string[: -len(suffix)] if suffix and string.endswith(suffix) else string


def quote(string: str) -> str:
    return f"'{string}'"


def human_join(seq: Sequence[str], *, delim: str = ", ", final: str = "or") -> str:
    """`["a", "b", "c"]` -> `"a, b or c"`."""
    size = len(seq)
    if size == 0:
        return ""
    if size == 1:
        return seq[0]
    if size == 2:
        return f"{seq[0]} {final} {seq[1]}"
    return delim.join(seq[:-1]) + f" {final} {seq[-1]}"


def get_required_header(headers: Mapping[str, str], header: str) -> str:
    """Case-insensitive header lookup that raises a clear error when the header is missing."""
    lower = header.lower()
    for key, value in headers.items():
        if key.lower() == lower:
            return value
    raise ValueError(f"Could not find {header} header")


def required_args(*variants: Sequence[str]) -> Callable[[_CallableT], _CallableT]:
    """Check that a call satisfies at least one of several sets of required arguments.

    Overloaded methods (`create(..., stream=False)` / `create(..., stream=True)`) share one
    implementation whose parameters all have defaults; this decorator restores the "missing
    required argument" TypeError the overloads promise.

    ```py
    @required_args(["messages", "model"], ["messages", "model", "stream"])
    def create(self, *, messages=omit, model=omit, stream=omit): ...
    ```
    """

    def decorator(func: _CallableT) -> _CallableT:
        parameters = inspect.signature(func).parameters
        positional = [
            name
            for name, param in parameters.items()
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
        ]

        @functools.wraps(func)
        def wrapper(*args: object, **kwargs: object) -> object:
            given: set[str] = set()
            for index, _ in enumerate(args):
                try:
                    given.add(positional[index])
                except IndexError:
                    raise TypeError(
                        f"{func.__name__}() takes {len(positional)} argument(s) but {len(args)} were given"
                    ) from None
            given.update(key for key, value in kwargs.items() if is_given(value))

            if any(all(name in given for name in variant) for variant in variants):
                return func(*args, **kwargs)

            if len(variants) > 1:
                options = human_join(
                    ["(" + human_join([quote(arg) for arg in variant], final="and") + ")" for variant in variants]
                )
                msg = f"Missing required arguments; Expected either {options} arguments to be given"
            else:
                missing = [name for name in variants[0] if name not in given] if variants else []
                if len(missing) > 1:
                    msg = f"Missing required arguments: {human_join([quote(arg) for arg in missing])}"
                else:
                    msg = f"Missing required argument: {quote(missing[0]) if missing else ''}"
            raise TypeError(msg)

        return cast(_CallableT, wrapper)

    return decorator


def optional_str(value: object) -> Optional[str]:
    return value if isinstance(value, str) else None
