"""Type modules: response models (BaseModel), request params (TypedDict), aliases, lazy package __init__s."""

from __future__ import annotations

import re
from typing import Dict, List, Tuple, Iterable, Optional

from .common import HEADER, py_str, tokens, relative, docstring, resolve_tokens, typing_imports
from ..extras import TypeExtras
from ..naming import TOKEN, TypeKey, TypeDecl, FieldDecl
from ..identifiers import pascal


def module_file(module: str, packages: "set[str]") -> str:
    path = "src/openai/types/" + module.replace(".", "/")
    return path + ("/__init__.py" if module in packages else ".py")


def _sccs(graph: Dict[str, "set[str]"]) -> Dict[str, int]:
    """Tarjan's strongly connected components (iterative): module -> component id."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    comp: Dict[str, int] = {}
    stack: List[str] = []
    on: "set[str]" = set()
    counter = [0]
    for start in sorted(graph):
        if start in index:
            continue
        work: List[Tuple[str, Iterable[str]]] = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp[w] = index[node]
                    if w == node:
                        break
    return comp


def _inline_cyclic_aliases(types: Dict[TypeKey, TypeDecl], comp: Dict[str, int]) -> None:
    """Write out aliases imported across an import cycle instead of importing them.

    Aliases are evaluated at import time; inside a cycle the other module may not have reached its
    aliases yet (classes are fine: they are defined before the cyclic imports, see `_module`).
    """

    def expand(text: str, module: str, depth: int) -> str:
        def sub(m: "re.Match[str]") -> str:
            k = TypeKey.parse(m.group(1))
            d = types.get(k)
            if d is None or d.kind != "alias" or k.module == module or comp.get(k.module) != comp.get(module):
                return m.group(0)
            if depth > 8:
                return "object"
            return expand(d.value, module, depth + 1)

        return TOKEN.sub(sub, text)

    for d in types.values():
        m = d.key.module
        d.value = expand(d.value, m, 0)
        for f in d.fields:
            f.annotation = expand(f.annotation, m, 0)


def _decl_texts(d: TypeDecl) -> List[str]:
    return [d.value] + [b.token for b in d.bases] + [f.annotation for f in d.fields]


def _order(decls: List[TypeDecl]) -> List[TypeDecl]:
    """Dependencies first (aliases evaluate at import time); ties keep name order for determinism."""
    by_key = {d.key: d for d in decls}
    out: List[TypeDecl] = []
    state: Dict[TypeKey, int] = {}

    def visit(d: TypeDecl) -> None:
        if state.get(d.key):
            return
        state[d.key] = 1
        for dep in sorted({k for t in _decl_texts(d) for k in tokens(t)}):
            if dep in by_key and dep != d.key:
                visit(by_key[dep])
        state[d.key] = 2
        out.append(d)

    main = [d for d in decls if _is_main(d.key)]
    for d in main + sorted((d for d in decls if d not in main), key=lambda d: d.key.name):
        visit(d)
    return out


def _is_main(key: TypeKey) -> bool:
    return pascal(key.module.split(".")[-1]).lower().replace("_", "") == key.name.lower()


def emit_types(types: Dict[TypeKey, TypeDecl], extras: Optional[TypeExtras] = None) -> Dict[str, str]:
    extras = extras or TypeExtras()
    modules: Dict[str, List[TypeDecl]] = {}
    for d in types.values():
        modules.setdefault(d.key.module, []).append(d)
    own = set(extras.hand_written) & set(modules)
    if own:
        raise ValueError(f"hand-written type modules the generator would also write: {sorted(own)}")
    # Modules made of re-exports only: declared ones, and places types.yaml re-exports into that no schema
    # fills (`types.chat_model`); their names come from the (absolute) defining module.
    reexports: Dict[str, Dict[str, str]] = {m: dict(v) for m, v in extras.reexport_modules.items()}
    for m, names in extras.exports.items():
        for name, source in names.items():
            if m and m not in modules and not any(p.startswith(m + ".") for p in modules):
                reexports.setdefault(m, {})[name] = "openai." + source
    every = set(modules) | set(reexports) | set(extras.hand_written)
    packages = {m.rsplit(".", i)[0] for m in every for i in range(1, m.count(".") + 1)}
    clash = sorted(m for m in modules if m in packages)
    if clash:
        raise ValueError(f"type modules that are also packages: {clash}")
    graph: Dict[str, "set[str]"] = {m: set() for m in modules}
    for m, decls in modules.items():
        for d in decls:
            for t in _decl_texts(d):
                for k in tokens(t):
                    if k.module != m:
                        graph[m].add(k.module)
    comp = _sccs(graph)
    _inline_cyclic_aliases(types, comp)
    files: Dict[str, str] = {}
    for m in sorted(modules):
        extra = {n: "openai." + src for n, src in extras.exports.get(m, {}).items()}
        files[module_file(m, packages)] = _module(m, modules[m], comp, extra, extras.properties)
    for m in sorted(reexports):
        if m in modules:
            raise ValueError(f"re-export module {m} is also a generated type module")
        files[module_file(m, packages)] = _reexport_module(m, reexports[m])
    files.update(_packages(modules, packages, extras, reexports))
    return files


def _reexport_lines(module: str, names: Dict[str, str]) -> List[str]:
    """`from <defining module> import Name as Name` (the `as` marks an explicit re-export for type checkers)."""
    by_source: Dict[str, List[str]] = {}
    for name, source in names.items():
        by_source.setdefault(source, []).append(name)
    lines: List[str] = []
    for source in sorted(by_source):
        src = relative("openai.types." + module, source)
        lines.append(f"from {src} import {', '.join(f'{n} as {n}' for n in sorted(by_source[source]))}")
    return lines


def _reexport_module(module: str, names: Dict[str, str]) -> str:
    out = [HEADER, "", "from __future__ import annotations", ""]
    out += _reexport_lines(module, names)
    out += ["", f"__all__ = [{', '.join(py_str(n) for n in sorted(names))}]"]
    return "\n".join(out) + "\n"


def _module(
    module: str,
    decls: List[TypeDecl],
    comp: Dict[str, int],
    reexports: Optional[Dict[str, str]] = None,
    properties: Optional[Dict[TypeKey, Dict[str, Dict[str, str]]]] = None,
) -> str:
    decls = _order(decls)
    local = {d.key: d.key.name for d in decls}
    names: Dict[TypeKey, str] = dict(local)
    taken = set(local.values())
    top: Dict[str, List[Tuple[str, str]]] = {}
    bottom: Dict[str, List[Tuple[str, str]]] = {}
    for k in sorted({k for d in decls for t in _decl_texts(d) for k in tokens(t)}):
        if k in local:
            continue
        alias = k.name
        if alias in taken:
            alias = pascal(k.module.split(".")[-1]) + k.name
        taken.add(alias)
        names[k] = alias
        target = "openai.types." + k.module
        cyclic = comp.get(k.module) == comp.get(module)
        (bottom if cyclic else top).setdefault(relative("openai.types." + module, target), []).append((k.name, alias))
    # Layout: imports, classes, cyclic imports, aliases. Class annotations are postponed, so
    # classes need no names at definition time; aliases are evaluated at import time, so they come
    # last, after the imports that a cycle forced down to below the classes.
    # Modules of request TypedDicts only are written without postponed annotations, so that
    # `Required[...]` is seen at class creation (`__required_keys__`); names not bound yet at that
    # point (later in the module, or imported after the classes because of a cycle) are quoted.
    postponed = any(d.side == "model" and d.kind == "class" for d in decls)
    unbound = {d.key.name for d in decls} | {alias for names_ in bottom.values() for _, alias in names_}
    classes: List[str] = []
    alias_defs: List[str] = []
    all_names: List[str] = []
    needs_model = needs_td = needs_prop = needs_field = False
    helpers: "set[str]" = set()  # "module:function" of computed properties
    for d in decls:
        all_names.append(d.key.name)
        if d.kind == "alias":
            value = resolve_tokens(d.value, names)
            text_ = f"{d.key.name}: TypeAlias = {value}\n" + (docstring(d.description, "") if d.description else "")
            # In evaluated modules an alias whose names are all bound goes in dependency order, before
            # the classes using it; otherwise (or in postponed modules) after the cyclic imports.
            used = set(re.findall(r"[A-Za-z_]\w*", _STRING.sub("", value)))
            if not postponed and not (used & unbound - {d.key.name}):
                classes.append(text_)
                unbound.discard(d.key.name)
            else:
                alias_defs.append(text_)
            needs_prop = needs_prop or "PropertyInfo(" in value
        elif d.side == "model":
            needs_model = True
            props = (properties or {}).get(d.key, {})
            classes.append(_model(d, names) + _properties(props))
            for spec in props.values():
                helpers.add(spec["function"])
            needs_field = needs_field or any(f.name != f.wire for f in d.fields)
        else:
            needs_td = True
            classes.append(_typeddict(d, names, None if postponed else unbound))
            unbound.discard(d.key.name)
            needs_prop = needs_prop or any(f.name != f.wire or f.fmt for f in d.fields)
    body = classes[:]
    if bottom:
        lines_b = ["# Imported after the classes: these modules import this one (a cycle in the spec's schemas)."]
        for src in sorted(bottom):
            lines_b.append(_import_line(src, bottom[src]) + "  # noqa: E402")
        body.append("\n".join(lines_b) + "\n")
    body += alias_defs
    text = "\n\n".join(body)
    needs_prop = needs_prop or "PropertyInfo(" in text  # also via aliases written out across a cycle
    out = [HEADER, ""] + (["from __future__ import annotations", ""] if postponed else [])
    extra = ["TypedDict"] if needs_td else []
    out += typing_imports([text], extra)
    if needs_field:
        out += ["", "from pydantic import Field as FieldInfo"]
    out.append("")
    pkg = "openai.types." + module
    if needs_model:
        out.append(f"from {relative(pkg, 'openai._models')} import BaseModel")
    if needs_prop:
        out.append(f"from {relative(pkg, 'openai._utils')} import PropertyInfo")
    if "FileTypes" in text or "SequenceNotStr" in text:
        used = [n for n in ("FileTypes", "SequenceNotStr") if n in text]
        out.append(f"from {relative(pkg, 'openai._types')} import {', '.join(used)}")
    for src in sorted(top):
        out.append(_import_line(src, top[src]))
    for helper in sorted(helpers):
        mod, _, func = helper.partition(":")
        out.append(f"from {relative(pkg, mod)} import {func} as _{func}")
    if reexports:
        # A name the module imports anyway is re-exported through `__all__` alone.
        imported = {alias for names_ in list(top.values()) + list(bottom.values()) for _, alias in names_}
        out += _reexport_lines(module, {n: src for n, src in reexports.items() if n not in imported})
        all_names += sorted(reexports)
    out += ["", f"__all__ = [{', '.join(py_str(n) for n in all_names)}]", "", ""]
    out.append(text)
    return "\n".join(out) + "\n"


def _properties(props: Dict[str, Dict[str, str]]) -> str:
    """Computed properties (config `model_properties`): each calls its hand-written helper in openai.lib."""
    out: List[str] = []
    for name in sorted(props):
        spec = props[name]
        func = spec["function"].partition(":")[2]
        out.append(f"\n    @property\n    def {name}(self) -> {spec['returns']}:\n")
        if spec.get("doc"):
            out.append(docstring(spec["doc"], "        "))
        out.append(f"        return _{func}(self)\n")
    return "".join(out)


def _import_line(src: str, names: List[Tuple[str, str]]) -> str:
    parts = [n if n == a else f"{n} as {a}" for n, a in sorted(names)]
    return f"from {src} import {', '.join(parts)}"


def _model(d: TypeDecl, names: Dict[TypeKey, str]) -> str:
    lines = [f"class {d.key.name}(BaseModel):\n"]
    doc = docstring(d.description)
    if doc:
        lines.append(doc + "\n")
    if not d.fields:
        lines.append("    pass\n")
    for f in d.fields:
        ann = resolve_tokens(f.annotation, names)
        # A required but nullable field still defaults to None: servers send null or leave it out.
        required = f.required and not f.nullable
        bare = f.none_in_alias or ann.startswith("Optional[") or ann == "None" or ann.endswith(", None]")
        if not required and not bare:
            ann = f"Optional[{ann}]"
        if f.name != f.wire:
            default = (
                f"FieldInfo(alias={py_str(f.wire)})" if required else f"FieldInfo(alias={py_str(f.wire)}, default=None)"
            )
            lines.append(f"    {f.name}: {ann} = {default}\n")
        elif required:
            lines.append(f"    {f.name}: {ann}\n")
        else:
            lines.append(f"    {f.name}: {ann} = None\n")
        lines.append(_field_doc(f))
    return "".join(lines)


_STRING = re.compile(r"\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")


def _quote_unbound(ann: str, unbound: "set[str]") -> str:
    """Quote names not bound yet (`Iterable["Message"]`), leaving string literals alone."""
    out: List[str] = []
    pos = 0
    for m in _STRING.finditer(ann):
        out.append(_quote_names(ann[pos : m.start()], unbound))
        out.append(m.group(0))
        pos = m.end()
    out.append(_quote_names(ann[pos:], unbound))
    return "".join(out)


def _quote_names(code: str, unbound: "set[str]") -> str:
    return re.sub(
        r"(?<![\w.])([A-Za-z_]\w*)\b(?!\s*\()",
        lambda m: f'"{m.group(1)}"' if m.group(1) in unbound else m.group(1),
        code,
    )


def _typeddict(d: TypeDecl, names: Dict[TypeKey, str], unbound: "set[str] | None" = None) -> str:
    bases = [names[b] for b in d.bases] or ["TypedDict"]
    total = "" if d.total else ", total=False"
    lines = [f"class {d.key.name}({', '.join(bases)}{total}):\n"]
    doc = docstring(d.description)
    if doc:
        lines.append(doc + "\n")
    if not d.fields:
        lines.append("    pass\n")
    for f in d.fields:
        ann = resolve_tokens(f.annotation, names)
        if unbound is not None:
            ann = _quote_unbound(ann, unbound - {names[b] for b in d.bases})
        info: List[str] = []
        if f.name != f.wire:
            info.append(f"alias={py_str(f.wire)}")
        if f.fmt:
            info.append(f"format={py_str(f.fmt)}")
        if info:
            ann = f"Annotated[{ann}, PropertyInfo({', '.join(info)})]"
        if f.required:
            ann = f"Required[{ann}]"
        lines.append(f"    {f.name}: {ann}\n")
        lines.append(_field_doc(f))
    return "".join(lines)


def _field_doc(f: FieldDecl) -> str:
    text = f.description or ""
    if f.deprecated:
        text = ("Deprecated. " + text).strip()
    doc = docstring(text)
    return doc + "\n" if doc else ""


def exported(decls: List[TypeDecl]) -> List[str]:
    """Names a package re-exports from a module: its main type (or its only one)."""
    main = [d.key.name for d in decls if _is_main(d.key)]
    if main:
        return main
    return [decls[0].key.name] if len(decls) == 1 else []


def _packages(
    modules: Dict[str, List[TypeDecl]], packages: "set[str]", extras: TypeExtras, reexports: Dict[str, Dict[str, str]]
) -> Dict[str, str]:
    """Lazy `__init__.py` per package: module `__getattr__` + TYPE_CHECKING imports (cheap `import openai`)."""
    files: Dict[str, str] = {}
    children: Dict[str, List[str]] = {p: [] for p in packages | {""}}
    for m in list(modules) + sorted(packages) + sorted(extras.hand_written) + sorted(reexports):
        parent = m.rsplit(".", 1)[0] if "." in m else ""
        if m in packages or m in modules or m in extras.hand_written or m in reexports:
            children.setdefault(parent, [])
            if m not in children[parent]:
                children[parent].append(m)
    for pkg in sorted(children):
        names: Dict[str, str] = {}
        subpackages: List[str] = []
        for m in sorted(children[pkg]):
            short = m.split(".")[-1]
            if m in packages:
                subpackages.append(short)
                continue
            if m in extras.hand_written or m in reexports:
                # Hand-written modules name their exports; re-export modules pass all of theirs on.
                for name in extras.hand_written.get(m) or sorted(reexports[m]):
                    names.setdefault(name, short)
                continue
            for name in exported(modules[m]):
                names.setdefault(name, short)
        # types.yaml `exports`: further names, from anywhere below the package.
        for name, source in sorted(extras.exports.get(pkg, {}).items()):
            names[name] = relative(".".join(["types", pkg, "__init__"] if pkg else ["types", "__init__"]), source)[1:]
        if pkg == "" and "shared" in packages:
            # The root package also re-exports the shared types (`from openai.types import ChatModel`).
            for m in sorted(children.get("shared", [])):
                if m in modules:
                    for name in exported(modules[m]):
                        names.setdefault(name, "shared." + m.split(".")[-1])
        path = "src/openai/types/" + (pkg.replace(".", "/") + "/" if pkg else "") + "__init__.py"
        files[path] = _lazy_init(names, subpackages)
    return files


def _lazy_init(names: Dict[str, str], subpackages: List[str]) -> str:
    out = [HEADER, "", '"""Re-exports load their module on first access, so importing the package stays cheap."""', ""]
    out += ["from __future__ import annotations", "", f"from typing import {'TYPE_CHECKING, ' if names else ''}Any", ""]
    if names:
        out.append("if TYPE_CHECKING:")
        for name in sorted(names):
            out.append(f"    from .{names[name]} import {name} as {name}")
        out.append("")
    entries = [f"    {py_str(n)}: {py_str('.' + names[n])}," for n in sorted(names)]
    entries += [f"    {py_str(s)}: ''," for s in sorted(subpackages) if s not in names]
    out.append("_LAZY = {")
    out += entries
    out.append("}")
    out.append("")
    out.append("")
    out.append(
        """def __getattr__(name: str) -> Any:
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    if not source:  # a subpackage
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)"""
    )
    out.append("")
    out.append("")
    out.append(f"__all__ = [{', '.join(py_str(n) for n in sorted(names))}]")
    return "\n".join(out) + "\n"
