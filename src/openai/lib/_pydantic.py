"""Pydantic models -> the strict JSON Schema that Structured Outputs accepts.

The API's strict mode (`"strict": true` on a `json_schema` response format or a function tool) only
accepts a subset of JSON Schema: every object lists *all* of its properties in `required`, sets
`additionalProperties: false`, and optional values are expressed as nullable (`anyOf [..., null]`)
rather than as missing keys. Pydantic's own schema output is close but not there, and v1 and v2
differ (`definitions` vs `$defs`, v1 drops `null` from `Optional`), so this module normalises both.
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, cast

import pydantic

__all__ = ["to_strict_json_schema", "is_basemodel_type", "PYDANTIC_V1"]

PYDANTIC_V1 = pydantic.VERSION.startswith("1.")

_V1_DEFS_PREFIX = "#/definitions/"
_DEFS_PREFIX = "#/$defs/"


def is_basemodel_type(typ: object) -> bool:
    return inspect.isclass(typ) and issubclass(typ, pydantic.BaseModel)


def to_strict_json_schema(model: Any) -> Dict[str, Any]:
    """Return the strict JSON schema of a Pydantic model class (or, on pydantic v2, any type a
    `TypeAdapter` understands, e.g. `List[Model]`)."""
    if PYDANTIC_V1:
        if not is_basemodel_type(model):
            raise TypeError(f"Non BaseModel types are only supported with Pydantic v2 - {model}")
        schema = _v1_to_v2_layout(cast(Any, model).schema())
    elif is_basemodel_type(model):
        schema = cast(Any, model).model_json_schema()
    else:
        schema = pydantic.TypeAdapter(model).json_schema()
    return _ensure_strict(schema, path=(), root=schema)


def _v1_to_v2_layout(schema: Dict[str, Any]) -> Dict[str, Any]:
    """Pydantic v1 writes `definitions` and leaves `Optional` fields non-nullable; rewrite the refs to
    `$defs` and mark every property that was not required as nullable, which is what it meant."""

    def walk(node: object) -> object:
        if isinstance(node, dict):
            node_dict = cast(Dict[str, Any], node)
            out: Dict[str, Any] = {}
            for key, value in node_dict.items():
                if key == "$ref" and isinstance(value, str) and value.startswith(_V1_DEFS_PREFIX):
                    out[key] = _DEFS_PREFIX + value[len(_V1_DEFS_PREFIX) :]
                elif key == "definitions":
                    out["$defs"] = walk(value)
                else:
                    out[key] = walk(value)
            properties = out.get("properties")
            if out.get("type") == "object" and isinstance(properties, dict):
                required = set(cast("list[str]", out.get("required", [])))
                for name, prop in cast(Dict[str, Any], properties).items():
                    if name not in required and not _is_nullable(prop):
                        properties[name] = {"anyOf": [prop, {"type": "null"}]}
            return out
        if isinstance(node, list):
            return [walk(item) for item in cast("list[object]", node)]
        return node

    return cast(Dict[str, Any], walk(schema))


def _is_nullable(schema: object) -> bool:
    if not isinstance(schema, dict):
        return False
    schema_dict = cast(Dict[str, Any], schema)
    if schema_dict.get("type") == "null":
        return True
    variants = schema_dict.get("anyOf")
    return isinstance(variants, list) and any(_is_nullable(v) for v in cast("list[object]", variants))


def _ensure_strict(schema: object, *, path: tuple[str, ...], root: Dict[str, Any]) -> Dict[str, Any]:
    """Mutates `schema` in place (it is always a fresh dict from pydantic) and returns it."""
    if not isinstance(schema, dict):
        raise TypeError(f"Expected {schema!r} to be a dictionary; path={path}")
    json_schema = cast(Dict[str, Any], schema)

    for defs_key in ("$defs", "definitions"):
        defs = json_schema.get(defs_key)
        if isinstance(defs, dict):
            for name, def_schema in cast(Dict[str, Any], defs).items():
                _ensure_strict(def_schema, path=(*path, defs_key, name), root=root)

    if json_schema.get("type") == "object" and "additionalProperties" not in json_schema:
        json_schema["additionalProperties"] = False

    properties = json_schema.get("properties")
    if isinstance(properties, dict):
        props = cast(Dict[str, Any], properties)
        # Strict mode: every key is present on the wire; "optional" is spelled as nullable.
        json_schema["required"] = list(props)
        json_schema["properties"] = {
            key: _ensure_strict(prop, path=(*path, "properties", key), root=root) for key, prop in props.items()
        }

    items = json_schema.get("items")
    if isinstance(items, dict):
        json_schema["items"] = _ensure_strict(items, path=(*path, "items"), root=root)

    any_of = json_schema.get("anyOf")
    if isinstance(any_of, list):
        json_schema["anyOf"] = [
            _ensure_strict(variant, path=(*path, "anyOf", str(i)), root=root)
            for i, variant in enumerate(cast("list[object]", any_of))
        ]

    all_of = json_schema.get("allOf")
    if isinstance(all_of, list):
        all_of_list = cast("list[object]", all_of)
        if len(all_of_list) == 1:
            # pydantic wraps a described $ref in a one-element allOf; strict mode prefers it inline
            json_schema.update(_ensure_strict(all_of_list[0], path=(*path, "allOf", "0"), root=root))
            json_schema.pop("allOf")
        else:
            json_schema["allOf"] = [
                _ensure_strict(entry, path=(*path, "allOf", str(i)), root=root) for i, entry in enumerate(all_of_list)
            ]

    # `default: None` is meaningless once the key is required, and the API rejects it.
    if "default" in json_schema and json_schema["default"] is None:
        json_schema.pop("default")

    # A $ref with sibling keys (e.g. a description) is not allowed: inline the target instead.
    ref = json_schema.get("$ref")
    if isinstance(ref, str) and len(json_schema) > 1:
        resolved = _resolve_ref(root=root, ref=ref)
        json_schema.update({**resolved, **json_schema})
        json_schema.pop("$ref")
        return _ensure_strict(json_schema, path=path, root=root)

    return json_schema


def _resolve_ref(*, root: Dict[str, Any], ref: str) -> Dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"Unexpected $ref format {ref!r}; does not start with #/")
    resolved: object = root
    for key in ref[2:].split("/"):
        if not isinstance(resolved, dict):
            raise ValueError(f"Cannot resolve {ref!r}: encountered a non-dict at {key!r}")
        resolved = cast(Dict[str, Any], resolved)[key]
    if not isinstance(resolved, dict):
        raise ValueError(f"Expected {ref!r} to resolve to a dictionary but got {resolved!r}")
    return dict(cast(Dict[str, Any], resolved))
