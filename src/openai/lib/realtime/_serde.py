"""JSON in and out of the socket: client events to text frames, text frames to typed server events."""

from __future__ import annotations

import json
import typing
import importlib
from typing import Any, Dict, List, Union, Mapping, Iterable
from functools import cache

import jiter
import typing_extensions
from typing_extensions import Annotated, get_args, get_origin

from ..._types import Omit, NotGiven
from ..._models import BaseModel, construct_type

__all__ = ["UnknownServerEvent", "serialize_event", "parse_server_event", "strip_omitted"]


class UnknownServerEvent(BaseModel):
    """A server event whose `type` this SDK version does not know; every field is kept as sent."""

    type: str


def strip_omitted(value: object) -> object:
    """Drop `omit`/`NOT_GIVEN` recursively so typed senders can forward optional arguments as they are."""
    if isinstance(value, Mapping):
        return {k: strip_omitted(v) for k, v in value.items() if not isinstance(v, (Omit, NotGiven))}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, (list, tuple)):
        return [strip_omitted(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes, bytearray, BaseModel)):
        # Params typed `Iterable[...]` (e.g. `tools`) may be generators; JSON needs a list.
        return [strip_omitted(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, BaseModel):
        return (
            value.model_dump(mode="json", by_alias=True, exclude_unset=True)
            if hasattr(value, "model_dump")
            else value.dict(by_alias=True, exclude_unset=True)
        )  # pyright: ignore
    return value


def serialize_event(event: Union[BaseModel, Mapping[str, object]]) -> str:
    """A client event (param dict or model) as the JSON text frame the server expects."""
    return json.dumps(strip_omitted(event), separators=(",", ":"), ensure_ascii=False)


# typing_extensions re-implements Literal on some 3.9/3.10 patch releases; accept both spellings.
_LITERAL_FORMS = (typing.Literal, typing_extensions.Literal)


def _unwrap_union_members(tp: Any) -> List[Any]:
    # Annotated[Union[A, B], PropertyInfo(...)] -> [A, B]; nested unions are flattened.
    if get_origin(tp) is Annotated:
        return _unwrap_union_members(get_args(tp)[0])
    if get_origin(tp) is Union:
        return [m for arg in get_args(tp) for m in _unwrap_union_members(arg)]
    return [tp]


def _type_field_annotation(cls: Any) -> Any:
    # Pydantic has already resolved the annotations (forward refs included): read them from it.
    fields = getattr(cls, "model_fields", None)  # pydantic v2
    if isinstance(fields, dict) and "type" in fields:
        return fields["type"].annotation  # pyright: ignore[reportUnknownMemberType]
    fields = getattr(cls, "__fields__", None)  # pydantic v1
    if isinstance(fields, dict) and "type" in fields:
        return fields["type"].outer_type_  # pyright: ignore[reportUnknownMemberType]
    return None


def _literal_values(cls: Any) -> List[str]:
    annotation = _type_field_annotation(cls)
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in _LITERAL_FORMS:
        return [v for v in get_args(annotation) if isinstance(v, str)]
    return []


@cache
def _event_classes(union_path: str) -> Dict[str, Any]:
    """`type` value -> model class, read once from the generated union's `Literal` annotations.

    The union is imported on first use (and tolerated missing, e.g. in a partial checkout) so that
    importing this module does not pull in hundreds of type modules.
    """
    module_name, _, attr = union_path.rpartition(".")
    try:
        module = importlib.import_module(module_name)
        union = getattr(module, attr)
    except (ImportError, AttributeError):
        return {}
    classes: Dict[str, Any] = {}
    for member in _unwrap_union_members(union):
        if isinstance(member, typing.ForwardRef):
            # Generated unions may name members as strings; resolve them in the union's module.
            member = getattr(module, member.__forward_arg__, None)
        for value in _literal_values(member):
            classes.setdefault(value, member)
    return classes


def parse_server_event(data: Union[str, bytes], union_path: str) -> Any:
    """Build the typed server event for one frame, dispatched on its `type`.

    Unknown `type` values become `UnknownServerEvent` (all fields kept) rather than an error, so
    that a server newer than this SDK does not break a running session.
    """
    # jiter: ~10x faster than json.loads on the large base64 strings of audio deltas.
    payload: Dict[str, Any] = jiter.from_json(data.encode("utf-8") if isinstance(data, str) else data)
    cls = _event_classes(union_path).get(str(payload.get("type")), UnknownServerEvent)
    return construct_type(type_=cls, value=payload)
