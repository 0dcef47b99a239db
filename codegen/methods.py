"""Stage 3b: operations -> methods on a resource tree.

Each operation becomes a `Method` (resource path + name from operations.yaml, or the rule
`<path segments>.<list|create|retrieve|update|delete>`): positional and keyword params with their
annotations, the params TypedDict, the return type, pagination, streaming, overloads, security.
Resources named only by config.yaml (hook-only ones such as `webhooks`) join the tree here too.
"""

from __future__ import annotations

import re
import dataclasses
from typing import Any, Dict, List, Tuple, Optional
from dataclasses import field, dataclass

from .ir import IR, Schema, Operation
from .config import Config, ResourceOptions
from .extras import apply_type_config
from .naming import TOKEN, TypeKey, TypeDecl, FieldDecl, TypeNamer, tokenize, return_key, variant_description
from .identifiers import snake, pascal, singular, field_name


@dataclass
class MethodParam:
    name: str
    wire: str
    location: str  # path | query | body | header
    annotation: str  # without the `| Omit` marker
    required: bool
    nullable: bool
    description: Optional[str] = None
    positional: bool = False
    is_file: bool = False
    schema: Optional[Schema] = None  # for example values in the generated tests
    missing: str = "Omit"  # the "left out" marker of an optional param: Omit, or NotGiven (older resources)


@dataclass
class StreamSpec:
    param: str
    item: str  # annotation token of the event type


@dataclass
class Overload:
    """One `@overload` from the config: param name -> annotation (tokens) or None (absent), return."""

    params: Dict[str, Optional[str]]
    returns: str


@dataclass
class Method:
    name: str
    resource: Tuple[str, ...]
    op: Operation
    params: List[MethodParam]
    params_key: Optional[TypeKey]  # the `<X>Params` TypedDict (query and body fields)
    returns: str  # annotation (tokens); "None" for no body
    cast_to: str  # expression kind: annotation | binary | none | str
    page: Optional[str] = None  # SyncCursorPage etc. (sync name)
    item: Optional[str] = None  # page item annotation
    stream: Optional[StreamSpec] = None
    security: Optional[str] = None
    body_type: Optional[str] = None  # content type
    accept: Optional[str] = None
    headers: Dict[str, str] = field(default_factory=lambda: {})
    docstring: Optional[str] = None
    deprecated: bool = False
    aliases: List[str] = field(default_factory=lambda: [])  # `also:` twins, by Python path
    alias_returns: Dict[str, str] = field(default_factory=lambda: {})  # twin path -> its own return type
    alias_params: Dict[str, TypeKey] = field(default_factory=lambda: {})  # twin path -> its own params TypedDict
    overloads: List[Overload] = field(default_factory=lambda: [])
    main_returns: Optional[str] = None  # the implementation's return annotation when overloads differ
    # (non-streaming, streaming) params TypedDicts when the params type is split by the stream flag
    params_variants: Optional[Tuple[TypeKey, TypeKey]] = None
    # operations.yaml `body_defaults`: body param -> value sent when the caller leaves it out (a Python literal).
    body_defaults: Dict[str, Any] = field(default_factory=lambda: {})
    # operations.yaml `post_parser`: "openai.lib.module:factory"; the factory gets the caller's values of the
    # defaulted params (given or not) and returns the function applied to the parsed result.
    post_parser: Optional[str] = None


@dataclass
class Resource:
    path: Tuple[str, ...]
    methods: List[Method] = field(default_factory=lambda: [])
    children: Dict[str, "Resource"] = field(default_factory=lambda: {})
    options: ResourceOptions = field(default_factory=ResourceOptions)

    @property
    def class_name(self) -> str:
        return pascal(self.path[-1]) if self.path else "Client"


@dataclass
class Named:
    types: Dict[TypeKey, TypeDecl]
    root: Resource
    methods: List[Method]


PAGE_CLASSES = {
    "page": "SyncPage",
    "cursor": "SyncCursorPage",
    "conversation_cursor": "SyncConversationCursorPage",
    "next_cursor": "SyncNextCursorPage",
}


def _default_method(op: Operation) -> Tuple[str, ...]:
    """Rule for operations the config does not name: path segments -> resources, verb -> method."""
    segs = [s for s in op.path.strip("/").split("/") if s]
    names = [snake(s) for s in segs if not s.startswith("{")]
    ends_with_param = bool(segs) and segs[-1].startswith("{")
    verb = {
        "get": "retrieve" if ends_with_param else "list",
        "post": "update" if ends_with_param else "create",
        "put": "update",
        "patch": "update",
    }
    method = verb.get(op.verb, op.verb)
    return tuple(names or ["root"]) + (method,)


def name_everything(ir: IR, config: Config) -> Named:
    problems = ir.spec.problems
    n = TypeNamer(ir, config, problems)
    root = Resource(())
    methods: List[Method] = []
    seen_methods: Dict[Tuple[str, ...], str] = {}
    for op in ir.operations:
        conf: Dict[str, Any] = config.operations.get(op.operation_id) or {}
        full = tuple(conf["method"].split(".")) if "method" in conf else _default_method(op)
        if full in seen_methods:
            problems.error(op.pointer, f"method {'.'.join(full)} is already served by {seen_methods[full]}")
            continue
        seen_methods[full] = op.operation_id
        res = root
        for i, part in enumerate(full[:-1]):
            if part not in res.children:
                res.children[part] = Resource(
                    full[: i + 1], options=config.resources.get(".".join(full[: i + 1]), ResourceOptions())
                )
            res = res.children[part]
        m = _method(n, op, conf, full)
        if m is not None:
            res.methods.append(m)
            methods.append(m)
    # Resources named only by the config (hook-only resources such as `webhooks`, `beta.realtime`).
    for path, opts in sorted(config.resources.items()):
        res = root
        parts = tuple(path.split("."))
        for i, part in enumerate(parts):
            if part not in res.children:
                res.children[part] = Resource(
                    parts[: i + 1], options=config.resources.get(".".join(parts[: i + 1]), ResourceOptions())
                )
            res = res.children[part]
        res.options = opts
    # Every configured type is generated, referenced or not.
    for (ptr, side), key in sorted(n.explicit.items(), key=lambda kv: str(kv[1])):
        if key in n.owner:
            continue
        if ptr.endswith("/parameters"):
            problems.warning(ptr, f"types.yaml names {key} for a parameter set no operation uses")
            continue
        try:
            node = ir.schemas.get(ptr)
            if node is None:
                from .ir import _Builder  # noqa: PLC0415  (late: only for pointers the walk never reached)

                b = _Builder(ir.spec)
                b.schemas = ir.schemas
                node = b.schema(ir.spec.resolve(ptr), ptr)
        except (KeyError, IndexError, ValueError):
            problems.error(ptr, f"types.yaml names {key} but the pointer does not exist")
            continue
        n.assign(key, node, side)
    # Resources that mark left-out params with NotGiven (older API areas) apply it to every method below.
    for m in methods:
        # operations.yaml `omit_sentinel` (one method), else the nearest resource's `missing`.
        marker = (config.operations.get(m.op.operation_id) or {}).get("omit_sentinel")
        for i in range(len(m.resource), 0, -1):
            opts = config.resources.get(".".join(m.resource[:i]))
            if marker is None and opts is not None and opts.missing:
                marker = opts.missing
                break
        if marker:
            for p in m.params:
                p.missing = marker
    n.declare_all()
    # Use-site copies the walk did not reach (their pointer runs through a $ref): the schema they
    # name is found by following the refs on the way; a pointer that leads nowhere is reported.
    for (ptr, side), key in sorted(n.copies.items(), key=lambda kv: str(kv[1])):
        if key in n.owner:
            continue
        try:
            canonical, _node = ir.spec.resolve_through(ptr)
        except (KeyError, IndexError, ValueError, TypeError):
            problems.warning(ptr, f"types.yaml copy {key}: the pointer does not exist")
            continue
        target = ir.schemas.get(canonical)
        if target is None:
            problems.warning(ptr, f"types.yaml copy {key}: no schema at {canonical}")
            continue
        if n.claim(key, ptr + "#copy", side):
            n.reserved.discard(key)
            t = ir.target(target)
            n.pending.append((key, side, t, (t.pointer, ptr)))
    n.declare_all()
    apply_type_config(n.types, config, problems)
    _check_references(n, methods)
    problems.raise_if_errors()
    return Named(types=n.types, root=root, methods=methods)


def _method(n: TypeNamer, op: Operation, conf: Dict[str, Any], full: Tuple[str, ...]) -> Optional[Method]:
    ir = n.ir
    params_module: Optional[str] = conf.get("params_module")
    resource = full[:-1]
    if params_module is None:
        prefix = ".".join(resource[:-1])
        base = f"{singular(resource[-1]) if resource else 'root'}_{full[-1]}_params"
        params_module = f"{prefix}.{base}" if prefix else base
    chosen = conf.get("content_type")
    if chosen and op.body is not None and chosen != op.body.content_type:
        # The config picks one of several request content types (e.g. multipart for image edits).
        match = next((b for b in op.bodies if b.content_type == chosen), None)
        if match is None:
            n.problems.error(op.pointer, f"content_type {chosen!r} is not offered by the spec")
        else:
            op = dataclasses.replace(op, body=match)
    anchor = op.body.pointer if op.body is not None else op.params_pointer
    params_key = n.explicit.get((anchor, "param")) or TypeKey(params_module, pascal(params_module.split(".")[-1]))
    params_module = params_key.module
    stream_conf = conf.get("stream")
    stream_param = stream_conf.get("param") if isinstance(stream_conf, dict) else None
    params: List[MethodParam] = []
    fields: List[FieldDecl] = []
    path_params = [p for p in op.params if p.location == "path"]
    ordered = sorted(path_params, key=lambda p: op.path.index("{" + p.name + "}"))
    for p in op.params:
        ann = n.annotation(p.schema, "param", params_module, params_key.name, p.name)
        t = ir.target(p.schema)
        mp = MethodParam(
            # Header names (`X-Trace`) become snake_case parameters (`x_trace`).
            name=field_name(snake(p.name) if p.location == "header" else p.name, model=False),
            wire=p.name[:-2] if p.name.endswith("[]") else p.name,
            location=p.location,
            annotation=ann,
            required=p.required,
            nullable=p.schema.nullable or t.nullable,
            description=p.description,
            positional=bool(ordered) and p is ordered[-1],
            schema=p.schema,
        )
        if p.location == "query" and p.schema.kind == "array" and ann.startswith("SequenceNotStr["):
            mp.annotation = "Sequence" + ann[len("SequenceNotStr") :]
        params.append(mp)
        # Query params, and path params other than the positional one (the SDK lists those in
        # the params TypedDict too, as required keys).
        if p.location == "query" or (p.location == "path" and not mp.positional):
            fields.append(FieldDecl(mp.name, mp.wire, mp.annotation, p.required, p.description, nullable=mp.nullable))
    body_type = None
    if op.body is not None:
        body_type = conf.get("content_type") or op.body.content_type
        target = ir.target(op.body.schema)
        props = target.properties if target.kind == "object" else _merged_union_props(ir, target)
        if target.kind not in ("object", "union"):
            n.problems.error(op.body.pointer, f"request body must be an object schema, got {target.kind}")
        # A body that is a `$ref` to a shared component is a use site: types.yaml keys the SDK's per-operation
        # copies below the body's pointer (`.../requestBody/content/application~1json/schema/properties/x`), so
        # the body's fields (and the types declared from them) are looked up there first.
        body_site = (target.pointer, op.body.pointer) if target.pointer != op.body.pointer else None
        for p in props:
            t = ir.target(p.schema)
            if p.schema.read_only or t.read_only:
                continue
            n.site = body_site
            if p.via and p.schema.pointer != target.pointer + p.via:
                n.site = (p.schema.pointer, op.body.pointer + p.via)  # merged in through allOf
            ann = n.annotation(p.schema, "param", params_module, params_key.name, p.name)
            fmt = "iso8601" if t.kind == "primitive" and t.format == "date-time" else None
            # A file, or a union with a file member named through an alias (`video: Video`, where
            # `Video = Union[FileTypes, VideoReferenceInputParam]`): its value goes to a part when it is a file.
            is_file = "FileTypes" in ann or _union_takes_file(ir, t)
            # Arrays of files are sequences (re-iterable: retries send them again), like the SDK's `SequenceNotStr`.
            ann = ann.replace("Iterable[FileTypes]", "SequenceNotStr[FileTypes]")
            mp = MethodParam(
                name=field_name(p.name, model=False),
                wire=p.name,
                location="body",
                annotation=ann,
                required=p.required,
                nullable=p.schema.nullable or t.nullable,
                description=p.schema.description or t.description or variant_description(t),
                is_file=is_file,
                schema=p.schema,
            )
            params.append(mp)
            fields.append(
                FieldDecl(mp.name, p.name, ann, p.required, mp.description, p.schema.deprecated, fmt, mp.nullable)
            )
        n.site = None
    overrides: Dict[str, Any] = conf.get("params") or {}
    for pname, spec in overrides.items():
        if pname == "why" or not isinstance(spec, dict):
            continue
        if spec.get("drop"):
            params = [p for p in params if p.name != pname]
            fields = [f for f in fields if f.name != pname]
        elif spec.get("add"):
            ann = tokenize(str(spec.get("annotation", "object")))
            optional = spec.get("default") is not None
            missing = "NotGiven" if spec.get("default") == "NOT_GIVEN" else "Omit"
            ann = re.sub(r"\s*\|\s*(Omit|NotGiven)$", "", ann)
            params = [p for p in params if p.name != pname]
            fields = [f for f in fields if f.name != pname]
            params.append(MethodParam(pname, pname, "body", ann, not optional, False, missing=missing))
            fields.append(FieldDecl(pname, pname, ann, not optional))
        elif "required" in spec or "annotation" in spec:
            # The SDK's required-ness or type where it departs from the spec (`required: false`,
            # `annotation: Literal[...]`); the spec's description stays.
            found = False
            ann = tokenize(str(spec["annotation"])) if "annotation" in spec else None
            for p in params:
                if p.name == pname:
                    found = True
                    p.required = bool(spec.get("required", p.required))
                    p.annotation = ann or p.annotation
            for f in fields:
                if f.name == pname:
                    f.required = bool(spec.get("required", f.required))
                    f.annotation = ann or f.annotation
            if not found:
                n.problems.error(op.pointer, f"operations.yaml params: {pname!r} is not a parameter of this operation")
    names: Dict[str, str] = {}
    for p in params:
        if p.name in names and names[p.name] != p.location:
            n.problems.error(op.pointer, f"parameter {p.name!r} is both a {names[p.name]} and a {p.location} parameter")
        names[p.name] = p.location
        if p.name in ("extra_headers", "extra_query", "extra_body", "timeout", "self"):
            n.problems.error(op.pointer, f"parameter name {p.name!r} clashes with the SDK's request options")
    if fields:
        if n.claim(params_key, anchor, "param"):
            n.reserved.discard(params_key)
            n.assigned[(anchor, "param")] = params_key
            n.types[params_key] = TypeDecl(params_key, "param", "class", op.pointer, fields=fields)
    else:
        params_key = None
    # `also_config: {twin: {params_module}}`: the twin takes the same params under its own TypedDict.
    alias_params: Dict[str, TypeKey] = {}
    for twin_path, twin_conf in sorted((conf.get("also_config") or {}).items()):
        module = (twin_conf or {}).get("params_module")
        if not module or params_key is None:
            continue
        key = TypeKey(module, pascal(module.split(".")[-1]))
        if n.claim(key, op.pointer + "#" + twin_path, "param"):
            n.reserved.discard(key)
            n.types[key] = TypeDecl(key, "param", "class", op.pointer, fields=[dataclasses.replace(f) for f in fields])
            alias_params[twin_path] = key
    # Return type.
    success = op.success
    returns_conf = conf.get("returns")
    page = conf.get("page")
    item = None
    cast_to = "annotation"
    accept = conf.get("binary")
    returns = "None"
    if success is not None and success.content_type is not None and success.schema is not None:
        ct = success.content_type
        if ct == "application/json" or ct.endswith("+json"):
            rt = ir.target(success.schema)
            key = return_key(returns_conf) if isinstance(returns_conf, str) else None
            if page:
                item_key = TypeKey.parse(conf["item"]) if conf.get("item") else None
                data = next((p for p in rt.properties if p.name == "data"), None)
                if data is None or ir.target(data.schema).kind != "array":
                    n.problems.error(success.pointer, "paginated response has no `data` array")
                else:
                    items = ir.target(data.schema).items
                    assert items is not None
                    it = ir.target(items)
                    if item_key is not None and (it.pointer, "model") not in n.assigned:
                        n.assign(item_key, it, "model")
                    if item_key is not None and n.assigned.get((it.pointer, "model")) != item_key:
                        # The SDK names this list's items separately: a second class, same schema.
                        n.copy_of(item_key, it, op.operation_id)
                        item = item_key.token
                    elif item_key is not None:
                        item = item_key.token  # the config's name, even where a use-site copy is keyed too
                    else:
                        item = n.annotation(items, "model", "", "", "item")
                    returns = f"{PAGE_CLASSES.get(page, 'SyncPage')}[{item}]"
            elif key is not None and (rt.pointer, "model") not in n.assigned and key not in n.owner:
                n.assign(key, rt, "model")
                returns = key.token
            elif key is not None and n.assigned.get((rt.pointer, "model")) != key:
                # The SDK names this operation's response separately: a second class, same schema (or a
                # types.yaml `schemas` class already holds the name: the frozen beta.realtime shapes).
                n.copy_of(key, rt, op.operation_id)
                returns = key.token
            else:
                # An unnamed inline response: `<resource>_<method>_response.<Resource><Method>Response`.
                resp_module = re.sub(r"_params$", "", params_module) + "_response"
                main = pascal(resp_module.split(".")[-1])
                if (
                    rt.kind in ("object", "union")
                    and (rt.pointer, "model") not in n.assigned
                    and success.schema.kind != "ref"
                ):
                    key = n.assign(n.free(TypeKey(resp_module, main), rt.pointer, "model"), rt, "model")
                    returns = key.token if key else "object"
                else:
                    returns = n.annotation(success.schema, "model", resp_module, main, "")
        elif ct.startswith("text/plain") or returns_conf == "str":
            returns, cast_to = "str", "str"
        elif ct == "text/event-stream":
            returns = "None"
        else:
            returns, cast_to = "HttpxBinaryResponseContent", "binary"
            accept = accept or ct
    elif returns_conf == "HttpxBinaryResponseContent":
        returns, cast_to = "HttpxBinaryResponseContent", "binary"
    if returns_conf == "HttpxBinaryResponseContent" and cast_to != "binary":
        returns, cast_to = "HttpxBinaryResponseContent", "binary"
        accept = accept or "application/binary"
    if returns == "None":
        cast_to = "none"
    stream = None
    if stream_param:
        item_text = stream_conf.get("item") if isinstance(stream_conf, dict) else None
        sse = next((r for r in op.responses if r.content_type == "text/event-stream" and r.schema), None)
        if item_text:
            ik = TypeKey.parse(item_text)
            if sse is not None and sse.schema is not None:
                st = ir.target(sse.schema)
                if (st.pointer, "model") not in n.assigned:
                    n.assign(ik, st, "model")
            stream = StreamSpec(stream_param, ik.token)
        elif sse is not None and sse.schema is not None:
            stream = StreamSpec(stream_param, n.annotation(sse.schema, "model", params_module, "", "event"))
        if stream is not None:
            params = [p for p in params if p.name != stream_param]
        if success is not None and success.content_type == "text/event-stream" and returns == "None" and stream:
            returns, cast_to = stream.item, "annotation"
    params_variants = None
    if stream is not None and params_key is not None and isinstance(n.types.get(params_key), TypeDecl):
        params_variants = _split_stream_params(n, params_key, stream.param)
    overloads = [
        Overload(
            {k: _overload_param(v) for k, v in (o.get("params") or {}).items()},
            tokenize(str(o.get("returns", "None"))),
        )
        for o in conf.get("overloads") or []
    ]
    main_returns = tokenize(returns_conf) if isinstance(returns_conf, str) and "|" in returns_conf else None
    security = conf.get("security")
    if security is None and "AdminApiKeyAuth" in op.security:
        security = "admin_api_key"
    return Method(
        name=full[-1],
        resource=resource,
        op=op,
        params=params,
        params_key=params_key,
        returns=returns,
        cast_to=cast_to,
        page=PAGE_CLASSES.get(page) if page else None,
        item=item,
        stream=stream,
        security=security,
        body_type=body_type,
        accept=accept,
        docstring=op.description or op.summary,
        deprecated=op.deprecated,
        aliases=[a["method"] if isinstance(a, dict) else str(a) for a in conf.get("also") or []],
        # A twin's own return type: `also: [{method, returns}]`, or `also_config: {method: {returns}}`.
        alias_params=alias_params,
        alias_returns={
            **{
                a["method"]: str(a["returns"]) for a in conf.get("also") or [] if isinstance(a, dict) and "returns" in a
            },
            **{k: str(v["returns"]) for k, v in (conf.get("also_config") or {}).items() if "returns" in (v or {})},
        },
        overloads=overloads,
        main_returns=main_returns,
        params_variants=params_variants,
        body_defaults=dict(conf.get("body_defaults") or {}),
        post_parser=conf.get("post_parser"),
    )


def _union_takes_file(ir: IR, s: Schema, depth: int = 0) -> bool:
    """A union one of whose members (through refs and nested unions) is a binary string."""
    if s.kind != "union" or depth > 10:
        return False
    for v in s.variants:
        t = ir.target(v)
        if (t.kind == "primitive" and t.type == "binary") or _union_takes_file(ir, t, depth + 1):
            return True
    return False


def _merged_union_props(ir: IR, s: Schema) -> List[Any]:
    """Body unions (one shape per mode) become one params type: a property is required only if every member requires it."""
    from .ir import Prop

    by: Dict[str, Prop] = {}
    count: Dict[str, int] = {}
    members = [ir.target(v) for v in s.variants]
    for m in members:
        for p in m.properties:
            if p.name not in by:
                by[p.name] = Prop(p.name, p.schema, p.required)
            count[p.name] = count.get(p.name, 0) + (1 if p.required else 0)
    for name, p in by.items():
        p.required = count[name] == len(members)
    return list(by.values())


def _check_references(n: TypeNamer, methods: List[Method]) -> None:
    """Every type a method or type names must be generated; config typos would import nothing."""
    known = set(n.types)

    def fix(text: str, where: str) -> str:
        def sub(m: "re.Match[str]") -> str:
            key = TypeKey.parse(m.group(1))
            if key in known:
                return m.group(0)
            n.problems.warning(where, f"{key} is not a generated type; annotated as `object`")
            return "object"

        return TOKEN.sub(sub, text)

    for m in methods:
        for p in m.params:
            p.annotation = fix(p.annotation, m.op.pointer)
        m.returns = fix(m.returns, m.op.pointer)
        if m.item:
            m.item = fix(m.item, m.op.pointer)
        if m.stream:
            m.stream.item = fix(m.stream.item, m.op.pointer)
    for d in n.types.values():
        d.value = fix(d.value, d.pointer)
        for f in d.fields:
            f.annotation = fix(f.annotation, d.pointer)


def _split_stream_params(n: TypeNamer, key: TypeKey, flag: str) -> Optional[Tuple[TypeKey, TypeKey]]:
    """`XParams` -> `XParamsBase` + `XParamsNonStreaming` / `XParamsStreaming` and `XParams` = their Union."""
    decl = n.types[key]
    if decl.kind != "class" or not any(f.name == flag for f in decl.fields):
        return None
    base, non, yes = (TypeKey(key.module, key.name + suffix) for suffix in ("Base", "NonStreaming", "Streaming"))
    for k in (base, non, yes):
        if not n.claim(k, decl.pointer + "#" + k.name, "param"):
            return None
    flag_field = next(f for f in decl.fields if f.name == flag)
    # `stream: false` may be sent as null where the spec allows null (as the method's overloads say)
    off = "Optional[Literal[False]]" if flag_field.nullable else "Literal[False]"
    n.types[base] = TypeDecl(base, "param", "class", decl.pointer, fields=[f for f in decl.fields if f.name != flag])
    n.types[non] = TypeDecl(
        non, "param", "class", decl.pointer, bases=[base],
        fields=[FieldDecl(flag, flag_field.wire, off, False, flag_field.description)],
    )  # fmt: skip
    n.types[yes] = TypeDecl(
        yes, "param", "class", decl.pointer, bases=[base], total=True,
        fields=[FieldDecl(flag, flag_field.wire, "Literal[True]", True, flag_field.description)],
    )  # fmt: skip
    n.types[key] = TypeDecl(key, "param", "alias", decl.pointer, value=f"Union[{non.token}, {yes.token}]")
    return non, yes


def twin(m: Method, alias: str) -> Method:
    """The method an `also:` entry names: same request, its own name (and return type, if given)."""
    returns = m.alias_returns.get(alias)
    params_key = m.alias_params.get(alias, m.params_key)
    if returns is None:
        return dataclasses.replace(m, name=alias.rsplit(".", 1)[-1], aliases=[], params_key=params_key)
    cast_to = {"str": "str", "None": "none", "HttpxBinaryResponseContent": "binary"}.get(returns, "annotation")
    accept = m.accept if cast_to == "binary" else None
    # A twin of a list method that returns the plain response (`permissions.retrieve`) does not paginate.
    paged = returns.startswith("pagination.")
    return dataclasses.replace(
        m,
        name=alias.rsplit(".", 1)[-1],
        aliases=[],
        returns=tokenize(returns),
        cast_to=cast_to,
        accept=accept,
        page=m.page if paged else None,
        item=m.item if paged else None,
        params_key=params_key,
    )


def _overload_param(value: Any) -> Optional[str]:
    """An overload's param: `absent`, an annotation, or {annotation, default} (kept as `ann = default`)."""
    if value == "absent":
        return None
    if isinstance(value, dict):
        ann = tokenize(str(value.get("annotation", "object")))
        return f"{ann} = {value['default']}" if value.get("default") is not None else ann
    return tokenize(str(value))
