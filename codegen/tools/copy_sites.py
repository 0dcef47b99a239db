"""Where the generator meets a per-use copy that sits inside a named type's own emission (for derive_types.py).

A copy is keyed by the place the generator meets it (types.yaml header). Inside a schema emitted once that is a plain
pointer, and inside another copy it is that copy's key plus the path within it (derive_types.localize_copies). This
module covers the case in between: the copy lies below a NAMED type's canonical emission, past a `$ref` the plain
pointer cannot tell apart. E.g. `graders.score_model_grader.InputContent` (the schema `EvalItemContent`) spells out the
members of the `EvalItemContentItem` union it refers to, and its `output_text` member is the SDK's own copy
`score_model_grader.InputContentOutputText`; the plain pointer of that member is inside `EvalItemContentItem`, whose
own type (`grader_inputs.GraderInputItem`) names it differently. The generator declares a named type from its own
pointer and keys what it meets through `$ref`s below that pointer, so the copy's key is
`#/components/schemas/EvalItemContent/oneOf/0/oneOf/2`: the named type's pointer plus the path within it.
"""

from __future__ import annotations

from typing import Dict, List, Optional, DefaultDict
from collections import defaultdict

from spec_index import SpecIndex


def met_at(sites: Dict[str, "set[str]"]) -> Dict[str, List[str]]:
    """Use-site path -> the type keys the co-walk paired there (inverse of Matcher.sites[side])."""
    out: DefaultDict[str, List[str]] = defaultdict(list)
    for key, paths in sorted(sites.items()):
        for path in paths:
            out[path].append(key)
    return dict(out)


def below_named_type(
    spec: SpecIndex, site: str, key: str, named: Dict[str, str], met: Dict[str, List[str]], multi: "set[str]"
) -> Optional[str]:
    """The key of copy `key` (met at use-site path `site`) relative to the nearest enclosing named type, when the walk
    met that type there and the copy lives in that type's module (it is part of the type's own emission, as
    `score_model_grader.InputContentOutputText` is of `score_model_grader.InputContent`); None otherwise. A type
    emitted more than once (`multi`: also as a copy) only takes keys past a `$ref` (a path that is no plain pointer):
    a plain pointer would be found in every emission of it."""
    parts = site.split("/")
    for i in range(len(parts) - 1, 1, -1):
        prefix = "/".join(parts[:i])
        keys = met.get(prefix)
        if not keys:
            continue
        plain = spec.plain_of(prefix)
        if plain is None:
            return None
        target = spec.deref(plain)
        owner = named.get(target)
        if owner not in keys or owner.rsplit(".", 1)[0] != key.rsplit(".", 1)[0]:
            return None  # the nearest type met here is another emission, or the copy belongs elsewhere
        out = target + "/" + "/".join(parts[i:])
        if not _reached_by_generator(spec, target, parts[i:]) or (target in multi and _resolves(spec, out)):
            return None
        return out
    return None


def _resolves(spec: SpecIndex, ptr: str) -> bool:
    try:
        spec.get(ptr)
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return True


def _reached_by_generator(spec: SpecIndex, start: str, rest: List[str]) -> bool:
    """Whether the generator carries the use-site path along `rest` below `start`: it follows a `$ref` on the path
    only into a union whose members it splices into the enclosing union (naming._flat_variants); past other `$ref`s
    (a property's type, an allOf member) the schema is met by its own pointer."""
    node = spec.get(start)
    for token in rest:
        if isinstance(node, dict) and "$ref" in node and token not in node:
            node = spec.get(spec.deref(node["$ref"]))
            if token not in ("oneOf", "anyOf") or not isinstance(node, dict) or token not in node:
                return False
        try:
            node = node[int(token)] if isinstance(node, list) else node[token.replace("~1", "/").replace("~0", "~")]
        except (KeyError, IndexError, ValueError, TypeError):
            return False
    return True


def same_module(key: str, other: str) -> bool:
    """Two type keys in one module (a copy nested in another copy lives in that copy's module)."""
    return key.rsplit(".", 1)[0] == other.rsplit(".", 1)[0]


def shared_bodies(spec: SpecIndex, bodies: List[str]) -> "set[str]":
    """Request body schemas several operations `$ref` (org spend alerts' create and update both send
    `CreateSpendAlertBody`): the generator meets their fields below each operation's body pointer, so copies inside
    them are keyed by that path, never by the shared schema's plain pointer."""
    seen: Dict[str, int] = {}
    for body in bodies:
        if "/requestBody/" in body:
            target = spec.deref(body)
            seen[target] = seen.get(target, 0) + 1
    return {t for t, n in seen.items() if n > 1}


def merged_into(spec: SpecIndex, named: Dict[str, str]) -> Dict[str, int]:
    """Component pointer -> how many named types (of one side) merge it in through allOf, transitively."""
    counts: Dict[str, int] = {}
    for ptr in sorted(named):
        seen: "set[str]" = set()
        todo = [ptr]
        while todo:
            current = todo.pop()
            node = spec.get(current) if _resolves(spec, current) else None
            while isinstance(node, dict) and "$ref" in node:  # only `$ref`s: a one-member allOf is a merge too
                node = spec.get(node["$ref"])
            if not isinstance(node, dict):
                continue
            for member in node.get("allOf", []):
                ref = member.get("$ref") if isinstance(member, dict) else None
                if ref and ref not in seen:
                    seen.add(ref)
                    todo.append(ref)
        for ref in seen:
            counts[ref] = counts.get(ref, 0) + 1
    return counts


def inside_met_type(spec: SpecIndex, site: str, plain: str, met: Dict[str, List[str]], merged: Dict[str, int]) -> bool:
    """Whether the plain pointer of a copy's use site can key it: it lies inside the schema of the nearest type the
    walk met on the way, or in a schema only that type merges in. Otherwise the way crossed into a schema several
    types merge (`ResponsesClientEvent` takes `tool_choice` from `ResponseProperties` through two allOfs, as
    `Response` does): its plain pointer would name the copy in every one of them, so it is no key for a per-use copy."""
    parts = site.split("/")
    for i in range(len(parts) - 1, 1, -1):
        prefix = "/".join(parts[:i])
        if prefix in met:
            owner = spec.plain_of(prefix)
            if owner is not None and (plain + "/").startswith(spec.deref(owner) + "/"):
                return True
            root = "/".join(plain.split("/")[:4])
            return merged.get(root, 0) <= 1
    return True
