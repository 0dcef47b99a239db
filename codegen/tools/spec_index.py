"""Pointer arithmetic over the OpenAPI spec for the derivation tools: RFC 6901 pointers ('#'-prefixed), `$ref`
following that keeps track of use sites, merged allOf properties, flattened unions and a shape signature."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Tuple, Optional


def esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unesc(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


class SpecIndex:
    """Pointer arithmetic over the loaded spec, with the few normalisations the matcher needs."""

    def __init__(self, doc: Dict[str, Any]) -> None:
        self.doc = doc

    def get(self, ptr: str) -> Any:
        node: Any = self.doc
        for raw in ptr[2:].split("/") if ptr != "#" else []:
            tok = unesc(raw)
            node = node[int(tok)] if isinstance(node, list) else node[tok]
        return node

    def plain_of(self, site: str) -> Optional[str]:
        """The RFC 6901 pointer of the node a use-site path ends on, jumping through each `$ref` on the way."""
        ptr = "#"
        for raw in site[2:].split("/"):
            try:
                node = self.get(ptr)
            except (KeyError, IndexError, ValueError, TypeError):
                return None
            if isinstance(node, dict) and "$ref" in node and ptr != "#":
                ptr = node["$ref"]
            ptr = f"{ptr}/{raw}"
        try:
            self.get(ptr)
        except (KeyError, IndexError, ValueError, TypeError):
            return None
        return ptr

    def deref(self, ptr: str) -> str:
        return self.deref_site(ptr)[0]

    def deref_site(self, ptr: str) -> Tuple[str, str]:
        """Follow `$ref`s, single-member allOf wrappers and nullable anyOf/oneOf to the schema that carries the type.

        Returns the target pointer and the site suffix: the steps taken other than `$ref` jumps, which a use-site
        path (one that passes through `$ref`s transparently) must append.
        """
        suffix = ""
        for _ in range(50):
            node = self.get(ptr)
            if not isinstance(node, dict):
                break
            if "$ref" in node:
                ptr = node["$ref"]
                continue
            if "properties" in node:
                break
            step = ""
            # allOf [X] or allOf [X, {nullable: true}]: the type is X's
            carriers = [i for i, m in enumerate(node.get("allOf", [])) if not is_marker(m)]
            if len(carriers) == 1:
                step = f"/allOf/{carriers[0]}"
            else:
                for key in ("anyOf", "oneOf"):
                    members = node.get(key)
                    if members and len(members) <= 2:  # [X] or [X, null]: the type is X's
                        real = [i for i, m in enumerate(members) if not is_null(m)]
                        if len(real) == 1:
                            step = f"/{key}/{real[0]}"
                            break
            if not step:
                break
            ptr += step
            suffix += step
        return ptr, suffix

    def properties(self, ptr: str) -> Dict[str, str]:
        return {k: v[0] for k, v in self.properties_site(ptr).items()}

    def properties_site(self, ptr: str, depth: int = 0) -> Dict[str, Tuple[str, str]]:
        """Property name -> (pointer of its schema, path relative to `ptr`), merging allOf members (own win)."""
        node = self.get(ptr)
        out: Dict[str, Tuple[str, str]] = {}
        if not isinstance(node, dict) or depth > 20:
            return out
        for i, _ in enumerate(node.get("allOf", [])):
            target, suffix = self.deref_site(f"{ptr}/allOf/{i}")
            for k, (pp, rel) in self.properties_site(target, depth + 1).items():
                out.setdefault(k, (pp, f"/allOf/{i}{suffix}{rel}"))
        for name in node.get("properties", {}):
            out[name] = (f"{ptr}/properties/{esc(name)}", f"/properties/{esc(name)}")
        return out

    def union_members(self, ptr: str) -> List[str]:
        node = self.get(ptr)
        if not isinstance(node, dict):
            return []
        for key in ("anyOf", "oneOf"):
            if key in node:
                return [f"{ptr}/{key}/{i}" for i, m in enumerate(node[key]) if not is_null(m)]
        return []

    def flat_union_members(self, ptr: str, depth: int = 0) -> List[Tuple[str, str]]:
        """Members of an anyOf/oneOf, nested unions flattened: (pointer, path relative to `ptr`)."""
        out: List[Tuple[str, str]] = []
        for member in self.union_members(ptr):
            rel = member[len(ptr) :]
            target, suffix = self.deref_site(member)
            node = self.get(target)
            if depth < 5 and isinstance(node, dict) and "properties" not in node and self.union_members(target):
                out.extend((p, rel + suffix + r) for p, r in self.flat_union_members(target, depth + 1))
            else:
                out.append((member, rel))
        return out

    def enum_values(self, ptr: str) -> List[str]:
        node = self.get(ptr)
        if not isinstance(node, dict):
            return []
        if "enum" in node:
            return [str(v) for v in node["enum"] if v is not None]
        if "const" in node:
            return [str(node["const"])]
        return []


_MARKER_KEYS = {"nullable", "description", "title", "default", "deprecated", "example", "examples", "readOnly"}


def is_marker(schema: Any) -> bool:
    """An allOf member that only annotates (`{nullable: true}`), carrying no type of its own."""
    return isinstance(schema, dict) and set(schema) <= _MARKER_KEYS


def is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])


def component_name(ptr: str) -> Optional[str]:
    m = re.fullmatch(r"#/components/schemas/([^/]+)", ptr)
    return m.group(1) if m else None


def shape(spec: SpecIndex, ptr: str) -> Tuple[str, frozenset[str]]:
    """What makes two inline schemas the same type: union members (by target), properties, or enum values."""
    members = spec.flat_union_members(ptr)
    if members:
        return ("union", frozenset(spec.deref(m) for m, _ in members))
    props = spec.properties(ptr)
    if props:
        return ("object", frozenset(f"{k}={spec.deref(v)}" for k, v in props.items()))
    return ("enum", frozenset(spec.enum_values(ptr)))


def plain_pointer(spec: SpecIndex, site: str) -> bool:
    """True when `site` is a schema itself, not a `$ref` to one nor a path through one (then it is no use site)."""
    try:
        node = spec.get(site)
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return not (isinstance(node, dict) and "$ref" in node)
