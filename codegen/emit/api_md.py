"""api.md: every resource, its methods (verb + path, signature shape, return type) and its types."""

from __future__ import annotations

from typing import Dict, List

from ..write import MD_HEADER
from ..naming import TOKEN, TypeKey
from ..methods import Named, Method, Resource
from .resources import walk, resource_file


def _plain(text: str) -> str:
    return TOKEN.sub(lambda m: TypeKey.parse(m.group(1)).name, text)


def _returns(m: Method) -> str:
    if m.page and m.item:
        return f"{m.page}[{_plain(m.item)}]"
    if m.cast_to == "binary":
        return "HttpxBinaryResponseContent"
    return _plain(m.returns)


def _args(m: Method) -> str:
    pos = [p.name for p in m.params if p.positional]
    rest = "\\*\\*params" if m.params_key is not None or any(not p.positional for p in m.params) else ""
    return ", ".join(pos + ([rest] if rest else []))


def emit_api_md(named: Named) -> str:
    out: List[str] = [MD_HEADER, "", "# API reference", ""]
    for res in walk(named.root):
        depth = min(len(res.path) + 1, 6)
        out.append("#" * depth + " " + " ".join(p.replace("_", " ").title() for p in res.path[-1:]))
        out.append("")
        if res.options.alias_of:
            out.append(f"Same resource as `client.{res.options.alias_of}`.")
            out.append("")
            continue
        keys: Dict[str, List[str]] = {}
        for m in res.methods:
            for text in (m.returns, m.item or "", m.stream.item if m.stream else ""):
                for k in TOKEN.findall(text):
                    key = TypeKey.parse(k)
                    keys.setdefault(key.module.rsplit(".", 1)[0] if "." in key.module else "", [])
                    if key.name not in keys[key.module.rsplit(".", 1)[0] if "." in key.module else ""]:
                        keys[key.module.rsplit(".", 1)[0] if "." in key.module else ""].append(key.name)
        if keys:
            out += ["Types:", "", "```python"]
            for pkg in sorted(keys):
                mod = "openai.types" + ("." + pkg if pkg else "")
                out.append(f"from {mod} import {', '.join(sorted(keys[pkg]))}")
            out += ["```", ""]
        if res.methods:
            out += ["Methods:", ""]
            entries = [(m.name, m) for m in res.methods]
            entries += [(alias.rsplit(".", 1)[-1], m) for m in res.methods for alias in m.aliases]
            for name, m in sorted(entries, key=lambda e: e[0]):
                title = f"{m.op.verb} {m.op.path}"
                call = f'client.{".".join(res.path)}.<a href="./{resource_file(res)}">{name}</a>({_args(m)})'
                out.append(f'- <code title="{title}">{call} -> {_returns(m)}</code>')
            out.append("")
        if res.options.hooks:
            out.append("Helpers: " + ", ".join(f"`{h}`" for h in res.options.hooks))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def resources_of(root: Resource) -> List[Resource]:
    return walk(root)
