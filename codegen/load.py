"""Stage 1: read the spec (YAML or JSON) and index it by JSON pointer.

Pointers follow RFC 6901 with a leading '#', e.g. `#/components/schemas/Foo/properties/bar`.
Only local `$ref`s are supported; anything else is reported with the pointer that holds it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple
from pathlib import Path
from dataclasses import dataclass

import yaml

from .problems import Problems


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)


@dataclass
class Spec:
    doc: Dict[str, Any]
    version: Tuple[int, int]
    problems: Problems

    def resolve(self, pointer: str) -> Any:
        if not pointer.startswith("#"):
            raise KeyError(pointer)
        node: Any = self.doc
        for raw in pointer[1:].split("/")[1:]:
            token = unescape(raw)
            if isinstance(node, list):
                node = node[int(token)]  # type: ignore[index]
            else:
                node = node[token]
        return node

    def resolve_through(self, pointer: str) -> Tuple[str, Any]:
        """Like `resolve`, but a `$ref` met on the way is followed (`.../items/oneOf/3` where
        `items` is a `$ref`). Returns the canonical pointer of the node and the node."""
        node: Any = self.doc
        canonical = "#"
        for raw in pointer[1:].split("/")[1:]:
            token = unescape(raw)
            while isinstance(node, dict) and "$ref" in node and token not in node:
                canonical = node["$ref"]
                node = self.resolve(canonical)
            node = node[int(token)] if isinstance(node, list) else node[token]  # type: ignore[index]
            canonical = join(canonical, token)
        return canonical, node

    def deref(self, pointer: str, node: Any) -> Tuple[str, Any]:
        """Follow `$ref` chains (non-schema objects: parameters, request bodies, responses)."""
        seen: List[str] = []
        while isinstance(node, dict) and "$ref" in node:
            target = node["$ref"]
            if target in seen:
                self.problems.error(pointer, f"circular $ref {target}")
                return pointer, {}
            seen.append(target)
            pointer, node = target, self.resolve(target)
        return pointer, node


def load_spec(path: "str | Path", problems: "Problems | None" = None) -> Spec:
    problems = problems or Problems()
    text = Path(path).read_text(encoding="utf-8")
    doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return load_doc(doc, problems)


def load_doc(doc: Dict[str, Any], problems: "Problems | None" = None) -> Spec:
    problems = problems or Problems()
    raw = str(doc.get("openapi", ""))
    try:
        major, minor = (int(x) for x in raw.split(".")[:2])
    except ValueError:
        problems.error("#/openapi", f"not an OpenAPI document (openapi: {raw!r})")
        major, minor = 0, 0
    if (major, minor) not in ((3, 0), (3, 1)):
        problems.error("#/openapi", f"unsupported OpenAPI version {raw!r} (3.0 and 3.1 are supported)")
    spec = Spec(doc=doc, version=(major, minor), problems=problems)
    _check_refs(spec, doc, "#")
    problems.raise_if_errors()
    return spec


def _check_refs(spec: Spec, node: Any, pointer: str) -> None:
    # Walk the whole document once so that dangling or remote refs are reported up front.
    stack: List[Tuple[Any, str]] = [(node, pointer)]
    while stack:
        cur, ptr = stack.pop()
        if isinstance(cur, dict):
            ref = cur.get("$ref")  # type: ignore[union-attr]
            if isinstance(ref, str):
                if not ref.startswith("#/"):
                    spec.problems.error(ptr, f"only local $refs are supported, got {ref!r}")
                else:
                    try:
                        spec.resolve(ref)
                    except (KeyError, IndexError, ValueError):
                        spec.problems.error(ptr, f"$ref target {ref!r} does not exist")
            for k, v in cur.items():  # type: ignore[union-attr]
                if isinstance(v, (dict, list)):
                    stack.append((v, join(ptr, k)))
        elif isinstance(cur, list):
            for i, v in enumerate(cur):  # type: ignore[arg-type]
                if isinstance(v, (dict, list)):
                    stack.append((v, join(ptr, i)))
