"""Pydantic v1 / v2 compatibility shims.

The rest of the runtime talks to pydantic only through the helpers below, so supporting both
major versions is decided in one place. Package-internal API:

- `PYDANTIC_V1`: True when pydantic 1.x is installed.
- `model_dump`, `model_json`, `model_copy`, `parse_obj`, `get_model_fields`, `get_model_config`,
  `field_annotation`, `field_alias`, `field_default`: version-independent accessors.
- `GenericModelBase`: base to mix in for generic models (pydantic.generics.GenericModel on v1).
- `cached_property`, `get_origin`, `get_args`: re-exports with one spelling for the whole package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Type, TypeVar, ForwardRef, cast
from functools import cached_property as cached_property

import pydantic
from typing_extensions import Literal, get_args as get_args, get_origin as get_origin

__all__ = [
    "PYDANTIC_V1",
    "cached_property",
    "get_args",
    "get_origin",
    "model_dump",
    "model_json",
    "model_copy",
    "parse_obj",
    "get_model_fields",
    "get_model_config",
    "field_annotation",
    "field_alias",
    "field_default",
    "field_is_required",
    "GenericModelBase",
]

PYDANTIC_V1: bool = pydantic.VERSION.startswith("1.")

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


def get_model_fields(model: type[pydantic.BaseModel]) -> Dict[str, Any]:
    """Field name -> field info (pydantic v2 `FieldInfo`, v1 `ModelField`)."""
    if PYDANTIC_V1:
        return cast(Dict[str, Any], model.__fields__)  # pyright: ignore[reportDeprecated]
    return cast(Dict[str, Any], model.model_fields)


def get_model_config(model: type[pydantic.BaseModel]) -> Any:
    if PYDANTIC_V1:
        return model.__config__  # type: ignore[attr-defined]
    return model.model_config


def field_annotation(field: Any) -> Any:
    """The declared (generic-substituted) annotation of a field, `Annotated` metadata included where kept."""
    if PYDANTIC_V1:
        # v1 keeps the raw annotation (with `Annotated`) on `annotation` from 1.10 on; `outer_type_` loses it.
        annotation = getattr(field, "annotation", None)
        if annotation is None or type(annotation).__name__ == "DeferredType" or _has_forward_ref(annotation):
            # Parametrised generic models (pages) and forward references resolved by
            # `update_forward_refs()` only show their real type in `outer_type_`.
            return field.outer_type_
        return annotation
    annotation = field.annotation
    metadata = getattr(field, "metadata", None)
    if metadata:
        # v2 moves `Annotated[...]` extras into `metadata`; put them back so the
        # construction code sees discriminators declared with `PropertyInfo`.
        from typing_extensions import Annotated

        return Annotated[(annotation, *metadata)]  # type: ignore[valid-type]
    return annotation


def _has_forward_ref(annotation: object) -> bool:
    if isinstance(annotation, (str, ForwardRef)):
        return True
    return any(_has_forward_ref(arg) for arg in get_args(annotation))


def field_alias(field: Any) -> str | None:
    alias = field.alias
    return alias if isinstance(alias, str) else None


def field_is_required(field: Any) -> bool:
    if PYDANTIC_V1:
        return bool(field.required)
    return bool(field.is_required())


def field_default(field: Any) -> tuple[bool, Any]:
    """(has_default, value) - a `default_factory` is called, a required field has none."""
    if field_is_required(field):
        return False, None
    factory = getattr(field, "default_factory", None)
    if factory is not None:
        return True, factory()
    return True, field.default


def model_dump(
    model: pydantic.BaseModel,
    *,
    mode: Literal["json", "python"] = "python",
    by_alias: bool = True,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    exclude_none: bool = False,
    warnings: bool = True,
) -> Dict[str, Any]:
    if PYDANTIC_V1:
        import json

        # Called through the class: on v1 an extra field named `dict` or `json` shadows the method.
        data = type(model).dict(  # pyright: ignore[reportDeprecated]
            model,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        if mode == "json":
            # v1 has no json mode for dict(); round-trip through its JSON encoder instead.
            return cast(Dict[str, Any], json.loads(type(model).json(model, by_alias=by_alias, exclude_unset=exclude_unset, exclude_defaults=exclude_defaults, exclude_none=exclude_none)))  # pyright: ignore[reportDeprecated]  # fmt: skip
        return data
    return model.model_dump(
        mode=mode,
        by_alias=by_alias,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        exclude_none=exclude_none,
        warnings=warnings,
    )


def model_json(
    model: pydantic.BaseModel,
    *,
    indent: int | None = None,
    by_alias: bool = True,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    exclude_none: bool = False,
    warnings: bool = True,
) -> str:
    if PYDANTIC_V1:
        return type(model).json(  # pyright: ignore[reportDeprecated]
            model,
            indent=indent,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
    return model.model_dump_json(
        indent=indent,
        by_alias=by_alias,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        exclude_none=exclude_none,
        warnings=warnings,
    )


def model_copy(model: _ModelT, *, deep: bool = False) -> _ModelT:
    if PYDANTIC_V1:
        return type(model).copy(model, deep=deep)  # pyright: ignore[reportDeprecated]
    return model.model_copy(deep=deep)


def parse_obj(model: Type[_ModelT], value: object) -> _ModelT:
    """Strict (validating) parse of `value` into `model`."""
    if PYDANTIC_V1:
        return model.parse_obj(value)  # pyright: ignore[reportDeprecated]
    return model.model_validate(value)


if TYPE_CHECKING or not PYDANTIC_V1:

    class GenericModelBase:  # pyright: ignore[reportRedeclaration]
        """On pydantic v2 `BaseModel` subclasses are generic on their own; nothing to add."""

else:
    import pydantic.generics

    GenericModelBase = pydantic.generics.GenericModel  # type: ignore[misc]
