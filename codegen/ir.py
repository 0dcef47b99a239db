"""Stage 2: the intermediate representation, built from the loaded spec.

Operations (verb, path, params, body per content type, responses per content type) and a schema
graph. Every schema node carries the JSON pointer it was read from; a `$ref` stays a `ref` node
pointing at its target so recursive schemas are fine. Decisions the emitters need (nullable,
discriminator, literal values, binary) are made here, once.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Optional
from dataclasses import field, dataclass

from .load import Spec, join

VERBS = ("get", "post", "put", "patch", "delete")
MISSING: Any = object()


@dataclass
class Prop:
    name: str  # wire name
    schema: "Schema"
    required: bool
    # Path from the object's pointer to the property through allOf merges (`/allOf/1/allOf/2/properties/x`) when the
    # property comes from a merged part; "" when it is the object's own (`schema.pointer` says where it is).
    via: str = ""


@dataclass
class Schema:
    pointer: str
    kind: str  # object | union | enum | array | map | primitive | any | null | ref
    nullable: bool = False
    description: Optional[str] = None
    title: Optional[str] = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    default: Any = MISSING
    # object
    properties: List[Prop] = field(default_factory=lambda: [])
    # union
    variants: List["Schema"] = field(default_factory=lambda: [])
    discriminator: Optional[str] = None
    # enum / const
    values: List[Any] = field(default_factory=lambda: [])
    # array items / map values
    items: Optional["Schema"] = None
    # primitive: string | integer | number | boolean | binary
    type: Optional[str] = None
    format: Optional[str] = None
    # ref
    target: Optional[str] = None
    # object: "exactly one of" groups from validation-only `oneOf/anyOf: [{required: [...]}, ...]`
    exclusive: List[List[str]] = field(default_factory=lambda: [])


@dataclass
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    schema: Schema
    description: Optional[str]
    pointer: str


@dataclass
class Body:
    content_type: str  # application/json | multipart/form-data | application/x-www-form-urlencoded
    schema: Schema
    required: bool
    pointer: str


@dataclass
class Response:
    status: str
    content_type: Optional[str]  # None: no body
    schema: Optional[Schema]
    pointer: str


@dataclass
class Operation:
    operation_id: str
    verb: str
    path: str
    pointer: str
    summary: Optional[str]
    description: Optional[str]
    deprecated: bool
    params: List[Param]
    params_pointer: str  # `#/paths/~1files/get/parameters`: the key of the query params TypedDict
    body: Optional[Body]  # the preferred request content type (json, then multipart, then form)
    responses: List[Response]
    security: List[str]
    bodies: List[Body] = field(default_factory=lambda: [])  # every request content type the spec offers

    @property
    def success(self) -> Optional[Response]:
        """The first 2xx response (the one whose type the method returns)."""
        for r in self.responses:
            if r.status.startswith("2"):
                return r
        return None


BODY_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")
UNSUPPORTED_KEYWORDS = ("not", "if", "then", "else", "patternProperties", "prefixItems", "dependentSchemas")


@dataclass
class IR:
    spec: Spec
    operations: List[Operation]
    schemas: Dict[str, Schema]  # pointer -> node, for every node reachable (including $ref targets)

    def target(self, schema: Schema) -> Schema:
        """Follow ref nodes to the schema they name."""
        seen = 0
        while schema.kind == "ref":
            assert schema.target is not None
            schema = self.schemas[schema.target]
            seen += 1
            if seen > 50:
                break
        return schema


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.problems = spec.problems
        self.schemas: Dict[str, Schema] = {}
        self.building: set[str] = set()

    # -- schemas -----------------------------------------------------------------------------
    def schema(self, node: Any, pointer: str) -> Schema:
        if pointer in self.schemas:
            return self.schemas[pointer]
        if not isinstance(node, dict):
            if node is True or node == {}:
                return self._put(Schema(pointer, "any"))
            self.problems.error(pointer, f"expected a schema object, got {type(node).__name__}")
            return self._put(Schema(pointer, "any"))
        s = self._build(node, pointer)  # type: ignore[arg-type]
        s.description = s.description or node.get("description")
        s.title = s.title or node.get("title")
        s.deprecated = s.deprecated or bool(node.get("deprecated"))
        s.read_only = s.read_only or bool(node.get("readOnly"))
        s.write_only = s.write_only or bool(node.get("writeOnly"))
        if node.get("nullable") is True:
            s.nullable = True
        if "default" in node:
            s.default = node["default"]
        return s

    def _put(self, s: Schema) -> Schema:
        self.schemas[s.pointer] = s
        return s

    def _ensure_target(self, ref: str) -> None:
        # Ref nodes name their target by pointer only, so marking the target as "in progress"
        # is enough for recursive schemas to terminate.
        if ref not in self.schemas and ref not in self.building:
            self.building.add(ref)
            self.schemas[ref] = self.schema(self.spec.resolve(ref), ref)
            self.building.discard(ref)

    def _build(self, node: Dict[str, Any], pointer: str) -> Schema:
        groups = _constraint_groups(node)
        s = self._build_typed(_strip_constraints(node), pointer)
        if groups and s.kind == "object":
            s.exclusive = groups
        return s

    def _build_typed(self, node: Dict[str, Any], pointer: str) -> Schema:
        for kw in UNSUPPORTED_KEYWORDS:
            if kw in node:
                self.problems.error(join(pointer, kw), f"unsupported schema keyword {kw!r}")
        if "$ref" in node:
            ref = node["$ref"]
            self._ensure_target(ref)
            return self._put(Schema(pointer, "ref", target=ref))
        if "allOf" in node:
            return self._all_of(node, pointer)
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._union(node, pointer, key)
        types = node.get("type")
        nullable = False
        if isinstance(types, list):
            names: List[str] = [t for t in types if t != "null"]  # type: ignore[misc]
            nullable = len(names) != len(types)  # type: ignore[arg-type]
            if len(names) > 1:
                s = self._put(Schema(pointer, "union", nullable=nullable))
                s.variants = [self._build({**node, "type": t}, join(pointer, "type", i)) for i, t in enumerate(names)]
                return s
            types = names[0] if names else "null"
        if "const" in node:
            return self._put(Schema(pointer, "enum", values=[node["const"]], nullable=nullable))
        if "enum" in node:
            values = list(node["enum"])
            if None in values:
                nullable = True
                values = [v for v in values if v is not None]
            if not values:
                return self._put(Schema(pointer, "null"))
            return self._put(Schema(pointer, "enum", values=values, nullable=nullable))
        if types == "null":
            return self._put(Schema(pointer, "null"))
        if types == "array" or (types is None and "items" in node):
            s = self._put(Schema(pointer, "array", nullable=nullable))
            s.items = self.schema(node.get("items", {}), join(pointer, "items"))
            return s
        if types == "object" or (types is None and ("properties" in node or "additionalProperties" in node)):
            return self._object(node, pointer, nullable)
        if types in ("string", "integer", "number", "boolean"):
            fmt = node.get("format")
            kind_type = "binary" if types == "string" and fmt == "binary" else types
            return self._put(Schema(pointer, "primitive", type=kind_type, format=fmt, nullable=nullable))
        if types is None:
            return self._put(Schema(pointer, "any", nullable=nullable))
        self.problems.error(join(pointer, "type"), f"unsupported type {types!r}")
        return self._put(Schema(pointer, "any"))

    def _object(self, node: Dict[str, Any], pointer: str, nullable: bool) -> Schema:
        props = node.get("properties") or {}
        required = set(node.get("required") or [])
        extra = node.get("additionalProperties")
        if not props and extra not in (None, False):
            s = self._put(Schema(pointer, "map", nullable=nullable))
            s.items = self.schema(extra if isinstance(extra, dict) else {}, join(pointer, "additionalProperties"))
            return s
        if not props:
            # `type: object` with neither properties nor additionalProperties says nothing about
            # its shape: `object` (with `additionalProperties: true/{}` it is Dict[str, object]).
            return self._put(Schema(pointer, "any", nullable=nullable))
        s = self._put(Schema(pointer, "object", nullable=nullable))
        for name, sub in props.items():
            s.properties.append(Prop(name, self.schema(sub, join(pointer, "properties", name)), name in required))
        unknown = required - set(props)
        for name in sorted(unknown):
            if not extra:
                self.problems.warning(join(pointer, "required"), f"required property {name!r} is not defined")
        return s

    def _all_of(self, node: Dict[str, Any], pointer: str) -> Schema:
        # Parts that only annotate (`- nullable: true`) modify the result instead of being merged.
        parts: List[Any] = [p for p in node["allOf"] if not _modifier_only(p)]
        modifiers = [p for p in node["allOf"] if _modifier_only(p)]
        nullable = any(m.get("nullable") is True for m in modifiers) or node.get("nullable") is True
        extras = {k: v for k, v in node.items() if k not in ("allOf", "description", "title", "deprecated", "default")}
        if len(parts) == 1 and not extras.get("properties"):
            # The member stands for the holder (keyed by its own pointer, `.../allOf/0`).
            inner = join(pointer, "allOf", node["allOf"].index(parts[0]))
            s = self.schema(parts[0], inner)
            s.nullable = s.nullable or nullable
            self.schemas[pointer] = s
            return s
        # Merge object parts into one object named by the schema holding the allOf.
        s = self._put(Schema(pointer, "object"))
        by_name: Dict[str, Prop] = {}
        required: set[str] = set()
        merged = [(join(pointer, "allOf", i), p) for i, p in enumerate(parts)]
        if extras.get("properties") or extras.get("required"):
            merged.append((pointer, extras))
        for ptr, part in merged:
            rel = ptr[len(pointer) :]  # `/allOf/<i>` (or "" for the holder's own properties)
            ptr, part = self._deref_schema(ptr, part)
            if "allOf" in part:
                inner = self._all_of(part, ptr) if ptr not in self.schemas else self.schemas[ptr]
                inner = self._target(inner)
                for p in inner.properties:
                    via = rel + (p.via or p.schema.pointer[len(ptr) :])
                    by_name[p.name] = Prop(p.name, p.schema, p.required or p.name in required, via)
                    if p.required:
                        required.add(p.name)
                continue
            kind = part.get("type")
            if kind not in (None, "object") or "oneOf" in part or "anyOf" in part:
                self.problems.error(ptr, "allOf member is not an object schema (cannot merge)")
                continue
            for name, sub in (part.get("properties") or {}).items():
                new = self.schema(sub, join(ptr, "properties", name))
                old = by_name.get(name)
                if old is not None and self._target(old.schema).nullable and not new.nullable and new.kind != "ref":
                    # A later part narrowing a nullable property (`top_logprobs: integer` over `integer | null`)
                    # keeps null allowed: the SDK types the merged property as Optional.
                    new.nullable = True
                declared = join(ptr, "properties", name)
                # `via` ends where `new.pointer` does (a nullable wrapper is keyed by its member, `.../anyOf/0`)
                tail = new.pointer[len(declared) :] if new.pointer.startswith(declared) else ""
                by_name[name] = Prop(name, new, False, join(rel, "properties", name) + tail)
            required.update(part.get("required") or [])
        for name, prop in by_name.items():
            prop.required = name in required
            s.properties.append(prop)
        return s

    def _target(self, s: Schema) -> Schema:
        while s.kind == "ref" and s.target:
            s = self.schemas[s.target]
        return s

    def _deref_schema(self, pointer: str, node: Any) -> Tuple[str, Dict[str, Any]]:
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"]
            node = self.spec.resolve(pointer)
            self._ensure_target(pointer)
        return pointer, node  # type: ignore[return-value]

    def _union(self, node: Dict[str, Any], pointer: str, key: str) -> Schema:
        members: List[Schema] = []
        nullable = False
        for i, sub in enumerate(node[key]):
            m = self.schema(sub, join(pointer, key, i))
            if m.kind == "null":
                nullable = True
            else:
                members.append(m)
        disc = node.get("discriminator")
        prop = disc.get("propertyName") if isinstance(disc, dict) else None
        if len(members) == 1 and "properties" not in node:
            # `anyOf: [X, {type: null}]` is just a nullable X (kept as a ref if X is one).
            only = members[0]
            only.nullable = only.nullable or nullable
            self.schemas[pointer] = only
            return only
        if "properties" in node:
            self.problems.warning(pointer, f"{key} next to properties: properties ignored")
        return self._put(Schema(pointer, "union", variants=members, discriminator=prop, nullable=nullable))

    # -- operations --------------------------------------------------------------------------
    def operations(self) -> List[Operation]:
        ops: List[Operation] = []
        for path, item in (self.spec.doc.get("paths") or {}).items():
            item_ptr = join("#/paths", path)
            shared_params = item.get("parameters") or []
            for verb in VERBS:
                if verb not in item:
                    continue
                ops.append(self._operation(path, verb, item[verb], join(item_ptr, verb), shared_params, item_ptr))
        return ops

    def _operation(
        self, path: str, verb: str, op: Dict[str, Any], pointer: str, shared: List[Any], item_ptr: str
    ) -> Operation:
        op_id = op.get("operationId")
        if not op_id:
            self.problems.error(pointer, "operation has no operationId")
            op_id = f"{verb}{path}"
        params: List[Param] = []
        seen: Dict[Tuple[str, str], int] = {}
        raw = [(join(item_ptr, "parameters", i), p) for i, p in enumerate(shared)]
        raw += [(join(pointer, "parameters", i), p) for i, p in enumerate(op.get("parameters") or [])]
        for ptr, p in raw:
            ptr, p = self.spec.deref(ptr, p)
            loc = p.get("in")
            if loc == "cookie":
                self.problems.error(ptr, "cookie parameters are not supported")
                continue
            if loc not in ("path", "query", "header"):
                self.problems.error(join(ptr, "in"), f"unknown parameter location {loc!r}")
                continue
            sch = p.get("schema")
            if sch is None and "content" in p:
                self.problems.error(ptr, "parameters with `content` are not supported")
                continue
            param = Param(
                name=p["name"],
                location=loc,
                required=bool(p.get("required")) or loc == "path",
                schema=self.schema(sch or {}, join(ptr, "schema")),
                description=p.get("description"),
                pointer=ptr,
            )
            key = (param.name, loc)
            if key in seen:
                params[seen[key]] = param  # operation-level overrides path-level
            else:
                seen[key] = len(params)
                params.append(param)
        for name in _path_names(path):
            if (name, "path") not in seen:
                self.problems.error(pointer, f"path parameter {{{name}}} is not declared")
        body = None
        bodies: List[Body] = []
        if "requestBody" in op:
            bodies = self._bodies(op["requestBody"], join(pointer, "requestBody"))
            body = bodies[0] if bodies else None
        responses: List[Response] = []
        for status, resp in (op.get("responses") or {}).items():
            rptr, resp = self.spec.deref(join(pointer, "responses", status), resp)
            content = resp.get("content") or {}
            if not content:
                responses.append(Response(str(status), None, None, rptr))
            for ct, media in content.items():
                mptr = join(rptr, "content", ct, "schema")
                sch = self.schema(media.get("schema") or {}, mptr) if "schema" in media else None
                responses.append(Response(str(status), ct, sch, mptr))
        sec = op.get("security", self.spec.doc.get("security")) or []
        security = sorted({name for req in sec for name in req})
        return Operation(
            operation_id=op_id,
            verb=verb,
            path=path,
            pointer=pointer,
            summary=op.get("summary"),
            description=op.get("description"),
            deprecated=bool(op.get("deprecated")),
            params=params,
            params_pointer=join(pointer, "parameters"),
            body=body,
            responses=responses,
            security=security,
            bodies=bodies,
        )

    def _bodies(self, node: Any, pointer: str) -> List[Body]:
        pointer, node = self.spec.deref(pointer, node)
        content = node.get("content") or {}
        out: List[Body] = []
        for ct in BODY_TYPES:
            if ct in content:
                sptr = join(pointer, "content", ct, "schema")
                out.append(
                    Body(ct, self.schema(content[ct].get("schema") or {}, sptr), bool(node.get("required")), sptr)
                )
        if content and not out:
            ct = next(iter(content))
            self.problems.warning(join(pointer, "content", ct), f"request content type {ct!r} sent as raw body")
            sptr = join(pointer, "content", ct, "schema")
            out.append(Body(ct, self.schema(content[ct].get("schema") or {}, sptr), bool(node.get("required")), sptr))
        return out


_MODIFIERS = {"nullable", "description", "title", "deprecated", "default", "readOnly", "writeOnly", "example"}
_CONSTRAINTS = {"required", "description", "minProperties", "maxProperties"}


def _strip_constraints(node: Dict[str, Any]) -> Dict[str, Any]:
    # Validation-only combinators ("exactly one of a/b") carry no types: typing ignores them.
    drop = [k for k in ("anyOf", "oneOf", "not") if k in node and _is_constraint(node[k]) and "properties" in node]
    drop += [k for k in ("not",) if k in node and _is_constraint(node[k])]
    if not drop:
        return node
    return {k: v for k, v in node.items() if k not in drop}


def _constraint_groups(node: Dict[str, Any]) -> List[List[str]]:
    for key in ("oneOf", "anyOf"):
        value = node.get(key)
        if isinstance(value, list) and value and _is_constraint(value):
            return [list(v.get("required") or []) for v in value]  # type: ignore[union-attr]
    return []


def _is_constraint(value: Any) -> bool:
    if isinstance(value, list):
        return all(_constraint_only(v) for v in value)  # type: ignore[misc]
    return _constraint_only(value)


def _modifier_only(node: Any) -> bool:
    return isinstance(node, dict) and bool(node) and set(node) <= _MODIFIERS  # type: ignore[arg-type]


def _constraint_only(node: Any) -> bool:
    """`{required: [a]}` inside anyOf/oneOf/not: validation rules, no type information."""
    return isinstance(node, dict) and bool(node) and set(node) <= _CONSTRAINTS  # type: ignore[arg-type]


def _path_names(path: str) -> List[str]:
    import re

    return re.findall(r"{([^}]+)}", path)


def build_ir(spec: Spec, *, extra_schemas: "List[str] | None" = None) -> IR:
    b = _Builder(spec)
    ops = b.operations()
    # Every component schema is part of the graph even when no operation references it
    # (event unions, webhook payloads): the type config may still name it.
    for name, node in ((spec.doc.get("components") or {}).get("schemas") or {}).items():
        b._ensure_target(join("#/components/schemas", name))  # noqa: SLF001
        del node
    for ptr in extra_schemas or []:
        try:
            b.schema(spec.resolve(ptr), ptr)
        except (KeyError, IndexError):
            spec.problems.error(ptr, "configured schema pointer does not exist")
    spec.problems.raise_if_errors()
    return IR(spec=spec, operations=ops, schemas=b.schemas)
