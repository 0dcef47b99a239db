"""Facts for types.yaml beyond pointer -> key: field renames, re-exports and aliases without a schema."""

from __future__ import annotations

import re
import ast
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from annotations import Ann, parse

if TYPE_CHECKING:
    from spec_index import SpecIndex
    from derive_types import Matcher


def not_from_spec(key: str) -> str:
    """Why a surface type is hand-written rather than generated ('' when it is generated)."""
    module = key.rsplit(".", 1)[0]
    last = module.rsplit(".", 1)[-1]
    if last.startswith("websocket") or last == "realtime_connect_params":
        return "client-side (websocket/connect) type, not in the spec's schemas"
    if last.startswith("parsed_"):
        return "structured-output helper type (hand-written in types/, from lib), not in the spec"
    return ""


def rule_field_name(wire: str) -> str:
    """The Python name the rules give a wire name (the engine's rules; exceptions go to `field_names`)."""
    name = re.sub(r"[^0-9A-Za-z_]", "_", wire)
    if name == "schema":
        return "schema_"  # would shadow BaseModel.schema
    if name.startswith("model_"):
        return "api_" + name  # pydantic reserves the model_ namespace
    return name


def field_renames(matcher: Matcher) -> Dict[str, Dict[str, str]]:
    """Type key -> {wire name: Python name} where the SDK departs from rule_field_name."""
    out: Dict[str, Dict[str, str]] = {}
    for key, entry in sorted(matcher.types.items()):
        for fname, field in sorted(entry.get("fields", {}).items()):
            wire = field.get("wire")
            if wire and rule_field_name(wire) != fname:
                out.setdefault(key, {})[wire] = fname
    return out


def extra_exports(surface: Dict[str, Any]) -> Dict[str, Dict[str, str]]:
    """Package (or module) -> {name: defining module} for the re-exports the rule does not give. The rule: a
    package's __init__ re-exports the main type (named like its module) of each direct child module."""
    out: Dict[str, Dict[str, str]] = {}
    for package, names in sorted(surface["exports"].items()):
        for name, module in sorted(names.items()):
            parent, stem = module.rsplit(".", 1)
            if parent == package and name.lower() == stem.replace("_", ""):
                continue
            out.setdefault(package[len("openai.") :], {})[name] = module[len("openai.") :]
    return out


def extra_aliases(matcher: Matcher, mapped: set[str]) -> Dict[str, str]:
    """Aliases the SDK declares without a schema of their own (`ChatCompletionReasoningEffort = ReasoningEffort`,
    `UnwrapWebhookEvent = Union[...]`): type key -> value, in the table's annotation spelling."""
    out: Dict[str, str] = {}
    for key, entry in sorted(matcher.types.items()):
        if entry["kind"] != "alias" or key in mapped or not_from_spec(key):
            continue
        if not matcher.is_rename(key) and any(key in c for votes in matcher.votes.values() for c in votes.values()):
            continue  # it has a schema, only another type won it
        out[key] = entry["value"]
    return out


_PRIMITIVES: Dict[str, Dict[str, Any]] = {
    "str": {"type": "string"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "object": {},
}


def _schema_of(ann: Ann, pointers: Dict[str, str], inline: Optional[Any] = None) -> Optional[Dict[str, Any]]:
    """A JSON schema for a table annotation, or None when it names a type with no schema (then the type is skipped:
    a `$ref` can only point into the spec). `inline(key)` gives the schema of a table class written inline (a
    child of the class being written, in its module: the generator names it by the same rule, parent + field)."""
    name, args = ann.name, ann.args
    if inline is not None and name not in pointers:
        nested = inline(name)
        if nested is not None:
            return nested
    if name == "Annotated" and args:  # `Annotated[Union[...], PropertyInfo(discriminator=...)]`: the union
        return _schema_of(args[0], pointers, inline)
    if name in _PRIMITIVES:
        return dict(_PRIMITIVES[name])
    if name == "None":
        return {"type": "null"}
    if name == "Literal" and args:
        values = [ast.literal_eval(a.name) for a in args]
        kind = "string" if all(isinstance(v, str) for v in values) else "integer"
        return {"type": kind, "enum": values}
    if name in ("List", "Iterable", "SequenceNotStr", "Sequence") and len(args) == 1:
        items = _schema_of(args[0], pointers, inline)
        return None if items is None else {"type": "array", "items": items}
    if name == "Dict" and len(args) == 2:
        value = _schema_of(args[1], pointers, inline)
        return None if value is None else {"type": "object", "additionalProperties": value}
    if name in ("Optional", "Union", "|") and args:
        members = [_schema_of(a, pointers, inline) for a in args]
        if any(m is None for m in members):
            return None
        if name == "Optional":
            members.append({"type": "null"})
        return {"anyOf": members}
    if name in pointers:
        return {"$ref": pointers[name]}
    return None


def table_schemas(
    matcher: Matcher, maps: Dict[str, Dict[str, str]], mapped: set[str], frozen: Optional[Dict[str, str]] = None
) -> Dict[str, Dict[str, Any]]:
    """Type key -> JSON schema for the surface's classes no spec schema was given to: the spec has none
    (`AdditionalTools`, an input item of a newer API revision; beta.realtime's frozen shapes), or another type won
    the one that fits (then this is the SDK's same-shaped second class). Written from the table's fields; only
    classes whose field types all resolve to spec schemas (or primitives, or such classes inlined) are written.
    `frozen` (frozen_beta.frozen_pointers): the beta.realtime types written here, key -> the `$ref` naming them."""
    from frozen_beta import alias_schema  # noqa: PLC0415  (frozen_beta imports this module)

    frozen = frozen or {}
    out: Dict[str, Dict[str, Any]] = {}
    for key, entry in sorted(matcher.types.items()):
        if key in frozen and entry["kind"] == "alias":
            side = "params" if "_param" in key.rsplit(".", 1)[0] else "models"
            pointers = {**{k: p for p, k in sorted(maps["models"].items())}, **frozen}
            if side == "params":
                pointers.update({k: p for p, k in sorted(maps["params"].items())})
            schema = alias_schema(entry, key, lambda ann, pointers=pointers: _schema_of(ann, pointers))
            if schema is not None:
                out[key] = schema
            continue
        if (key in mapped and key not in frozen) or entry.get("new") or entry["kind"] not in ("model", "typeddict"):
            continue
        if not_from_spec(key) and not key.endswith("_connect_params.RealtimeConnectParams"):
            continue  # hand-written (lib re-exports, Parsed*); the connect() query params are plain TypedDicts
        if re.search(r"Params(Base|NonStreaming|Streaming)?$", key) and not key.endswith(".RealtimeConnectParams"):
            continue  # request bodies and their stream variants: the engine derives them from the operations
        side = "params" if entry["kind"] == "typeddict" else "models"
        pointers = {k: p for p, k in sorted(maps[side].items())}
        if side == "params":  # request types may name shared enums/maps declared on the response side
            pointers = {**{k: p for p, k in sorted(maps["models"].items())}, **pointers}
        pointers.update(frozen)
        schema = _class_schema(matcher, key, pointers, mapped, set())
        if schema is not None:
            out[key] = schema
    # a class written inline in another one is not written again on its own
    nested = {k for k in out for other in out.values() if other is not out[k] and _mentions(other, k)}
    return {k: v for k, v in out.items() if k not in nested}


def _class_schema(
    matcher: Matcher, key: str, pointers: Dict[str, str], mapped: set[str], seen: set[str]
) -> Optional[Dict[str, Any]]:
    entry = matcher.types.get(key)
    if entry is None or key in seen or entry["kind"] not in ("model", "typeddict"):
        return None
    module, _, name = key.rpartition(".")

    def inline(child: str) -> Optional[Dict[str, Any]]:
        # only an unmapped class of the same module whose name extends this one's (`ClientSecret` ->
        # `ClientSecretExpiresAfter`): the name the generator's inline rule gives it
        c_module, _, c_name = child.rpartition(".")
        if c_module != module or child in mapped or not c_name.startswith(name if name != _main(module) else ""):
            return None
        return _class_schema(matcher, child, pointers, mapped, seen | {key})

    props: Dict[str, Any] = {}
    required: List[str] = []
    for fname, field in sorted(entry.get("fields", {}).items()):
        schema = _schema_of(parse(field["annotation"]), pointers, inline)
        if schema is None:
            return None
        wire = field.get("wire", fname)
        props[wire] = schema
        is_required = fname in entry.get("required", []) if entry["kind"] == "typeddict" else "default" not in field
        if is_required:
            required.append(wire)
    if not props:
        return None
    return {"type": "object", "properties": props, "required": required, "x-table-key": key}


def _main(module: str) -> str:
    return "".join(part.capitalize() for part in module.rsplit(".", 1)[-1].split("_"))


def _mentions(schema: Any, key: str) -> bool:
    if isinstance(schema, dict):
        return any((k == "x-table-key" and v == key) or _mentions(v, key) for k, v in schema.items())
    if isinstance(schema, list):
        return any(_mentions(v, key) for v in schema)
    return False


def extra_properties(
    matcher: Matcher, spec: SpecIndex, maps: Dict[str, Dict[str, str]], schemas: Dict[str, Dict[str, Any]]
) -> Dict[str, Dict[str, Dict[str, Any]]]:
    """Type key -> {wire name: JSON schema} for fields the table lists on a class whose spec schema lacks that
    property (the spec lags the SDK: `AuditLog` has no `workload_identity_provider.created`). Only classes mapped
    to a spec schema in `models`/`params` (not copies: a copy is the same schema under a second key; not request
    bodies, whose `<X>Params` also carry the operation's parameters and the engine's own variants), and only
    fields whose annotation can be written as a schema: `$ref`s to the spec's mapped schemas or to `schemas`
    entries (`types.yaml#/schemas/<key>`). The generator makes every such field optional."""
    from frozen_beta import CONFIG_REF  # noqa: PLC0415  (frozen_beta imports this module)

    out: Dict[str, Dict[str, Dict[str, Any]]] = {}
    for side in ("models", "params"):
        pointers = {k: p for p, k in sorted(maps[side].items())}
        if side == "params":  # request types may name shared enums/maps declared on the response side
            pointers = {**{k: p for p, k in sorted(maps["models"].items())}, **pointers}
        pointers.update({k: CONFIG_REF + k for k in schemas})
        for ptr, key in sorted(maps[side].items()):
            entry = matcher.types.get(key)
            if entry is None or entry["kind"] not in ("model", "typeddict") or "/requestBody/" in ptr:
                continue  # (a request body's `<X>Params` also holds the operation's path and query parameters)
            node = spec.get(spec.deref(ptr))
            if not isinstance(node, dict) or not (node.get("properties") or node.get("allOf")):
                continue  # not an object schema: the class's shape is not the spec's to complete
            have = spec.properties(spec.deref(ptr))
            for fname, field in sorted(entry.get("fields", {}).items()):
                wire = field.get("wire", fname)
                if wire in have:
                    continue
                schema = _schema_of(parse(field["annotation"]), pointers)
                if schema is not None:
                    out.setdefault(key, {})[wire] = schema
    return out
