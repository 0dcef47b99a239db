"""Response models and their lenient, fast construction from JSON.

Package-internal API (what the response layer, streams, pages and generated types use):

- `BaseModel`: pydantic model with extra fields allowed and kept, `to_dict()` / `to_json()`, and a lenient
  `construct()` / `model_construct()` that coerces nested data per annotation instead of validating it.
- `GenericModel`: base for generic models (pages) on pydantic v1 and v2.
- `construct_type(*, value, type_)`: build `type_` from decoded JSON without ever rejecting data.
- `construct_owned(*, value, type_)`: the same for data nobody else holds (a body just decoded): no copies.
- `validate_type(*, type_, value)`: the strict alternative (`_strict_response_validation=True`).
- `is_basemodel(value)`, `is_basemodel_type(tp)`.

Construction rules ("never rejected, never silently changed"): nested models, lists, dicts, `Optional`,
enums (unknown values kept), `Literal` (kept as is), datetimes (ISO strings and epoch numbers), unions
(by the declared `PropertyInfo(discriminator=...)`, else the best-fitting variant; a dict that fits no
variant becomes a plain `BaseModel` carrying every key). Data of the wrong type is kept as received.

Speed (this is the hot path of every response): every annotation is compiled once into a converter
function (or `None` for "keep the value"), every model class once into a builder over its plan (wire
name -> field name + converter, defaults, private attributes); on pydantic v2 the builder's common path
is generated as straight-line code per class (`_compile_fast_builder`). When a decoded object has no
aliased keys (the common case) the builder takes the decoded dict over as the instance's `__dict__`
(unknown keys moved out to the extras) and converts only the fields that need it, in place: bodies
decoded by the SDK are owned (`construct_owned`), while `construct_type()` / `construct()` copy the
caller's containers first. What depends only on the object's key tuple (its "shape": fields set,
defaults to add, unknown keys) is worked out once per shape. The fields set, the (empty) extras and the
private attributes are containers shared per class / per shape and copied on the first write
(`BaseModel.__setattr__`, `model_fields_set`, `model_extra`); the private attributes' slot is not even
written until first read (`_LAZY_PRIVATE`). Lists of discriminated unions look the tag up inline, one
call per element. No `typing` introspection and no validation happen per object. pydantic-core strict validation was measured as a fast path and was
slower than this (about 2x per object), so it is used only for `_strict_response_validation`.

Forward references (quoted names, possibly from another module's union alias) are resolved per field
when the plan is built: the model's module first, then a unique model or `openai.types` name.
"""

from __future__ import annotations

import sys
import enum
import json
import inspect
import datetime as _dt
import collections.abc
from typing import (
    TYPE_CHECKING,
    Any,
    Set,
    Dict,
    List,
    Type,
    Tuple,
    TypeVar,
    Callable,
    ClassVar,
    Optional,
    ForwardRef as _ForwardRef,
    cast,
)

import pydantic
from typing_extensions import Self, Literal, override

from ._compat import (
    PYDANTIC_V1,
    GenericModelBase,
    get_args,
    parse_obj,
    get_origin,
    model_dump,
    model_json,
    field_alias,
    field_default,
    field_annotation,
    get_model_fields,
    field_is_required,
)
from ._utils._typing import (
    is_union,
    is_typevar,
    literal_values,
    is_literal_type,
    find_type_by_name,
    annotated_metadata,
    resolve_forward_refs,
    strip_annotated_type,
)
from ._utils._transform import PropertyInfo

__all__ = [
    "BaseModel",
    "GenericModel",
    "construct_type",
    "construct_owned",
    "validate_type",
    "is_basemodel",
    "is_basemodel_type",
]

_T = TypeVar("_T")
_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)

# A converter takes a decoded JSON value and returns the value to store; `None` means "store as is".
Converter = Callable[[Any], Any]

_NoneType = type(None)
_IDENTITY_TYPES: Tuple[Any, ...] = (str, int, bool, object, Any, _NoneType, None, bytes, dict, list)
_setattr = object.__setattr__
_new = object.__new__  # pydantic models do not override `__new__`; calling object's directly skips a lookup


_SlotSetter = Callable[[Any, Any], None]


def _slot_setters() -> Tuple[_SlotSetter, _SlotSetter, _SlotSetter, _SlotSetter]:
    """The setters of pydantic v2's instance slots, called directly (faster than `object.__setattr__`)."""
    if PYDANTIC_V1:  # v1 instances are built through `_setattr` (see `_make_builder`)
        return (_setattr_unused, _setattr_unused, _setattr_unused, _setattr_unused)
    slots = pydantic.BaseModel.__dict__
    return (
        slots["__dict__"].__set__,
        slots["__pydantic_fields_set__"].__set__,
        slots["__pydantic_extra__"].__set__,
        slots["__pydantic_private__"].__set__,
    )


def _setattr_unused(obj: Any, value: Any) -> None:  # pragma: no cover - pydantic v1 placeholder
    raise AssertionError("slot setters are pydantic v2 only")


_SLOT_SETTERS = _slot_setters()


class _SharedSet(Set[str]):
    """A fields set shared by many instances until one of them writes to it (copy on write)."""


class _SharedDict(Dict[str, Any]):
    """Private attributes (or the empty extras) shared by many instances until one of them writes to them
    (copy on write)."""


# The `__pydantic_extra__` of every instance built without unknown keys (the common case).
_NO_EXTRA = _SharedDict()

# The fast builders (pydantic v2, see `_compile_fast_builder`) leave the `__pydantic_private__` slot empty:
# per class, the shared private attributes it stands for. `BaseModel.__getattr__`, which Python reaches only
# while the slot is empty, stores them there on the first read (private attribute access, `==`, copy, pickle).
# `__pydantic_extra__` is always written: every `to_dict()` / `to_json()` reads it, and filling a slot on
# first read costs several times the write it saves.
_LAZY_PRIVATE: Dict[type, Optional[Dict[str, Any]]] = {}
_NOT_LAZY: Any = object()
_set_private = _SLOT_SETTERS[3]


def _unshare(instance: pydantic.BaseModel) -> None:
    fields_set = getattr(instance, "__pydantic_fields_set__", None)
    if fields_set.__class__ is _SharedSet:
        _setattr(instance, "__pydantic_fields_set__", set(cast("Set[str]", fields_set)))
    private = getattr(instance, "__pydantic_private__", None)
    if private.__class__ is _SharedDict:
        _setattr(instance, "__pydantic_private__", dict(cast("Dict[str, Any]", private)))
    extra = getattr(instance, "__pydantic_extra__", None)
    if extra.__class__ is _SharedDict:
        _setattr(instance, "__pydantic_extra__", dict(cast("Dict[str, Any]", extra)))


# Every model class by name, for forward references that the defining module cannot resolve (a union
# alias declared in one module with quoted member names, used from another module).
_MODELS_BY_NAME: Dict[str, List[type]] = {}

if TYPE_CHECKING:
    from pydantic import ConfigDict


def _refuse_v2_only_options(*, mode: str, round_trip: bool, warnings: bool) -> None:
    """The v1 `model_dump`/`model_dump_json` stand-ins refuse what only pydantic v2 can do, as the official SDK."""
    if mode not in ("json", "python"):
        raise ValueError("mode must be either 'json' or 'python'")
    if round_trip:
        raise ValueError("round_trip is only supported in Pydantic v2")
    if not warnings:
        raise ValueError("warnings is only supported in Pydantic v2")


class BaseModel(pydantic.BaseModel):
    """Base of every response type: unknown fields are kept, construction never rejects data."""

    if PYDANTIC_V1:

        class Config:  # pyright: ignore[reportIncompatibleVariableOverride]
            extra = pydantic.Extra.allow  # pyright: ignore
            underscore_attrs_are_private = True
            arbitrary_types_allowed = True

        @property
        def model_fields_set(self) -> set[str]:  # pyright: ignore[reportIncompatibleMethodOverride, reportRedeclaration]
            # v1 spells it `__fields_set__`; give users the v2 name so null-vs-missing reads the same.
            return self.__fields_set__  # type: ignore[attr-defined]

        @property
        def model_extra(self) -> Dict[str, Any]:  # pyright: ignore[reportIncompatibleMethodOverride, reportRedeclaration]
            fields = get_model_fields(type(self))
            return {k: v for k, v in self.__dict__.items() if k not in fields}

        # The official SDK gives v1 users the v2 serialisation names too, so documented code such as
        # `completion.model_dump_json(indent=2)` runs whichever pydantic is installed.
        def model_dump(  # pyright: ignore[reportIncompatibleMethodOverride, reportRedeclaration]
            self,
            *,
            mode: Literal["json", "python"] = "python",
            include: Any = None,
            exclude: Any = None,
            by_alias: bool = False,
            exclude_unset: bool = False,
            exclude_defaults: bool = False,
            exclude_none: bool = False,
            round_trip: bool = False,
            warnings: bool = True,
        ) -> Dict[str, Any]:
            _refuse_v2_only_options(mode=mode, round_trip=round_trip, warnings=warnings)
            options: Dict[str, Any] = dict(
                include=include,
                exclude=exclude,
                by_alias=by_alias,
                exclude_unset=exclude_unset,
                exclude_defaults=exclude_defaults,
                exclude_none=exclude_none,
            )
            # Called through the class: on v1 an extra field named `dict` or `json` shadows the method.
            if mode == "json":
                return cast(Dict[str, Any], json.loads(type(self).json(self, **options)))  # pyright: ignore[reportDeprecated]
            return type(self).dict(self, **options)  # pyright: ignore[reportDeprecated]

        def model_dump_json(  # pyright: ignore[reportIncompatibleMethodOverride, reportRedeclaration]
            self,
            *,
            indent: Optional[int] = None,
            include: Any = None,
            exclude: Any = None,
            by_alias: bool = False,
            exclude_unset: bool = False,
            exclude_defaults: bool = False,
            exclude_none: bool = False,
            round_trip: bool = False,
            warnings: bool = True,
        ) -> str:
            _refuse_v2_only_options(mode="json", round_trip=round_trip, warnings=warnings)
            return type(self).json(  # pyright: ignore[reportDeprecated]
                self,
                indent=indent,
                include=include,
                exclude=exclude,
                by_alias=by_alias,
                exclude_unset=exclude_unset,
                exclude_defaults=exclude_defaults,
                exclude_none=exclude_none,
            )

    else:
        model_config: ClassVar[ConfigDict] = pydantic.ConfigDict(extra="allow", defer_build=True)

        # Instances built from JSON share their fields set and private attributes with the other
        # instances of their class until written to (it saves two allocations per object on the hot
        # path); every pydantic path that writes to them goes through these three.
        @override
        def __setattr__(self, name: str, value: Any) -> None:
            _unshare(self)
            super().__setattr__(name, value)

        @override
        def __delattr__(self, item: str) -> None:
            _unshare(self)
            super().__delattr__(item)

        if not TYPE_CHECKING:  # (a `__getattr__` visible to type checkers would allow any attribute name)

            def __getattr__(self, item: str) -> Any:
                # An empty `__pydantic_private__` slot of an instance built by a fast builder (`_LAZY_PRIVATE`):
                # skipping that write saves about 8% of the construction time of every object.
                if item == "__pydantic_private__":
                    private = _LAZY_PRIVATE.get(self.__class__, _NOT_LAZY)
                    if private is not _NOT_LAZY:
                        _set_private(self, private)
                        return private
                return super().__getattr__(item)

        @property
        @override
        def model_fields_set(self) -> set[str]:
            _unshare(self)
            return self.__pydantic_fields_set__

        @property
        @override
        def model_extra(self) -> Optional[Dict[str, Any]]:
            _unshare(self)  # the caller may write to it
            return self.__pydantic_extra__

        @classmethod
        @override
        def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
            super().__pydantic_init_subclass__(**kwargs)
            # Generated types spell wire names `FieldInfo(alias="wire")`; a bare FieldInfo does not
            # fill the validation/serialization aliases the way `Field()` does, so do it here, before
            # the (deferred) schema is built: `to_dict()` and strict validation then use wire names.
            for field in cls.model_fields.values():
                alias = field.alias
                if alias is None:
                    continue
                attributes_set: Dict[str, Any] = getattr(field, "_attributes_set", {})
                if field.validation_alias is None:
                    field.validation_alias = alias
                    attributes_set["validation_alias"] = alias
                if field.serialization_alias is None:
                    field.serialization_alias = alias
                    attributes_set["serialization_alias"] = alias

    if TYPE_CHECKING or not PYDANTIC_V1:
        _request_id: Optional[str] = None
        """The `x-request-id` header of the response this object came from (set by the response layer)."""
    else:
        # pydantic v1 resolves annotations in the module named by `__module__`, which `openai/__init__`
        # re-labels to `openai`; an unannotated underscore attribute is still a private attribute there.
        _request_id = None

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, object]:
        """The model as a dictionary, keyed by wire names by default; only fields the API sent by default.

        `mode="json"` gives JSON-safe values (datetimes as strings); `exclude_unset=False` adds the
        defaults of fields the API left out.
        """
        return model_dump(
            self,
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The model as a JSON string (see `to_dict` for the options)."""
        return model_json(
            self,
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _MODELS_BY_NAME.setdefault(cls.__name__, []).append(cls)

    @override
    def __str__(self) -> str:
        return f"{self.__repr_name__()}({self.__repr_str__(', ')})"

    @classmethod
    def construct(  # pyright: ignore[reportIncompatibleMethodOverride]
        cls: Type[_ModelT], /, _fields_set: Optional[set[str]] = None, **values: object
    ) -> _ModelT:
        """Lenient construction: keys may be wire names or field names, nothing is validated."""
        return _build_model(cls, _owned(values), _fields_set)

    if not PYDANTIC_V1:

        @classmethod
        @override
        def model_construct(cls, /, _fields_set: Optional[set[str]] = None, **values: Any) -> Self:
            return _build_model(cls, _owned(values), _fields_set)

    else:
        # The v2 name on v1 too, as the official SDK offers it whichever pydantic is installed.
        @classmethod
        def model_construct(cls, /, _fields_set: Optional[set[str]] = None, **values: Any) -> Self:  # pyright: ignore[reportRedeclaration]
            return _build_model(cls, _owned(values), _fields_set)


class GenericModel(GenericModelBase, BaseModel):  # pyright: ignore[reportUnsafeMultipleInheritance]
    """Base for generic models (pages); on pydantic v1 this mixes in `pydantic.generics.GenericModel`."""


def is_basemodel(value: object) -> bool:
    return isinstance(value, pydantic.BaseModel)


def is_basemodel_type(tp: object) -> bool:
    origin = get_origin(tp) or tp
    return inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel)


# ---------------------------------------------------------------------------------------------------
# Per-class construction plans


class _Plan:
    """Everything construction needs to know about one model class, computed once.

    - `lookup`: wire name (or field name) -> (field name, converter or None).
    - `plain_keys`: wire names that equal their field name; when a decoded object has only such keys
      (the common case) it is copied as a whole and only `converted` fields are touched.
    - `converted`: (field name, converter) for fields whose values need converting.
    - `defaults` / `default_names` / `mutable_defaults`: defaults of fields left out (None for required ones).
    - `private`: initial private attributes (pydantic v2), e.g. `_request_id`.
    """

    __slots__ = ("lookup", "plain_keys", "converted", "defaults", "default_names", "mutable_defaults", "private")

    def __init__(
        self,
        lookup: Dict[str, Tuple[str, Optional[Converter]]],
        plain_keys: frozenset[str],
        converted: Tuple[Tuple[str, Converter], ...],
        defaults: Dict[str, Any],
        mutable_defaults: frozenset[str],
        private: Optional[Dict[str, Any]],
    ) -> None:
        self.lookup = lookup
        self.plain_keys = plain_keys
        self.converted = converted
        self.defaults = defaults
        self.default_names = frozenset(defaults)
        self.mutable_defaults = mutable_defaults
        self.private = private


_PLANS: Dict[type, _Plan] = {}
_IMMUTABLE_DEFAULTS = (type(None), str, int, float, bool, tuple, frozenset, enum.Enum)


def _has_unresolved(annotation: object) -> bool:
    if isinstance(annotation, (str, _ForwardRef)):
        return True
    if is_literal_type(annotation):
        return False
    return any(_has_unresolved(arg) for arg in get_args(annotation))


def _model_by_name(name: str) -> Any:
    candidates = _MODELS_BY_NAME.get(name, [])
    return candidates[0] if len(candidates) == 1 else find_type_by_name(name)


def _field_annotations(cls: Type[pydantic.BaseModel], fields: Dict[str, Any]) -> Dict[str, Any]:
    annotations = {name: field_annotation(field) for name, field in fields.items()}
    unresolved = [name for name, ann in annotations.items() if _has_unresolved(ann)]
    if unresolved:
        if PYDANTIC_V1:
            try:
                cls.update_forward_refs()  # pyright: ignore[reportDeprecated]
            except Exception:
                pass
            annotations.update({name: field_annotation(fields[name]) for name in unresolved})
        module = sys.modules.get(cls.__module__)
        namespace: Dict[str, Any] = dict(vars(module)) if module is not None else {}
        namespace.setdefault(cls.__name__, cls)
        for name in unresolved:
            annotations[name] = resolve_forward_refs(annotations[name], namespace, fallback=_model_by_name)
    return annotations


def _make_plan(cls: Type[pydantic.BaseModel]) -> _Plan:
    fields = get_model_fields(cls)
    annotations = _field_annotations(cls, fields)

    lookup: Dict[str, Tuple[str, Optional[Converter]]] = {}
    plain_keys: set[str] = set()
    converted: List[Tuple[str, Converter]] = []
    defaults: Dict[str, Any] = {}
    mutable: set[str] = set()
    for name, field in fields.items():
        converter = _converter_for(annotations[name])
        wire = field_alias(field) or name
        lookup[wire] = (name, converter)
        if wire == name:
            plain_keys.add(name)
        if converter is not None:
            converted.append((name, converter))
        has_default, default = field_default(field)
        # A required field the API left out reads as None (not AttributeError), as in the official SDK:
        # OpenAI-compatible servers often omit fields. It stays out of `model_fields_set`.
        defaults[name] = default
        if has_default and not isinstance(default, _IMMUTABLE_DEFAULTS):
            mutable.add(name)  # copied per instance, as pydantic does
    for name, field in fields.items():
        # Field names are accepted too (`construct(schema_=...)`), unless they are another field's wire name.
        lookup.setdefault(name, lookup[field_alias(field) or name])

    private: Optional[Dict[str, Any]] = None
    if not PYDANTIC_V1:
        private_attrs = cls.__private_attributes__
        if private_attrs:
            private = {}
            for key, attr in private_attrs.items():
                default = attr.get_default()
                if default is not _pydantic_undefined():
                    private[key] = default
    plan = _Plan(lookup, frozenset(plain_keys), tuple(converted), defaults, frozenset(mutable), private)
    _PLANS[cls] = plan
    return plan


def _pydantic_undefined() -> object:
    from pydantic_core import PydanticUndefined

    return PydanticUndefined


Builder = Callable[[Dict[str, Any], Optional[Set[str]]], Any]
_BUILDERS: Dict[type, Builder] = {}


def _build_model(cls: Type[_ModelT], data: Dict[str, Any], fields_set: Optional[Set[str]] = None) -> _ModelT:
    """Build an instance of `cls` from a decoded JSON object without validation."""
    builder = _BUILDERS.get(cls) or _make_builder(cls)
    return builder(data, fields_set)  # type: ignore[no-any-return]


def _make_builder(cls: Type[pydantic.BaseModel]) -> Builder:
    """Compile the construction function of one class: its plan lives in closure cells (fast locals)."""
    plan = _PLANS.get(cls) or _make_plan(cls)
    only_plain_keys = plan.plain_keys.issuperset
    converted = plan.converted
    lookup_get = plan.lookup.get
    defaults = plan.defaults
    # Containers shared by the instances of this class until one of them is written to (see
    # `BaseModel.__setattr__`): the fields set of a complete object and the initial private attributes.
    shared_private = _SharedDict(plan.private) if plan.private is not None else None
    complete_fields_set = _SharedSet({entry[0] for entry in plan.lookup.values()})
    shapes: Dict[Tuple[str, ...], Tuple[Set[str], Dict[str, Any], bool]] = {}
    n_fields = len(plan.lookup) if not plan.lookup else len({entry[0] for entry in plan.lookup.values()})
    new = _new
    setattr_ = _setattr
    no_extra = _NO_EXTRA
    set_dict, set_fields_set, set_extra, set_private = _SLOT_SETTERS
    v1 = PYDANTIC_V1

    def build(data: Dict[str, Any], fields_set: Optional[Set[str]]) -> Any:
        if only_plain_keys(data):
            # The common case: every key is a field under its own name. The decoded dict is owned by
            # construction (see `_owned`), so it becomes the instance's `__dict__` as it is; only the
            # fields whose annotation needs it are converted, in place.
            values = data
            extra: Dict[str, Any] = no_extra
            for name, converter in converted:
                value = values.get(name)
                if value is not None:  # absent or null: nothing to convert, and no call
                    values[name] = converter(value)
        else:
            values = {}
            extra = {}
            for key, value in data.items():
                entry = lookup_get(key)
                if entry is None:
                    extra[key] = value
                else:
                    converter = entry[1]
                    values[entry[0]] = value if converter is None else converter(value)
        if len(values) == n_fields:
            if fields_set is None:
                fields_set = complete_fields_set if not v1 else set(values)
        else:
            # Objects of one class mostly come in a few shapes (the same optional fields left out):
            # per shape, the fields set and the defaults to add are computed once. (v1 instances own their
            # fields set: no copy on write there.)
            shape = tuple(values)
            known = shapes.get(shape)
            if known is None:
                known = _shape_entry(shape, plan, shapes)
            if fields_set is None:
                fields_set = known[0] if not v1 else set(values)
            if known[2]:
                for name in known[1]:
                    values[name] = _copy(defaults[name])
            else:
                values.update(known[1])

        instance = new(cls)
        if v1:
            values.update(extra)
            fields_set |= extra.keys()
            setattr_(instance, "__dict__", values)
            setattr_(instance, "__fields_set__", fields_set)
            instance._init_private_attributes()  # pyright: ignore
        else:
            set_dict(instance, values)
            set_fields_set(instance, fields_set)
            set_extra(instance, extra or no_extra)
            set_private(instance, shared_private)
        return instance

    builder: Builder = build
    if not v1:
        builder = _compile_fast_builder(cls, plan, build, complete_fields_set, shared_private, n_fields)
    _BUILDERS[cls] = builder
    return builder


def _compile_fast_builder(
    cls: Type[pydantic.BaseModel],
    plan: _Plan,
    general: Builder,
    complete_fields_set: Set[str],
    shared_private: Optional[Dict[str, Any]],
    n_fields: int,
) -> Builder:
    """The builder of one class as straight-line code (pydantic v2), for decoded objects without aliased keys.

    Same decisions as the general builder in `_make_builder`, which it defers to for aliased keys, but
    with the per-field conversions unrolled, the per-key decisions taken once per key tuple
    (`_plain_shape_entry`) and the class's constants bound as globals of the generated functions: no loop
    over keys, no v1 branches per object. This runs once for every object of every response; three paths,
    cheapest first: a complete object, plain keys with fields left out, then unknown keys (extras).
    """
    set_dict, set_fields_set, set_extra, set_private = _SLOT_SETTERS
    namespace: Dict[str, Any] = {
        "only_plain_keys": plan.plain_keys.issuperset,
        "general": general,
        "shape_entry": _plain_shape_entry,
        "general_shape": _GENERAL_SHAPE,
        "plan": plan,
        "defaults": plan.defaults,
        "copy_": _copy,
        "complete": complete_fields_set,
        "private": shared_private,
        "no_extra": _NO_EXTRA,
        "cls": cls,
        "new": _new,
        "set_dict": set_dict,
        "set_fields_set": set_fields_set,
        "set_extra": set_extra,
        "set_private": set_private,
    }
    # Key tuples seen by this builder (see `_plain_shape_entry`): those with plain keys only, and the others.
    # Kept apart from the general builder's shapes, which are tuples of field names reached through aliases.
    plain_shapes: Dict[Tuple[str, ...], _PlainShape] = {}
    other_shapes: Dict[Tuple[str, ...], _PlainShape] = {}
    namespace.update(shapes_get=plain_shapes.get, shapes=plain_shapes, others_get=other_shapes.get, others=other_shapes)
    lazy_private = issubclass(cls, BaseModel)  # (builders are made for the SDK's own models only)
    conversions: List[str] = []
    for i, (name, converter) in enumerate(plan.converted):
        namespace[f"convert_{i}"] = converter
        # Absent or null: nothing to convert, and no call. List converters keep every falsy value as it is
        # (an empty list gives an equal empty list), so those skip the call for `[]` (common) as well.
        test = "value" if getattr(converter, "keeps_falsy", False) else "value is not None"
        conversions += [
            f"    value = data.get({name!r})",
            f"    if {test}:",
            f"        data[{name!r}] = convert_{i}(value)",
        ]
    set_private_line = [] if lazy_private else ["    set_private(instance, private)"]

    def shape_tail(extra: str) -> List[str]:
        # The end of both shape paths (`known` is the key tuple's entry): defaults after the conversions
        # (stored as declared, never converted), then the instance.
        return [
            "    if known[2]:",
            "        for name in known[1]:",
            "            data[name] = copy_(defaults[name])",
            "    else:",
            "        data.update(known[1])",
            "    if fields_set is None:",
            "        fields_set = known[0]",
            "    instance = new(cls)",
            "    set_dict(instance, data)",
            "    set_fields_set(instance, fields_set)",
            f"    set_extra(instance, {extra})",
            *set_private_line,
            "    return instance",
        ]

    # Each path has its own copy of the conversions: no flag is tested twice per object.
    lines = [
        "def build(data, fields_set):",
        # A complete object (every field, under its own name) is the most common case: two cheap checks.
        f"    if len(data) == {n_fields} and only_plain_keys(data):",
        *("    " + line for line in conversions),
        "        if fields_set is None:",
        "            fields_set = complete",
        "        instance = new(cls)",
        "        set_dict(instance, data)",
        "        set_fields_set(instance, fields_set)",
        "        set_extra(instance, no_extra)",
        *("    " + line for line in set_private_line),
        "        return instance",
        # Next, fields left out (still plain keys only): one lookup of the key tuple gives the fields set
        # and the defaults to add.
        "    known = shapes_get(tuple(data))",
        "    if known is None:",
        "        return build_other(data, fields_set)",
        *conversions,
        *shape_tail("no_extra"),
        "",
        # Anything else: unknown keys (moved to the extras, kept as received), a key tuple not seen yet
        # (classified once), or aliased keys (the general builder maps them).
        "def build_other(data, fields_set):",
        "    shape = tuple(data)",
        "    known = others_get(shape)",
        "    if known is None:",
        "        known = shape_entry(shape, plan, shapes, others)",
        "    if known is general_shape:",
        "        return general(data, fields_set)",
        # (A loop, not a comprehension: that would turn `data` into a closure cell, slower on every use.)
        "    extra = {}",
        "    for key in known[3]:",
        "        extra[key] = data.pop(key)",
        *conversions,
        *shape_tail("extra or no_extra"),
    ]
    if lazy_private:
        # `__pydantic_private__` is left empty: it reads as `private` (`_LAZY_PRIVATE`, `BaseModel.__getattr__`).
        _LAZY_PRIVATE[cls] = shared_private
    code = compile("\n".join(lines), f"<openai builder {cls.__module__}.{cls.__qualname__}>", "exec")
    exec(code, namespace)  # noqa: S102 - source assembled above from field names (identifiers) only
    return cast(Builder, namespace["build"])


_MAX_SHAPES = 64  # per class; beyond that (unusual data) shapes are simply not remembered


def _shape_entry(
    shape: Tuple[str, ...], plan: _Plan, shapes: Dict[Tuple[str, ...], Tuple[Set[str], Dict[str, Any], bool]]
) -> Tuple[Set[str], Dict[str, Any], bool]:
    """(shared fields set, defaults to add, whether any of them is mutable) for objects with these keys."""
    missing = plan.default_names.difference(shape)
    entry = (_SharedSet(shape), _missing_defaults(plan, missing), bool(missing & plan.mutable_defaults))
    if len(shapes) < _MAX_SHAPES:
        shapes[shape] = entry
    return entry


def _missing_defaults(plan: _Plan, missing: frozenset[str]) -> Dict[str, Any]:
    # In declaration order (not set order, which varies with the hash seed): `to_dict(exclude_unset=False)`
    # lists the fields left out in that order, after the ones received.
    return {name: default for name, default in plan.defaults.items() if name in missing}


# What a fast builder knows about one key tuple: (shared fields set, defaults to add, whether any of them is
# mutable, the unknown keys to move to the extras), or `_GENERAL_SHAPE` for tuples with aliased keys.
_PlainShape = Tuple[Set[str], Dict[str, Any], bool, Tuple[str, ...]]
_GENERAL_SHAPE: _PlainShape = (set(), {}, False, ())


def _plain_shape_entry(
    shape: Tuple[str, ...],
    plan: _Plan,
    plain: Dict[Tuple[str, ...], _PlainShape],
    others: Dict[Tuple[str, ...], _PlainShape],
) -> _PlainShape:
    """Classify a key tuple for `_compile_fast_builder` (remembered in `plain` when every key is a plain
    field name, else in `others`): the same decisions as the general builder's loop (unknown keys become
    extras, kept as received), taken once per tuple instead of once per key and object."""
    fields = [key for key in shape if key in plan.lookup]
    entry: _PlainShape
    if not plan.plain_keys.issuperset(fields):
        entry = _GENERAL_SHAPE  # a wire alias or a non-plain field name: mapped by the general builder
    else:
        extra_keys = tuple(key for key in shape if key not in plan.lookup)
        missing = plan.default_names.difference(fields)
        entry = (
            _SharedSet(fields),
            _missing_defaults(plan, missing),
            bool(missing & plan.mutable_defaults),
            extra_keys,
        )
    shapes = plain if entry is not _GENERAL_SHAPE and not entry[3] else others
    if len(shapes) < _MAX_SHAPES:
        shapes[shape] = entry
    return entry


def _base_model_ready() -> Type[BaseModel]:
    """`BaseModel` itself, with its (deferred) schema built so it can be serialized inside other models.

    pydantic < 2.14 does not build a nested instance's deferred serializer on demand.
    """
    if not PYDANTIC_V1 and not BaseModel.__pydantic_complete__:
        BaseModel.model_rebuild()
    return BaseModel


def _copy(value: _T) -> _T:
    import copy

    return copy.deepcopy(value)


# ---------------------------------------------------------------------------------------------------
# Annotation -> converter compilation (cached per annotation)

_CONVERTERS: Dict[Any, Optional[Converter]] = {}


def _converter_for(annotation: Any) -> Optional[Converter]:
    try:
        return _CONVERTERS[annotation]
    except KeyError:
        pass
    except TypeError:  # unhashable annotation (rare): compile without caching
        return _compile(annotation)
    converter = _compile(annotation)
    _CONVERTERS[annotation] = converter
    return converter


def _discriminator_of(annotation: Any) -> Optional[str]:
    for meta in annotated_metadata(annotation):
        if isinstance(meta, PropertyInfo) and meta.discriminator:
            return meta.discriminator
    return None


def _compile(annotation: Any) -> Optional[Converter]:
    discriminator = _discriminator_of(annotation)
    tp = strip_annotated_type(annotation)
    if tp in _IDENTITY_TYPES or is_typevar(tp) or is_literal_type(tp):
        return None
    if isinstance(tp, (str, _ForwardRef)):
        return None  # unresolvable: keep the value as received
    origin = get_origin(tp)
    if is_union(origin):
        return _union_converter(get_args(tp), discriminator)
    if origin is not None:
        args = get_args(tp)
        if origin in (list, List, tuple, set, frozenset) or _is_sequence_origin(origin):
            return _list_converter(_converter_for(args[0]) if args else None)
        if origin in (dict, Dict) or _is_mapping_origin(origin):
            return _dict_converter(_converter_for(args[1]) if len(args) == 2 else None)
        if origin is type or origin is Type:
            return None
        tp_origin = origin
    else:
        tp_origin = tp
    if inspect.isclass(tp_origin):
        if issubclass(tp_origin, pydantic.BaseModel):
            return _model_converter(cast(Type[pydantic.BaseModel], tp))
        if issubclass(tp_origin, enum.Enum):
            return _enum_converter(tp_origin)
        if tp_origin is float:
            return _to_float
        if tp_origin is _dt.datetime:
            return _to_datetime
        if tp_origin is _dt.date:
            return _to_date
    return None


_SEQUENCE_ORIGINS: Tuple[Any, ...] = (
    collections.abc.Sequence,
    collections.abc.Iterable,
    collections.abc.MutableSequence,
)
_MAPPING_ORIGINS: Tuple[Any, ...] = (collections.abc.Mapping, collections.abc.MutableMapping)


def _is_sequence_origin(origin: object) -> bool:
    return origin in _SEQUENCE_ORIGINS


def _is_mapping_origin(origin: object) -> bool:
    return origin in _MAPPING_ORIGINS


# _ONE_ITEM: list converters build a one-item list (the most common length: one content part, one
# annotation, one summary) without a comprehension, which on Python < 3.12 is a function call of its own
# (about 70 ns per list).


def _list_converter(item: Optional[Converter]) -> Optional[Converter]:
    if item is None:
        return None
    model = getattr(item, "model", None)
    if model is not None:
        return _model_list_converter(model)
    as_list = getattr(item, "as_list", None)
    if as_list is not None:
        return cast(Converter, as_list)

    # `value.__class__ is list` rather than `type(value) is list`: same check, but the type checker
    # keeps `value` as `Any`, so no `cast()` call is needed on this hot path.
    def convert_list(value: Any) -> Any:
        if value.__class__ is list:
            return [item(v) for v in value]
        return value

    convert_list.keeps_falsy = True  # type: ignore[attr-defined]  # see `_compile_fast_builder`
    return convert_list


def _model_list_converter(model: Type[pydantic.BaseModel]) -> Converter:
    """`List[Model]`, the most common nested shape (pages, choices): one call per element, not two."""
    builder: List[Builder] = []

    def convert_model_list(value: Any) -> Any:
        if value.__class__ is not list:
            return value
        if not builder:
            builder.append(_BUILDERS.get(model) or _make_builder(model))
        build = builder[0]
        if len(value) == 1:  # (see `_ONE_ITEM`)
            v = value[0]
            return [build(v, None) if v.__class__ is dict else v]
        return [build(v, None) if v.__class__ is dict else v for v in value]

    convert_model_list.keeps_falsy = True  # type: ignore[attr-defined]
    return convert_model_list


def _dict_converter(item: Optional[Converter]) -> Optional[Converter]:
    if item is None:
        return None

    def convert_dict(value: Any) -> Any:
        if value.__class__ is dict:
            return {k: item(v) for k, v in value.items()}
        return value

    return convert_dict


def _model_converter(model: Type[pydantic.BaseModel]) -> Converter:
    if not issubclass(get_origin(model) or model, BaseModel):
        # A user's own pydantic model (e.g. structured outputs): pydantic's own lenient construct.
        def convert_foreign(value: Any) -> Any:
            if isinstance(value, dict):
                data = cast("Dict[str, Any]", value)
                return model.construct(**data) if PYDANTIC_V1 else model.model_construct(**data)  # pyright: ignore[reportDeprecated]
            return value

        return convert_foreign

    builder: List[Builder] = []  # compiled on first use (annotations may still be unresolved now)

    def convert_model(value: Any) -> Any:
        if value.__class__ is dict:
            if not builder:
                builder.append(_BUILDERS.get(model) or _make_builder(model))
            return builder[0](value, None)
        return value

    convert_model.model = model  # type: ignore[attr-defined]  # lets `List[Model]` use the builder directly
    return convert_model


def _enum_converter(enum_cls: Type[enum.Enum]) -> Converter:
    def convert_enum(value: Any) -> Any:
        try:
            return enum_cls(value)
        except (ValueError, TypeError):
            return value  # an unknown member is kept as received

    return convert_enum


def _to_float(value: Any) -> Any:
    # JSON has one number type; `1` in a float field reads as `1.0` (bools are left alone).
    if type(value) is int:
        return float(value)
    return value


def _parse_iso_datetime(value: str) -> _dt.datetime:
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    return _dt.datetime.fromisoformat(text)


_DATETIME_ADAPTER: List[Any] = []


def _pydantic_datetime(value: Any) -> Any:
    """pydantic's (lax) datetime parser: epoch seconds/milliseconds and ISO forms Python's parser misses."""
    if PYDANTIC_V1:
        from pydantic.datetime_parse import parse_datetime  # pyright: ignore

        return parse_datetime(value)
    if not _DATETIME_ADAPTER:
        _DATETIME_ADAPTER.append(pydantic.TypeAdapter(_dt.datetime))
    return _DATETIME_ADAPTER[0].validate_python(value)


_UTC = _dt.timezone.utc
# pydantic's rule: epoch numbers above this are milliseconds.
_MS_THRESHOLD = 2e10


def _to_datetime(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _parse_iso_datetime(value)
        except ValueError:
            pass
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            seconds = value / 1000 if abs(value) > _MS_THRESHOLD else value
            return _dt.datetime.fromtimestamp(seconds, tz=_UTC)
        except (OverflowError, OSError, ValueError):
            return value
    else:
        return value
    try:
        return _pydantic_datetime(value)
    except (ValueError, TypeError, pydantic.ValidationError):
        return value


def _to_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


# --- unions ---------------------------------------------------------------------------------------


class _ModelVariant:
    """What best-fit matching needs to know about one model variant of a union."""

    __slots__ = ("model", "keys", "required", "literals")

    def __init__(self, model: Type[pydantic.BaseModel]) -> None:
        self.model = model
        fields = get_model_fields(model)
        self.keys = frozenset(field_alias(f) or n for n, f in fields.items())
        self.required = frozenset(field_alias(f) or n for n, f in fields.items() if field_is_required(f))
        literals: Dict[str, frozenset[object]] = {}
        for name, field in fields.items():
            ann = strip_annotated_type(field_annotation(field))
            if is_literal_type(ann):
                literals[field_alias(field) or name] = frozenset(literal_values(ann))
        self.literals = literals

    def score(self, value: Dict[str, Any]) -> Optional[int]:
        """`None` when a `Literal` field contradicts the data, else how well the data fits (higher is better).

        A matching `Literal` (the usual `type` tag) outweighs everything else; then present keys count
        for the variant and missing required keys against it.
        """
        score = 0
        for key, allowed in self.literals.items():
            if key in value:
                try:
                    if value[key] not in allowed:
                        return None
                except TypeError:  # unhashable value cannot equal a literal
                    return None
                score += 1000
        score += 2 * sum(1 for k in value if k in self.keys)
        score -= 3 * sum(1 for k in self.required if k not in value)
        return score


def _matches_scalar(tp: Any, value: Any) -> bool:
    """Does a non-dict `value` belong to the (stripped) union member `tp`?"""
    if tp in (Any, object):
        return True
    if is_literal_type(tp):
        return value in literal_values(tp)
    origin = get_origin(tp) or tp
    if origin in (list, List, tuple) or _is_sequence_origin(origin):
        return isinstance(value, list)
    if origin in (dict, Dict) or _is_mapping_origin(origin):
        return isinstance(value, dict)
    if origin is bool:
        return isinstance(value, bool)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if origin is str:
        return isinstance(value, str)
    if origin in (_dt.datetime, _dt.date):
        return isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if inspect.isclass(origin) and issubclass(origin, enum.Enum):
        return any(value == m.value for m in origin)
    return False


def _flatten_union(members: Tuple[Any, ...], discriminator: Optional[str]) -> Tuple[List[Any], Optional[str]]:
    """`Union[A, Annotated[Union[B, C], PropertyInfo(discriminator="event")]]` -> `[A, B, C]`, "event".

    A union nested in a union is one union to the data: its members compete with the outer ones.
    A nested discriminator is adopted when the outer union has none and the nested ones agree;
    members without that tag field are still reached by best fit.
    """
    flat: List[Any] = []
    nested_tags: set[Optional[str]] = set()
    for member in members:
        inner = strip_annotated_type(member)
        if is_union(get_origin(inner)):
            nested, tag = _flatten_union(get_args(inner), _discriminator_of(member))
            flat.extend(nested)
            nested_tags.add(tag)
        else:
            flat.append(member)
    if discriminator is None and len(nested_tags) == 1:
        discriminator = next(iter(nested_tags))
    return flat, discriminator


def _union_converter(members: Tuple[Any, ...], discriminator: Optional[str]) -> Optional[Converter]:
    flat_members, discriminator = _flatten_union(members, discriminator)
    variants = [m for m in flat_members if m is not _NoneType and m is not None]
    if len(variants) == 1 and discriminator is None:
        return _converter_for(variants[0])
    stripped = [strip_annotated_type(v) for v in variants]
    if all(s in _IDENTITY_TYPES or is_literal_type(s) or s is float for s in stripped) and float not in stripped:
        return None  # e.g. Union[str, int, Literal[...]]: nothing to convert

    model_types = [cast(Type[pydantic.BaseModel], s) for s in stripped if is_basemodel_type(s)]
    non_models = [s for s in stripped if not is_basemodel_type(s)]
    variants_cache: List[_ModelVariant] = []
    mapping: Dict[object, Builder] = {}
    wire_key: List[str] = []  # the discriminator's wire name, once known

    def model_variants() -> List[_ModelVariant]:
        # Built lazily: member classes may still have unresolved forward references at compile time.
        if not variants_cache and model_types:
            variants_cache.extend(_ModelVariant(m) for m in model_types)
        return variants_cache

    def build_mapping() -> str:
        wire = cast(str, discriminator)
        for variant in model_variants():
            field = get_model_fields(variant.model).get(wire)
            if field is not None:
                wire = field_alias(field) or wire
                break
        for variant in model_variants():
            for literal in variant.literals.get(wire, ()):
                if literal not in mapping:
                    mapping[literal] = _BUILDERS.get(variant.model) or _make_builder(variant.model)
        wire_key.append(wire)
        return wire

    tagged = discriminator is not None and bool(model_types)
    mapping_get = mapping.get

    def convert_union(value: Any) -> Any:
        if value.__class__ is dict:
            if tagged:
                try:
                    builder = mapping_get(value.get(wire_key[0] if wire_key else build_mapping()))
                except TypeError:  # unhashable discriminator value
                    builder = None
                if builder is not None:
                    return builder(value, None)
            return best_fit(value)
        if value is None:
            return None
        for member in non_models:
            if _matches_scalar(member, value):
                converter = _converter_for(member)
                return value if converter is None else converter(value)
        return value

    def fallback(value: Any, _fields_set: Any) -> Any:
        # Builder-shaped, for the tag lookup in `convert_union_list`: not dict, no tag, or an unknown tag.
        return convert_union(value) if value.__class__ is not dict else best_fit(value)

    def convert_union_list(value: Any) -> Any:
        """`List[<discriminated union>]` (response output, content parts): the tag lookup inlined per
        element, one call per element instead of two."""
        if value.__class__ is not list:
            return value
        key = wire_key[0] if wire_key else build_mapping()
        try:
            if len(value) == 1:  # (see `_ONE_ITEM`)
                v = value[0]
                return [mapping_get(v.get(key), fallback)(v, None) if v.__class__ is dict else convert_union(v)]
            return [
                mapping_get(v.get(key), fallback)(v, None) if v.__class__ is dict else convert_union(v) for v in value
            ]
        except TypeError:  # an unhashable tag value somewhere: element by element
            return [convert_union(v) for v in value]

    if tagged:
        convert_union.as_list = convert_union_list  # type: ignore[attr-defined]
        convert_union_list.keeps_falsy = True  # type: ignore[attr-defined]

    def best_fit(data: Dict[str, Any]) -> Any:
        if model_types:
            best: Optional[_ModelVariant] = None
            best_score = 0
            for variant in model_variants():
                score = variant.score(data)
                if score is not None and (best is None or score > best_score):
                    best, best_score = variant, score
            if best is not None:
                return _build_model(best.model, data)
        for member in non_models:
            if _matches_scalar(member, data):
                converter = _converter_for(member)
                return data if converter is None else converter(data)
        if model_types:
            # No variant fits (e.g. a variant the SDK does not know yet): keep every key,
            # reachable as attributes, without pretending it is one of the known variants.
            return _build_model(_base_model_ready(), data)
        return data

    return convert_union


# ---------------------------------------------------------------------------------------------------
# Entry points


def construct_type(*, value: object, type_: object) -> object:
    """Build `type_` from decoded JSON leniently (see the module docstring for the rules).

    `value` is left untouched (its containers are copied first); see `construct_owned`.
    """
    converter = _converter_for(type_)
    return value if converter is None else converter(_owned(value))


def construct_owned(*, value: object, type_: object) -> object:
    """`construct_type` for data nobody else holds (a body just decoded): its dicts become the models'
    `__dict__`s and its lists may be reused, which saves a copy of every object on the hot path."""
    converter = _converter_for(type_)
    return value if converter is None else converter(value)


def _owned(value: Any) -> Any:
    """A copy of the JSON containers (dicts, lists) of `value`, so that construction may take them over.

    Builders use the dicts they are given as instance `__dict__`s and convert fields in place; data that a
    caller still holds (`construct()`, `construct_type()`) goes through here first.
    """
    cls = value.__class__
    if cls is dict:
        return {k: _owned(v) for k, v in value.items()}
    if cls is list:
        return [_owned(v) for v in value]
    return value


_ADAPTERS: Dict[Any, Any] = {}


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Strict validation through pydantic, for clients created with `_strict_response_validation=True`."""
    if inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        return cast(_T, parse_obj(type_, value))
    if PYDANTIC_V1:
        return cast(_T, pydantic.parse_obj_as(type_, value))  # pyright: ignore[reportDeprecated]
    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = pydantic.TypeAdapter(type_)
    return cast(_T, adapter.validate_python(value))
