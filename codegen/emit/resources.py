"""Resource modules: sync + async classes, raw/streaming wrapper twins, sub-resources, hooks.

The method bodies follow CONTRIBUTING.md's runtime contract; every choice (positional params, body
kind, cast_to, pagination, streaming) was made in naming.py and is only rendered here.
"""

from __future__ import annotations

import re
import ast
from typing import Any, Dict, List, Tuple, Optional
from pathlib import Path
from dataclasses import dataclass

from .common import HEADER, py_str, tokens, relative, docstring, resolve_tokens, typing_imports
from ..naming import TypeKey
from ..methods import Method, Resource, MethodParam, twin
from ..identifiers import pascal


def resource_module(res: Resource) -> str:
    """Dotted module (under openai) defining the resource class."""
    base = "resources." + ".".join(res.path)
    return base + "." + res.path[-1] if res.children else base


def resource_file(res: Resource) -> str:
    return "src/openai/" + resource_module(res).replace(".", "/") + ".py"


def walk(res: Resource) -> List[Resource]:
    out: List[Resource] = []
    for name in sorted(res.children):
        child = res.children[name]
        out.append(child)
        out += walk(child)
    return out


def effective_headers(root: Resource, path: Tuple[str, ...]) -> Dict[str, str]:
    """Resource headers apply to the resource and everything below it."""
    headers: Dict[str, str] = {}
    res = root
    for part in path:
        res = res.children[part]
        headers.update(res.options.headers)
    return headers


@dataclass
class Ctx:
    module: str  # "openai.resources.chat.completions.completions"
    aliases: "set[TypeKey]"  # type keys that are aliases (cast(Any, X) where a class is expected)
    imports: Dict[str, "set[str]"]  # from-module -> names
    names: Dict[TypeKey, str]

    def use(self, module: str, name: str) -> str:
        self.imports.setdefault(relative(self.module, "openai." + module), set()).add(name)
        return name

    def type_name(self, key: TypeKey) -> str:
        if key not in self.names:
            local = key.name
            if local in self.names.values():
                local = pascal(key.module.split(".")[-1]) + key.name
            self.names[key] = local
            self.imports.setdefault(relative(self.module, "openai.types." + key.module), set()).add(
                key.name if local == key.name else f"{key.name} as {local}"
            )
        return self.names[key]

    def ann(self, text: str) -> str:
        for k in tokens(text):
            self.type_name(k)
        for runtime_name in ("FileTypes", "SequenceNotStr"):
            if runtime_name in text:
                self.use("_types", runtime_name)
        return resolve_tokens(text, self.names)

    def cast_expr(self, text: str) -> str:
        """A value usable as `cast_to=`/`model=`: a class, or `cast(Any, X)` for aliases and generics."""
        ann = self.ann(text)
        keys = tokens(text)
        if len(keys) == 1 and text == keys[0].token and keys[0] not in self.aliases:
            return ann
        return f"cast(Any, {ann})"


SRC = Path(__file__).resolve().parents[2] / "src"


def _hook_names(hook: str, variable: str) -> List[str]:
    """A module-level tuple of names declared by a hook module, sorted.

    Read from the hook's source (a literal tuple or list of strings) rather than by importing the SDK.
    """
    path = SRC.joinpath(*hook.split(".")).with_suffix(".py")
    if not path.exists():
        return []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == variable for t in node.targets):
            value = ast.literal_eval(node.value)
            if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{hook}.{variable} must be a literal tuple of names")
            return sorted(value)
    return []


def hook_reexports(hook: str) -> List[str]:
    """A hook module's `__reexports__`: names the resource module re-exports (`RealtimeConnection`)."""
    return _hook_names(hook, "__reexports__")


def hook_response_wrapped(hook: str) -> List[str]:
    """A hook module's `__response_wrapped__`: its methods the raw/streaming twins wrap (`parse`).

    Only single-request methods whose result is the API response belong there: the twins add the
    raw-response header and hand back the response object, which a polling or event-streaming
    helper cannot return.
    """
    return _hook_names(hook, "__response_wrapped__")


def emit_resources(root: Resource, aliases: "set[TypeKey]") -> Dict[str, str]:
    files: Dict[str, str] = {}
    for res in walk(root):
        if res.options.alias_of:
            continue
        files[resource_file(res)] = _resource_module(root, res, aliases)
        if res.children:
            files["src/openai/resources/" + "/".join(res.path) + "/__init__.py"] = _package_init(res)
    files["src/openai/resources/__init__.py"] = _package_init(root)
    return files


def _class_names(res: Resource) -> List[str]:
    n = res.class_name
    return [
        n,
        f"Async{n}",
        f"{n}WithRawResponse",
        f"Async{n}WithRawResponse",
        f"{n}WithStreamingResponse",
        f"Async{n}WithStreamingResponse",
    ]


def _package_init(res: Resource) -> str:
    """Package __init__: lazy re-exports of the classes of the package's resources."""
    names: Dict[str, str] = {}
    for name in sorted(res.children):
        child = res.children[name]
        if child.options.alias_of:
            continue
        for cls in _class_names(child):
            names[cls] = "." + name
    if res.path:
        for cls in _class_names(res):
            names[cls] = "." + res.path[-1]
    out = [HEADER, "", "from __future__ import annotations", "", "from typing import TYPE_CHECKING, Any", ""]
    if names:
        out.append("if TYPE_CHECKING:")
        for cls in sorted(names):
            out.append(f"    from {names[cls]} import {cls} as {cls}")
    out.append("")
    out.append("_LAZY = {" + ", ".join(f"{py_str(k)}: {py_str(v)}" for k, v in sorted(names.items())) + "}")
    out.append(
        """

def __getattr__(name: str) -> Any:
    # Resource modules load on first access: importing the package stays cheap.
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value

"""
    )
    out.append(f"__all__ = [{', '.join(py_str(n) for n in sorted(names))}]")
    return "\n".join(out) + "\n"


def _child_import(root: Resource, res: Resource, child: Resource, ctx: Ctx) -> str:
    """Import the child's classes (an alias child imports the aliased resource's classes)."""
    target = child
    if child.options.alias_of:
        target = root
        for part in child.options.alias_of.split("."):
            target = target.children[part]
    mod = resource_module(target)
    for cls in _class_names(target):
        ctx.use(mod, cls)
    return target.class_name


def _resource_module(root: Resource, res: Resource, aliases: "set[TypeKey]") -> str:
    module = "openai." + resource_module(res)
    ctx = Ctx(module, aliases, {}, {})
    name = res.class_name
    headers = effective_headers(root, res.path)
    children = [(n, _child_import(root, res, res.children[n], ctx)) for n in sorted(res.children)]
    hooks: List[Tuple[str, str]] = []
    wrapped: List[str] = []  # hand-written methods the raw/streaming twins wrap too
    generated = {m.name for m in _all_methods(res)}
    for hook in res.options.hooks:
        short = pascal(hook.rsplit(".", 1)[-1])
        sync_alias, async_alias = f"_{short}SyncHooks", f"_{short}AsyncHooks"
        ctx.imports.setdefault(relative(module, hook), set()).update(
            {f"SyncHooks as {sync_alias}", f"AsyncHooks as {async_alias}"}
        )
        hooks.append((sync_alias, async_alias))
        names = hook_reexports(hook)
        if names:
            ctx.imports.setdefault(relative(module, hook), set()).update(f"{n} as {n}" for n in names)
        for method in hook_response_wrapped(hook):
            if method in generated or method in wrapped:
                raise ValueError(f"{hook}.__response_wrapped__: `{method}` is already a method of {'.'.join(res.path)}")
            wrapped.append(method)
    parts: List[str] = []
    for is_async in (False, True):
        parts.append(_resource_class(res, name, children, hooks, headers, ctx, is_async))
    for is_async in (False, True):
        for kind in ("raw", "streaming"):
            parts.append(_wrapper_class(res, name, children, ctx, is_async, kind, wrapped))
    body = "\n\n".join(parts)
    ctx.use("_compat", "cached_property")
    ctx.use("_resource", "SyncAPIResource")
    ctx.use("_resource", "AsyncAPIResource")
    lines = [HEADER, "", "from __future__ import annotations", ""]
    lines += typing_imports([body])
    if "httpx." in body:
        lines += ["", "import httpx"]
    lines.append("")
    if "_legacy_response." in body:
        dots = re.match(r"\.+", relative(module, "openai._legacy_response"))
        lines.append(f"from {dots.group(0) if dots else '.'} import _legacy_response")
    for src in sorted(ctx.imports):
        lines.append(f"from {src} import {', '.join(sorted(ctx.imports[src]))}")
    all_names = [name, f"Async{name}"]
    lines += ["", f"__all__ = [{', '.join(py_str(n) for n in all_names)}]", "", "", body]
    return "\n".join(lines) + "\n"


def _resource_class(
    res: Resource,
    name: str,
    children: List[Tuple[str, str]],
    hooks: List[Tuple[str, str]],
    headers: Dict[str, str],
    ctx: Ctx,
    is_async: bool,
) -> str:
    a = "Async" if is_async else ""
    bases = [h[1] if is_async else h[0] for h in hooks] + [f"{'Async' if is_async else 'Sync'}APIResource"]
    out = [f"class {a}{name}({', '.join(bases)}):\n"]
    doc = docstring(res.options.description)
    if doc:
        out.append(doc + "\n")
    for attr, cls in children:
        out.append(
            f"    @cached_property\n    def {attr}(self) -> {a}{cls}:\n        return {a}{cls}(self._client)\n\n"
        )
    out.append(
        f"    @cached_property\n    def with_raw_response(self) -> {a}{name}WithRawResponse:\n"
        f"        return {a}{name}WithRawResponse(self)\n\n"
        f"    @cached_property\n    def with_streaming_response(self) -> {a}{name}WithStreamingResponse:\n"
        f"        return {a}{name}WithStreamingResponse(self)\n"
    )
    for m in _all_methods(res):
        out.append("\n" + _method(m, headers, ctx, is_async, m.name))
    return "".join(out)


def _all_methods(res: Resource) -> List[Method]:
    """The resource's methods and their `also:` twins, by name."""
    methods = list(res.methods) + [twin(m, alias) for m in res.methods for alias in m.aliases]
    return sorted(methods, key=lambda m: m.name)


def _wrapper_class(
    res: Resource,
    name: str,
    children: List[Tuple[str, str]],
    ctx: Ctx,
    is_async: bool,
    kind: str,
    hook_methods: List[str],
) -> str:
    a = "Async" if is_async else ""
    suffix = "WithRawResponse" if kind == "raw" else "WithStreamingResponse"
    attr = "_" + _snake_attr(name)
    out = [f"class {a}{name}{suffix}:\n", f"    def __init__(self, {attr[1:]}: {a}{name}) -> None:\n"]
    out.append(f"        self.{attr} = {attr[1:]}\n")
    # Generated methods and the hooks' wrappable ones, by name; a hook method answers JSON (never binary).
    wrapped = [(m.name, _wrap(m, ctx, is_async, kind)) for m in _all_methods(res)]
    wrapped += [(h, _wrap(None, ctx, is_async, kind)) for h in hook_methods]
    for mname, (fn, extra) in sorted(wrapped, key=lambda w: w[0]):
        out.append(f"\n        self.{mname} = {fn}(\n            {attr[1:]}.{mname},{extra}\n        )\n")
    for cattr, cls in children:
        out.append(
            f"\n    @cached_property\n    def {cattr}(self) -> {a}{cls}{suffix}:\n"
            f"        return {a}{cls}{suffix}(self.{attr}.{cattr})\n"
        )
    return "".join(out)


def _snake_attr(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _wrap(m: Optional[Method], ctx: Ctx, is_async: bool, kind: str) -> Tuple[str, str]:
    """(wrapper function, extra arguments) for one method (None: a hook's) of a raw/streaming twin."""
    if kind == "raw":
        return "_legacy_response." + ("async_to_raw_response_wrapper" if is_async else "to_raw_response_wrapper"), ""
    if m is not None and m.cast_to == "binary":
        cls = ctx.use("_response", "AsyncStreamedBinaryAPIResponse" if is_async else "StreamedBinaryAPIResponse")
        fn = ctx.use(
            "_response",
            "async_to_custom_streamed_response_wrapper" if is_async else "to_custom_streamed_response_wrapper",
        )
        return fn, f"\n            {cls},"
    return ctx.use(
        "_response", "async_to_streamed_response_wrapper" if is_async else "to_streamed_response_wrapper"
    ), ""


# -- methods ----------------------------------------------------------------------------------


def _param_lines(m: Method, ctx: Ctx, overrides: Dict[str, Optional[str]]) -> Tuple[List[str], List[str]]:
    """(positional, keyword-only) parameter source lines for one signature.

    `overrides`: param name -> annotation for this signature (None: the param is absent). An
    annotation mentioning Omit/NotGiven keeps the param optional, any other makes it required.
    """
    positional: List[str] = []
    req: List[Tuple[str, str]] = []
    opt: List[Tuple[str, str]] = []
    kw_path: List[str] = []
    names = {p.name for p in m.params}
    for p in m.params:
        if p.name in overrides:
            given = overrides[p.name]
            if given is None:
                continue
            _override_line(p.name, ctx.ann(given), req, opt)
            continue
        ann = ctx.ann(p.annotation)
        if p.positional:
            positional.append(f"{p.name}: {ann}")
        elif p.location == "path":
            kw_path.append(f"{p.name}: {ann}")
        elif p.required:
            req.append((p.name, f"{p.name}: {ann}"))
        else:
            if p.nullable and not ann.startswith("Optional[") and not ann.endswith(", None]"):
                ann = f"Optional[{ann}]"
            default = "omit" if p.missing == "Omit" else "not_given"
            # Optional query params come before optional body params (each group by name).
            opt.append(
                ("0" + p.name if p.location == "query" else "1" + p.name, f"{p.name}: {ann} | {p.missing} = {default}")
            )
    for name, given in overrides.items():
        if name not in names and given is not None:  # the stream flag (not a regular param)
            _override_line(name, ctx.ann(given), req, opt)
    kw = kw_path + [t for _, t in sorted(req)] + [t for _, t in sorted(opt)]
    kw += [
        "# Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.",
        "# The extra values given here take precedence over values defined on the client or passed to this method.",
        "extra_headers: Headers | None = None",
        "extra_query: Query | None = None",
        "extra_body: Body | None = None",
        "timeout: float | httpx.Timeout | None | NotGiven = not_given",
    ]
    for n in ("Headers", "Query", "Body", "NotGiven", "not_given"):
        ctx.use("_types", n)
    if any(re.search(r"\bOmit\b", t) for t in kw):
        ctx.use("_types", "Omit")
    if any(re.search(r"= omit\b", t) for t in kw):
        ctx.use("_types", "omit")
    return positional, kw


def _override_line(name: str, ann: str, req: List[Tuple[str, str]], opt: List[Tuple[str, str]]) -> None:
    if " = " in ann:  # an explicit default from the config: `bool = False`
        opt.append(("1" + name, f"{name}: {ann}"))
    elif re.search(r"\bOmit\b", ann):
        opt.append(("1" + name, f"{name}: {ann} = omit"))
    elif re.search(r"\bNotGiven\b", ann):
        opt.append(("1" + name, f"{name}: {ann} = not_given"))
    else:
        req.append((name, f"{name}: {ann}"))


def _variants(m: Method) -> List[Tuple[Dict[str, Optional[str]], Optional[str]]]:
    """The overloads of a method: (param overrides, return annotation with tokens)."""
    if m.overloads:
        return [(o.params, o.returns) for o in m.overloads]
    if m.stream is None:
        return []
    sp, stream = m.stream.param, f"Stream[{m.stream.item}]"
    return [
        ({sp: "Optional[Literal[False]] | Omit"}, m.returns),
        ({sp: "Literal[True]"}, stream),
        ({sp: "bool"}, f"{m.returns} | {stream}"),
    ]


def _signature(name: str, positional: List[str], kw: List[str], returns: str, is_async: bool) -> str:
    params = ["self"] + positional + ["*"] + kw
    body = ",\n        ".join(p for p in params).replace(",\n        # ", "\n        # ")
    # Comments must not swallow the comma of the previous parameter: rebuild carefully.
    lines: List[str] = []
    for p in params:
        lines.append(p if p.startswith("#") else p + ",")
    body = "\n        ".join(lines)
    prefix = "async def" if is_async else "def"
    return f"    {prefix} {name}(\n        {body}\n    ) -> {returns}:\n"


def _return_ann(m: Method, ctx: Ctx, is_async: bool, text: Optional[str] = None) -> str:
    """The return annotation: of the implementation (text None) or of one overload."""
    if m.page and m.item:
        item = ctx.ann(m.item)
        if is_async:
            page = ctx.use("pagination", "Async" + m.page[len("Sync") :])
            ctx.use("_base_client", "AsyncPaginator")
            return f"AsyncPaginator[{item}, {page}[{item}]]"
        page = ctx.use("pagination", m.page)
        return f"{page}[{item}]"
    if m.cast_to == "binary":
        return "_legacy_response.HttpxBinaryResponseContent"
    if text is None:
        text = m.main_returns or m.returns
        if m.stream is not None:
            text = f"{text} | Stream[{m.stream.item}]"
    if re.search(r"\bStream\[", text):
        name = ctx.use("_streaming", "AsyncStream" if is_async else "Stream")
        text = re.sub(r"\bStream\[", name + "[", text)
    return ctx.ann(text)


def _doc(m: Method) -> str:
    text = (m.docstring or "").strip()
    args = [p for p in m.params if p.description]
    if args:
        text += "\n\nArgs:\n" + "\n\n".join(
            f"  {p.name}: "
            + "\n".join(("    " + line if i else line) for i, line in enumerate(p.description.strip().splitlines()))  # type: ignore[union-attr]
            for p in args
        )
    if text:
        text += "\n\n"
    text += (
        "Args:\n  extra_headers: Send extra headers\n\n  extra_query: Add additional query parameters to the request\n\n"
        "  extra_body: Add additional JSON properties to the request\n\n  timeout: Override the client-level default timeout for this request, in seconds"
        if not args
        else "  extra_headers: Send extra headers\n\n  extra_query: Add additional query parameters to the request\n\n"
        "  extra_body: Add additional JSON properties to the request\n\n  timeout: Override the client-level default timeout for this request, in seconds"
    )
    if m.deprecated:
        text = "Deprecated.\n\n" + text
    return docstring(text, "        ")


def _method(m: Method, headers: Dict[str, str], ctx: Ctx, is_async: bool, name: str) -> str:
    out: List[str] = []
    variants = _variants(m)
    required_sets: List[List[str]] = []
    for overrides, returns in variants:
        pos, kw = _param_lines(m, ctx, overrides)
        out.append("    @overload\n" + _signature(name, pos, kw, _return_ann(m, ctx, is_async, returns), is_async))
        out.append(_doc(m) + "        ...\n\n")
        required = [line.split(":")[0] for line in kw if ":" in line and "=" not in line and not line.startswith("#")]
        path_names = {p.name for p in m.params if p.location == "path"}
        required = [r for r in required if r not in path_names] + sorted(r for r in required if r in path_names)
        if required not in required_sets:
            required_sets.append(required)
    if variants:
        if len(required_sets) > 1:
            ctx.use("_utils", "required_args")
            out.append(f"    @required_args({', '.join(py_str_list(r) for r in required_sets)})\n")
    main: Dict[str, Optional[str]] = {}
    if m.stream is not None:
        # A nullable body flag keeps None among the non-streaming values; a query flag (GET) is a plain bool.
        flag = next((p for p in m.params if p.name == m.stream.param), None)
        nullable = (flag.nullable or flag.location == "body") if flag is not None else m.op.body is not None
        main[m.stream.param] = f"{'Optional[Literal[False]]' if nullable else 'Literal[False]'} | Literal[True] | Omit"
    pos, kw = _param_lines(m, ctx, main)
    sig = _signature(name, pos, kw, _return_ann(m, ctx, is_async), is_async and not m.page)
    out.append(sig)
    if not variants:
        out.append(_doc(m))
    # The body dict follows the implementation signature, as the official SDK's does (keys go out in that order).
    order = [line.split(":")[0] for line in pos + kw if not line.startswith("#")]
    out.append(_body(m, headers, ctx, is_async, order))
    return "".join(out)


def py_str_list(names: List[str]) -> str:
    return "[" + ", ".join(py_str(n) for n in names) + "]"


def _dict_literal(
    params: List[MethodParam],
    extra: Optional[str] = None,
    defaults: Optional[Dict[str, Any]] = None,
    order: Optional[List[str]] = None,
) -> str:
    """A dict display of the params (and the `extra` stream flag), keyed by name.

    With `order` (the signature's parameter names) the keys follow it; otherwise params keep their
    given order and `extra` comes last.
    """
    # A config default (`body_defaults`) is sent when the caller leaves the param out.
    items = [
        (
            p.name,
            f"{py_str(p.name)}: {p.name} if is_given({p.name}) else {defaults[p.name]!r}"
            if defaults and p.name in defaults
            else f"{py_str(p.name)}: {p.name}",
        )
        for p in params
    ]
    if extra:
        items.append((extra, f"{py_str(extra)}: {extra}"))
    if order is not None:
        rank = {name: i for i, name in enumerate(order)}
        missing = [name for name, _ in items if name not in rank]
        if missing:
            raise ValueError(f"body params missing from the signature: {missing}")
        items.sort(key=lambda item: rank[item[0]])
    return "{" + ", ".join(text for _, text in items) + "}"


def _body(m: Method, headers: Dict[str, str], ctx: Ctx, is_async: bool, order: List[str]) -> str:
    lines: List[str] = []
    ind = "        "
    path_params = [p for p in m.params if p.location == "path"]
    # Query params are sent in signature order (required, then optional, each by name), as the official SDK does.
    query = sorted((p for p in m.params if p.location == "query"), key=lambda p: (not p.required, p.name))
    body_params = [p for p in m.params if p.location == "body"]
    header_params = [p for p in m.params if p.location == "header"]
    stream_extra = m.stream.param if m.stream else None
    # Without a request body (`GET /responses/{id}?stream=true`) the stream flag is a query parameter.
    query_stream = stream_extra if stream_extra and m.op.body is None and not body_params else None
    if query_stream:
        stream_extra = None
    path = m.op.path
    if path_params:
        ctx.use("_utils", "path_template")
        for p in path_params:
            path = path.replace("{" + (p.wire) + "}", "{" + p.name + "}")
        path_expr = f"path_template({py_str(path)}, " + ", ".join(f"{p.name}={p.name}" for p in path_params) + ")"
    else:
        path_expr = py_str(path)
    hdrs = dict(headers)
    if m.accept:
        hdrs["Accept"] = m.accept
    if hdrs:
        entries = ", ".join(f"{py_str(k)}: {py_str(v)}" for k, v in hdrs.items())
        lines.append(f"{ind}extra_headers = {{{entries}, **(extra_headers or {{}})}}\n")
    if header_params:
        ctx.use("_utils", "is_given")
        for p in header_params:
            lines.append(
                f"{ind}extra_headers = {{**({{{py_str(p.wire)}: str({p.name})}} if is_given({p.name}) else {{}}), **(extra_headers or {{}})}}\n"
            )
    params_cls = ""
    if m.params_key is not None and (query or body_params or stream_extra or query_stream):
        pkg, _, mod = m.params_key.module.rpartition(".")
        params_mod = ctx.use("types." + pkg if pkg else "types", mod)
        params_cls = f"{params_mod}.{m.params_key.name}"
        if m.params_variants and m.stream:
            non, yes = m.params_variants
            params_cls = f"{params_mod}.{yes.name} if {m.stream.param} else {params_mod}.{non.name}"
        ctx.use("_utils", "async_maybe_transform" if is_async and not m.page else "maybe_transform")
    transform = "await async_maybe_transform" if is_async and not m.page else "maybe_transform"
    body_expr = None
    files_expr = None
    if m.body_defaults:
        ctx.use("_utils", "is_given")
        unknown = sorted(set(m.body_defaults) - {p.name for p in body_params})
        if unknown:
            raise ValueError(
                f"{'.'.join(m.resource)}.{m.name}: body_defaults for params it has no body param for: {unknown}"
            )
    if body_params or stream_extra:
        literal = _dict_literal(body_params, stream_extra, m.body_defaults, order)
        if m.body_type == "multipart/form-data":
            ctx.use("_utils", "extract_files")
            ctx.use("_utils", "deepcopy_minimal")
            file_paths = []
            for p in body_params:
                if p.is_file:
                    ann = p.annotation
                    file_paths.append(
                        [p.name, "<array>"] if ann.startswith(("Iterable[", "SequenceNotStr[", "List[")) else [p.name]
                    )
            lines.append(f"{ind}body = deepcopy_minimal({literal})\n")
            lines.append(
                f"{ind}extracted_files = extract_files(cast(Mapping[str, object], body), paths={file_paths!r})\n"
            )
            lines.append(
                f"{ind}# The multipart boundary is added by the HTTP layer; this header only selects the encoding.\n"
            )
            lines.append(f'{ind}extra_headers = {{"Content-Type": "multipart/form-data", **(extra_headers or {{}})}}\n')
            body_expr = f"{transform}(body, {params_cls})"
            files_expr = "extracted_files"
        else:
            if m.body_type == "application/x-www-form-urlencoded":
                lines.append(
                    f'{ind}extra_headers = {{"Content-Type": "application/x-www-form-urlencoded", **(extra_headers or {{}})}}\n'
                )
            body_expr = f"{transform}({literal}, {params_cls})"
    opts = ["extra_headers=extra_headers", "extra_query=extra_query", "extra_body=extra_body", "timeout=timeout"]
    if query or query_stream:
        opts.append(f"query={transform}({_dict_literal(query, query_stream)}, {params_cls})")
    if m.security:
        opts.append(f"security={py_str(m.security)}")
    if m.post_parser:
        # The hook sees what the caller passed for the defaulted params (e.g. whether to decode base64).
        hook_module, _, factory = m.post_parser.partition(":")
        ctx.imports.setdefault(relative(ctx.module, hook_module), set()).add(f"{factory} as _{factory}")
        hook_args = ", ".join(f"{n}={n}" for n in sorted(m.body_defaults))
        opts.append(f"post_parser=_{factory}({hook_args})")
    ctx.use("_base_client", "make_request_options")
    options = f"make_request_options({', '.join(opts)})"
    verb = m.op.verb
    if m.page and m.item:
        item_expr = ctx.cast_expr(m.item)
        page = ctx.use("pagination", ("Async" + m.page[4:]) if is_async else m.page)
        args = [path_expr, f"page={page}[{ctx.ann(m.item)}]"]
        if body_expr:
            args.append(f"body={body_expr}")
        args += [f"options={options}", f"model={item_expr}"]
        if verb != "get":
            args.append(f"method={py_str(verb)}")
        lines.append(f"{ind}return self._get_api_list(\n{ind}    " + f",\n{ind}    ".join(args) + f",\n{ind})\n")
        return "".join(lines)
    call = f"{'await ' if is_async else ''}self._{verb}"
    args = [path_expr]
    if body_expr and verb in ("post", "put", "patch", "delete"):
        args.append(f"body={body_expr}")
    if files_expr:
        args.append(f"files={files_expr}")
    args.append(f"options={options}")
    if m.cast_to == "binary":
        args.append("cast_to=_legacy_response.HttpxBinaryResponseContent")
    elif m.cast_to == "none":
        args.append(f"cast_to={ctx.use('_types', 'NoneType')}")
    elif m.cast_to == "str":
        args.append("cast_to=str")
    else:
        args.append(f"cast_to={ctx.cast_expr(m.returns)}")
    if m.stream:
        cls = ctx.use("_streaming", "AsyncStream" if is_async else "Stream")
        args.append(f"stream={m.stream.param} or False")
        args.append(f"stream_cls={cls}[{ctx.ann(m.stream.item)}]")
    lines.append(f"{ind}return {call}(\n{ind}    " + f",\n{ind}    ".join(args) + f",\n{ind})\n")
    return "".join(lines)
