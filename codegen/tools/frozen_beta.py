"""The frozen `openai.types.beta.realtime` types: their table shape, not the spec's.

The spec only describes the GA Realtime API; the SDK keeps the beta event types at an older shape (`modalities`,
`voice`, `output_audio_format`, `Session` as a model, ...). The co-walk pairs them with the GA schemas, where they
would either take a schema from the GA type (and make the GA union name beta classes) or become use-site copies at
GA sites. The rule here, applied to every table type under `beta.realtime.` that is generated from a schema:

1. a frozen type never takes a schema a GA (non-frozen) type also claims, and never becomes a use-site copy;
2. it keeps a schema only the beta API uses (the beta-only `/realtime/sessions` operations) when the table's fields
   are what the generator would write from that schema (`exact`): same field set and required keys, the same
   literal values and primitives, and the same named types at each field, frozen ones included (recursively);
3. every other frozen type is written from the table into types.yaml `schemas` (`table_schemas`), where it refers
   to the other frozen types by `$ref: types.yaml#/schemas/<key>` and to everything else by its spec pointer.
   Frozen aliases (`RealtimeServerEvent`, `Session.Tracing`, ...) go there too, as `anyOf`/`enum` schemas: the
   generator discriminates a response-side union of classes pinning distinct `type`s, as the table does. They
   borrow the descriptions of the spec schema the walk paired them with (class, and fields of the same wire name).

The same treatment (rules 1 and 3) serves "orphan" modules: a module whose main type has no schema of its own and
whose other types the walk met only as use-site copies inside another type's schema (`orphan_modules`).
Called from derive_types.main(); the generator side is codegen/naming.py `declare_config_schemas`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Dict, List, Callable, Optional

from spec_index import is_null
from annotations import Ann, walk, parse, type_keys
from type_extras import not_from_spec

if TYPE_CHECKING:
    from derive_types import Matcher

FROZEN = "beta.realtime."
CONFIG_REF = "types.yaml#/schemas/"  # how one types.yaml `schemas` entry names another (codegen/naming.py)
_PRIMITIVE_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def is_frozen(key: str) -> bool:
    return key.startswith(FROZEN) and not not_from_spec(key)


def orphan_modules(matcher: Matcher) -> set[str]:
    """Modules whose main type has no schema (an alias no walk met, declared from the table) but whose other types
    the walk met as use-site copies inside someone else's schema: `realtime.realtime_tools_config_union_param`,
    whose `McpAllowedToolsMcpToolFilter` would otherwise be a copy keyed inside `MCPTool`, renaming the filter the
    Responses API's `tool_param.McpAllowedTools` uses. Such a module is written from the table as a whole, like the
    frozen types (its classes refer to each other by `types.yaml#/schemas/<key>`)."""
    claimed = {k for votes in matcher.votes.values() for c in votes.values() for k in c}
    copied = {k.rsplit(".", 1)[0] for sites in matcher.sites.values() for k, s in sites.items() if s}
    out: set[str] = set()
    for key, entry in matcher.types.items():
        module, name = key.rsplit(".", 1)
        main = name.lower() == module.rsplit(".", 1)[-1].replace("_", "")
        if main and entry["kind"] == "alias" and key not in claimed and module in copied and not not_from_spec(key):
            if not matcher.is_rename(key):
                out.add(module)
    return out


def table_written(key: str, orphans: set[str]) -> bool:
    return is_frozen(key) or key.rsplit(".", 1)[0] in orphans


def best_matches(matcher: Matcher) -> Dict[str, str]:
    """Frozen key -> the spec schema the walk paired it with most (before rule 1): where its docstrings come from."""
    best: Dict[str, tuple[int, int, str]] = {}
    for votes in matcher.votes.values():
        for ptr, counter in votes.items():
            for k, n in counter.items():
                rank = (n, -len(ptr), ptr)
                if is_frozen(k) and (k not in best or rank > best[k]):
                    best[k] = rank
    return {k: r[2] for k, r in sorted(best.items())}


def describe(spec: Any, schemas: Dict[str, Dict[str, Any]], matches: Dict[str, str]) -> None:
    """Give each table-written frozen class the descriptions of its best spec match: the class's, and each
    property's that has the same wire name there (the older shape's other fields have none to borrow)."""
    for key, schema in schemas.items():
        ptr = matches.get(key)
        if ptr is None or "properties" not in schema:
            continue
        target = spec.deref(ptr)
        node = spec.get(target)
        if isinstance(node, dict) and node.get("description"):
            schema["description"] = node["description"]
        props = spec.properties(target)
        for wire, sub in schema["properties"].items():
            if wire not in props:
                continue
            own = spec.get(props[wire])
            text = (own.get("description") if isinstance(own, dict) else None) or spec.get(spec.deref(props[wire])).get(
                "description"
            )
            if text:
                sub["description"] = text


def release_shared(matcher: Matcher, orphans: set[str]) -> None:
    """Rule 1: frozen types give up the schemas GA types claim too, and all their use sites (no copies); so do the
    types of orphan modules (their use sites only)."""
    for votes in matcher.votes.values():
        for counter in votes.values():
            if any(not is_frozen(k) for k in counter):
                for k in [k for k in counter if is_frozen(k)]:
                    del counter[k]
    _drop_empty(matcher)
    for sites in matcher.sites.values():
        for k in [k for k in sites if table_written(k, orphans)]:
            del sites[k]


def resolve_frozen(matcher: Matcher, resolve: Callable[[Matcher], Any], orphans: set[str]) -> Any:
    """Rule 2: resolve, release the frozen types whose kept schema is not exact, and again until none is left."""
    release_shared(matcher, orphans)
    released: Dict[str, str] = {}  # pointer -> the frozen key that gave it up
    while True:
        maps, dropped = resolve(matcher)
        held = kept(maps)
        loose = [k for k in held if not _engine_derived(k) and not exact(matcher, maps, k)]
        if not loose:
            _reuse_released(matcher, maps, released)
            return maps, dropped
        released.update({held[k]: k for k in loose})
        for votes in matcher.votes.values():
            for counter in votes.values():
                for k in loose:
                    counter.pop(k, None)
        _drop_empty(matcher)


def _reuse_released(matcher: Matcher, maps: Dict[str, Dict[str, str]], released: Dict[str, str]) -> None:
    """An inline schema a frozen type gave up (`RealtimeSessionCreateRequest/properties/turn_detection`, inside
    the beta-only request body the engine still writes from the spec) refers to the table-written class instead
    (`*_reuse`), so the generator neither invents a class for it nor names it twice. Components are reached through
    `$ref`s (and returns, which name their type themselves): they are left alone."""
    ga = {p for side in ("models", "params") for p, k in maps[side].items() if not is_frozen(k)}
    for ptr, key in sorted(released.items()):
        side = "params" if matcher.types[key]["kind"] == "typeddict" else "models"
        component = "/".join(ptr.split("/")[:4])
        if ptr != component and ptr not in maps[side] and component not in ga:  # never inside a GA type
            maps[f"{side}_reuse"][ptr] = key
    for side in ("models_reuse", "params_reuse"):
        maps[side] = dict(sorted(maps[side].items()))


def _drop_empty(matcher: Matcher) -> None:
    for votes in matcher.votes.values():
        for ptr in [p for p, c in votes.items() if not c]:
            del votes[ptr]


def kept(maps: Dict[str, Dict[str, str]]) -> Dict[str, str]:
    """Frozen key -> the spec pointer it kept."""
    return {k: p for side in ("models", "params") for p, k in maps[side].items() if is_frozen(k)}


def exact(matcher: Matcher, maps: Dict[str, Dict[str, str]], key: str) -> bool:
    """Would the generator write `key` from its kept schema as the table has it? (see the module docstring)"""
    spec = matcher.spec
    entry = matcher.types[key]
    ptr = kept(maps)[key]
    side = "params" if entry["kind"] == "typeddict" or (entry["kind"] == "alias" and "_param" in key) else "models"
    named = {**{p: k for p, k in maps["models"].items()}, **maps[side]}
    if entry["kind"] == "alias":
        return _same(spec, named, parse(entry["value"]), spec.deref(ptr), skip=ptr)
    props = spec.properties(ptr)
    fields = entry.get("fields", {})
    if {f.get("wire", n) for n, f in fields.items()} != set(props):
        return False
    node = spec.get(spec.deref(ptr))
    spec_required = set(node.get("required", [])) if isinstance(node, dict) else set()
    for name, field in fields.items():
        wire = field.get("wire", name)
        required = name in entry.get("required", []) if entry["kind"] == "typeddict" else "default" not in field
        if required != (wire in spec_required):
            return False
        if not _same(spec, named, parse(field["annotation"]), props[wire]):
            return False
    return True


def _same(spec: Any, named: Dict[str, str], ann: Ann, ptr: str, skip: str = "") -> bool:
    """The named types, literal values and primitives of a table annotation against those the schema gives."""
    want_keys = set(type_keys(str(ann)))
    want_values = {n.name.strip("'\"") for n in walk(ann) if n.name[:1] in "'\""}
    want_prims = {n.name for n in walk(ann) if n.name in _PRIMITIVE_TYPES.values()}
    got_keys: set[str] = set()
    got_values: set[str] = set()
    got_prims: set[str] = set()

    def visit(p: str, depth: int = 0) -> bool:
        if depth > 8:
            return False
        target = spec.deref(p)
        if target != skip and target in named:
            got_keys.add(named[target])
            return True
        node = spec.get(target)
        if not isinstance(node, dict):
            return False
        values = spec.enum_values(target)
        if values:
            got_values.update(str(v) for v in values)
            return True
        for union in ("anyOf", "oneOf"):
            if union in node:
                return all(
                    visit(f"{target}/{union}/{i}", depth + 1) for i, m in enumerate(node[union]) if not is_null(m)
                )
        if "items" in node:
            return visit(f"{target}/items", depth + 1)
        if isinstance(node.get("additionalProperties"), dict):
            return visit(f"{target}/additionalProperties", depth + 1)
        if "properties" in node or "allOf" in node:
            return False  # an inline class the table does not name: the generator would make one up
        kind = node.get("type")
        for t in kind if isinstance(kind, list) else [kind]:
            if t in _PRIMITIVE_TYPES:
                got_prims.add(_PRIMITIVE_TYPES[t])
        return True

    return visit(ptr) and (want_keys, want_values, want_prims) == (got_keys, got_values, got_prims)


def frozen_pointers(matcher: Matcher, maps: Dict[str, Dict[str, str]], orphans: set[str]) -> Dict[str, str]:
    """Rule 3: key -> `types.yaml#/schemas/<key>` for every frozen type left without a schema whose annotations all
    resolve (to spec pointers, primitives or other such frozen types): the set shrinks until it is closed."""
    pointers = {k: p for side in ("models", "params") for p, k in maps[side].items()}
    candidates = {
        k
        for k, e in matcher.types.items()
        if table_written(k, orphans) and k not in pointers and not e.get("new") and not _engine_derived(k)
    }
    while True:
        known = set(pointers) | candidates
        broken = {k for k in candidates if not all(t in known for t in _mentioned(matcher.types[k]))}
        if not broken:
            return {k: CONFIG_REF + k for k in sorted(candidates)}
        candidates -= broken


def _engine_derived(key: str) -> bool:
    # request bodies and their stream variants: the engine derives them from the operations
    return re.search(r"Params(Base|NonStreaming|Streaming)?$", key) is not None


def _mentioned(entry: Dict[str, Any]) -> List[str]:
    texts = (
        [entry["value"]] if entry["kind"] == "alias" else [f["annotation"] for f in entry.get("fields", {}).values()]
    )
    return [k for t in texts for k in type_keys(t)]


def alias_schema(
    entry: Dict[str, Any], key: str, schema_of: Callable[[Ann], Optional[Dict[str, Any]]]
) -> Optional[Dict[str, Any]]:
    """A frozen alias as a schema: its value's union (or enum), marked with its key."""
    ann = parse(entry["value"])
    schema = schema_of(ann)
    if schema is None or "$ref" in schema:
        return None  # a plain rename has no shape of its own
    return {**schema, "x-table-key": key}
