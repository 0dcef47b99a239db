"""Stage 3a: name the schemas (types.yaml, then rules).

Schemas become named types (`TypeKey`: a module relative to `openai.types` plus a class name) on
the response side (models) and the request side (params TypedDicts); `methods.py` (stage 3b) uses
this to turn operations into methods. Names the config leaves out come from rules:
- component `Foo`: model `foo.Foo`, param `foo_param.FooParam` (enums and maps are shared by both sides);
- inline schema: in its parent's module, named parent + PascalCase(property) (the module's main class
  is not repeated as a prefix), array items singularised, union members by title or `UnionMember<i>`.
Annotations are strings in which type references are tokens (`\x01module.Name\x02`); the module
emitter turns tokens into local names once it knows the imports.
"""

from __future__ import annotations

import re
import dataclasses
from typing import Any, Dict, List, Tuple, Optional
from dataclasses import field, dataclass

from .ir import IR, Schema
from .load import join
from .config import Config
from .problems import Problems
from .identifiers import snake, pascal, singular, field_name, is_valid_class_name

TOKEN = re.compile("\x01([^\x02]+)\x02")
# The pointer of a types.yaml `schemas` entry (and the `$ref` other entries use to name it).
CONFIG_SCHEMA = "types.yaml#/schemas/"
# The pointer of a types.yaml `extra_properties` entry: EXTRA_PROPERTY + `<key>/<wire>`.
EXTRA_PROPERTY = "types.yaml#/extra_properties"
EXTRA_NOTE = "The spec does not describe this property yet (types.yaml `extra_properties`)."


@dataclass(frozen=True, order=True)
class TypeKey:
    module: str  # relative to openai.types, dotted: "chat.chat_completion"
    name: str

    def __str__(self) -> str:
        return f"{self.module}.{self.name}"

    @property
    def token(self) -> str:
        return f"\x01{self}\x02"

    @staticmethod
    def parse(text: str) -> "TypeKey":
        module, _, name = text.rpartition(".")
        return TypeKey(module, name)


@dataclass
class FieldDecl:
    name: str  # Python name
    wire: str
    annotation: str
    required: bool
    description: Optional[str] = None
    deprecated: bool = False
    fmt: Optional[str] = None  # PropertyInfo(format=...) for params: iso8601 | base64
    nullable: bool = False
    # The annotation is an alias that already includes None (`ReasoningEffort`): an optional model field
    # keeps it bare (`reasoning_effort: ReasoningEffort = None`), as the SDK writes it.
    none_in_alias: bool = False


@dataclass
class TypeDecl:
    key: TypeKey
    side: str  # model | param
    kind: str  # class | alias
    pointer: str
    fields: List[FieldDecl] = field(default_factory=lambda: [])
    value: str = ""  # alias annotation
    description: Optional[str] = None
    deprecated: bool = False
    bases: List[TypeKey] = field(default_factory=lambda: [])  # TypedDict bases (stream variants)
    total: bool = False


_KEY_RE = re.compile(r"(?<![\w.\x01])((?:[a-z_][a-z0-9_]*\.)+[A-Z][A-Za-z0-9_]*)")
_SPECIAL = ("pagination.", "httpx.", "datetime.", "os.")


def tokenize(annotation: str) -> str:
    """Turn a config annotation (`chat.chat_completion.ChatCompletion`) into one with tokens."""

    def sub(m: "re.Match[str]") -> str:
        text = m.group(1)
        if text.startswith(_SPECIAL):
            return text.split(".")[-1] if text.startswith("pagination.") else text
        return TypeKey.parse(text).token

    return _KEY_RE.sub(sub, annotation)


class TypeNamer:
    def __init__(self, ir: IR, config: Config, problems: Problems) -> None:
        self.ir = ir
        self.config = config
        self.problems = problems
        self.explicit: Dict[Tuple[str, str], TypeKey] = {}
        for ptr, key in config.models.items():
            self.explicit[(ptr, "model")] = TypeKey.parse(key)
        for ptr, key in config.params.items():
            self.explicit[(ptr, "param")] = TypeKey.parse(key)
        by_key: Dict[TypeKey, str] = {}
        for (ptr, _side), key in sorted(self.explicit.items()):
            if key in by_key:
                problems.error(ptr, f"name clash: {key} is already the name of {by_key[key]} (types.yaml)")
            by_key[key] = ptr
        self.copies: Dict[Tuple[str, str], TypeKey] = {}
        for ptr, key in config.models_copies.items():
            self.copies[(ptr, "model")] = TypeKey.parse(key)
        for ptr, key in config.params_copies.items():
            self.copies[(ptr, "param")] = TypeKey.parse(key)
        self.copy_sites: Dict[Tuple[TypeKey, str], str] = {}
        for (ptr, side), key in sorted(self.copies.items()):
            self.copy_sites.setdefault((key, side), ptr)
        # Inline schemas that repeat a named type's shape: written as a reference to that type.
        self.reuse: Dict[Tuple[str, str], TypeKey] = {}
        for ptr, key in config.models_reuse.items():
            self.reuse[(ptr, "model")] = TypeKey.parse(key)
        for ptr, key in config.params_reuse.items():
            self.reuse[(ptr, "param")] = TypeKey.parse(key)
        # Aliases the SDK declares with no schema behind them: declared once the schemas are named.
        self.config_aliases: Dict[TypeKey, str] = {TypeKey.parse(k): v for k, v in sorted(config.aliases.items())}
        self.field_names: Dict[TypeKey, Dict[str, str]] = {
            TypeKey.parse(k): v for k, v in sorted(config.field_names.items())
        }
        self.types: Dict[TypeKey, TypeDecl] = {}
        self.owner: Dict[TypeKey, Tuple[str, str]] = {}
        self.assigned: Dict[Tuple[str, str], TypeKey] = dict(self.explicit)
        # Keys the config gives to schemas: rules steer around them.
        self.reserved = (
            {k for (p, side), k in self.explicit.items()} | set(self.copies.values()) | set(self.config_aliases)
        )
        self.pending: List[Tuple[TypeKey, str, Schema, Optional[Tuple[str, str]]]] = []
        # While declaring a use-site copy: (canonical pointer prefix, use-site prefix), so copies
        # the config keys below that use site are found on the canonical nodes too.
        self.site: Optional[Tuple[str, str]] = None
        # Response union aliases that carry the None of the nullable property they are named after (_owns_none).
        self.none_aliases: "set[TypeKey]" = set()
        # types.yaml `schemas` nodes by pointer, and the builder that reads them (made on first use).
        self.config_nodes: Dict[str, Any] = {f"{CONFIG_SCHEMA}{TypeKey.parse(t)}": n for t, n in config.schemas.items()}
        self._builder: Optional[Any] = None
        # types.yaml `extra_properties` by type key; keys met while declaring classes (the rest are errors).
        self.extra_properties: Dict[TypeKey, Dict[str, Any]] = {
            TypeKey.parse(k): v for k, v in sorted(config.extra_properties.items())
        }
        self.extras_used: "set[TypeKey]" = set()
        self.declare_config_schemas()

    # -- type keys ---------------------------------------------------------------------------
    def claim(self, key: TypeKey, pointer: str, side: str) -> bool:
        prev = self.owner.get(key)
        if prev is not None and prev != (pointer, side):
            self.problems.error(pointer, f"name clash: {key} is already the name of {prev[0]} ({prev[1]})")
            return False
        if not is_valid_class_name(key.name):
            self.problems.error(pointer, f"refused type name {key.name!r} (keyword, builtin or SDK name)")
            return False
        self.owner[key] = (pointer, side)
        return True

    def key_for_ref(self, target: Schema, side: str) -> Optional[TypeKey]:
        """The key of a $ref target, or None when it is inlined (primitives, arrays, free maps)."""
        ptr = target.pointer
        if (ptr, side) in self.assigned:
            return self.assigned[(ptr, side)]
        if side == "param" and target.kind in ("enum", "map") and (ptr, "model") in self.assigned:
            return self.assigned[(ptr, "model")]
        # Enums the config does not name are written inline as Literal[...] (as the SDK does).
        if target.kind not in ("object", "union"):
            return None
        if target.kind == "union" and self._simple(target):
            return None
        comp = ptr.split("/")[-1] if ptr.startswith("#/components/schemas/") and ptr.count("/") == 3 else None
        if comp is None:
            return None
        if side == "param" and target.kind == "enum":
            side = "model"
        if side == "model":
            key = TypeKey(snake(comp), pascal(comp))
        else:
            key = TypeKey(snake(comp) + "_param", pascal(comp) + "Param")
        return self.assign(self.free(key, target.pointer, side), target, side)

    def free(self, key: TypeKey, pointer: str, side: str) -> TypeKey:
        """A rule-made key must not take a name the config (or an earlier rule) gave another schema."""
        if not is_valid_class_name(key.name):
            # Rule-made names never shadow builtins or the SDK's own names: `NotFoundError` -> `NotFoundErrorObject`.
            key = TypeKey(key.module, key.name + "Object")
        candidate, i = key, 1
        while candidate in self.owner and self.owner[candidate] != (pointer, side) or candidate in self.reserved:
            i += 1
            candidate = TypeKey(key.module, f"{key.name}{i}")
        return candidate

    def assign(self, key: TypeKey, schema: Schema, side: str) -> Optional[TypeKey]:
        if not self.claim(key, schema.pointer, side):
            return None
        self.reserved.discard(key)
        self.assigned[(schema.pointer, side)] = key
        self.pending.append((key, side, schema, self.site))
        return key

    def copy_of(self, key: TypeKey, schema: Schema, site: str) -> None:
        """Declare `key` as a second type with the shape of `schema` (claimed per use site)."""
        if key not in self.owner:
            self.owner[key] = (schema.pointer + "#" + site, "model")
            self.reserved.discard(key)
            # When types.yaml keys this copy by a use site, copies nested in it are keyed below that site too.
            use = self.copy_sites.get((key, "model"))
            self.pending.append((key, "model", schema, (schema.pointer, use) if use else self.site))

    def infer_discriminator(self, s: Schema) -> Optional[str]:
        members = [self.ir.target(v) for v in s.variants]
        if len(members) < 2 or any(m.kind != "object" for m in members):
            return None
        candidates = [p.name for p in members[0].properties if p.required]
        for name in sorted(candidates, key=lambda n: (n not in ("type", "event", "object"), n)):
            seen: "set[Any]" = set()
            ok = True
            for m in members:
                prop = next((p for p in m.properties if p.name == name and p.required), None)
                t = self.ir.target(prop.schema) if prop else None
                if t is None or t.kind != "enum" or seen.intersection(t.values):
                    ok = False
                    break
                seen.update(t.values)
            if ok:
                return name
        # The SDK also discriminates on a `type` tag some members leave optional (`RealtimeAudioFormats`: each
        # format pins its own `type`), as long as every member pins exactly one value of its own.
        tags: "set[Any]" = set()
        for m in members:
            prop = next((p for p in m.properties if p.name == "type"), None)
            t = self.ir.target(prop.schema) if prop else None
            if t is None or t.kind != "enum" or len(t.values) != 1 or t.values[0] in tags:
                return None
            tags.add(t.values[0])
        return "type"

    def _use_site(self, pointer: str) -> str:
        """Where `pointer` is met: below the use site being declared (a copy, a `$ref` body), else itself."""
        if self.site is not None and (pointer + "/").startswith(self.site[0] + "/"):
            return self.site[1] + pointer[len(self.site[0]) :]
        return pointer

    def _flat_variants(self, s: Schema, depth: int = 0) -> List[Tuple[Schema, Optional[Tuple[str, str]]]]:
        """A union's members with member unions spliced in, as the SDK writes them (no union alias ever names
        another union: `InputContent = Union[str, ResponseInputText, ..., GraderInputs]` spells out the members of
        `GraderInputItem`). Each member comes with the use site it is annotated under: a member reached through a
        `$ref` is keyed below the `$ref`'s use site (`.../content/oneOf/0/oneOf/2`), so per-use copies are found."""
        out: List[Tuple[Schema, Optional[Tuple[str, str]]]] = []
        for v in s.variants:
            t = self.ir.target(v)
            if t.kind == "union" and not t.nullable and t.variants and depth < 5:
                saved = self.site
                if t.pointer != v.pointer:
                    self.site = (t.pointer, self._use_site(v.pointer))
                try:
                    out.extend(self._flat_variants(t, depth + 1))
                finally:
                    self.site = saved
            elif not self._stream_terminator(t):
                out.append((v, self.site))
        return out

    def _stream_terminator(self, t: Schema) -> bool:
        """An event whose `data` is the SSE terminator `[DONE]` (the spec's `DoneEvent`): the stream ends there and
        nothing is parsed, so the SDK's event unions leave it out (`AssistantStreamEvent`)."""
        if t.kind != "object":
            return False
        data = next((p for p in t.properties if p.name == "data"), None)
        return data is not None and self.ir.target(data.schema).values == ["[DONE]"]

    def _flat_schema(self, s: Schema) -> Schema:
        """`s` with its member unions spliced in (for the discriminator: it is found over all leaves)."""
        variants = [v for v, _ in self._flat_variants(s)]
        unchanged = len(variants) == len(s.variants) and all(a is b for a, b in zip(variants, s.variants))
        return s if unchanged else dataclasses.replace(s, variants=variants)

    def _one_tag_each(self, s: Schema, disc: str) -> bool:
        """Every member pins `disc` to a single literal (a tagged union, as the SDK infers them)."""
        for v in s.variants:
            prop = next((p for p in self.ir.target(v).properties if p.name == disc), None)
            if prop is None or len(self.ir.target(prop.schema).values) != 1:
                return False
        return True

    def _emitted_canonically(self) -> bool:
        """Whether the copy being declared (self.site) is a second emission of a schema that has a name of its own
        (`computer_action_list_param.ComputerActionParam` repeats `ComputerAction`, named
        `computer_action_param.ComputerActionParam`)."""
        assert self.site is not None
        return (self.site[0], "model") in self.explicit or (self.site[0], "param") in self.explicit

    def _simple(self, s: Schema) -> bool:
        """A union that is written inline: no object members (`Union[str, List[str]]`)."""
        for v in s.variants:
            t = self.ir.target(v)
            if t.kind in ("object", "union") or (
                t.kind == "array" and t.items and self.ir.target(t.items).kind == "object"
            ):
                return False
        return True

    def _writable_inline(self, s: Schema) -> bool:
        """An inline union is written in place unless a member is itself an unnamed object/union."""
        for v in s.variants:
            node = v
            if node.kind == "array" and node.items is not None:
                node = node.items
            if (
                node.kind == "ref"
                or (node.pointer, "model") in self.explicit
                or (node.pointer, "param") in self.explicit
            ):
                continue
            if node.kind == "object" or (node.kind == "union" and not self._simple(node)):
                return False  # (a union of scalars is written in place too: `List[Union[str, float]]`)
        return True

    # -- annotations -------------------------------------------------------------------------
    def annotation(self, s: Schema, side: str, module: str, parent: str, prop: str) -> str:
        inner = self._annotation(s, side, module, parent, prop)
        target = self.ir.target(s) if s.kind == "ref" else None
        if side == "model" and target is not None and target.nullable and target.kind == "enum":
            return inner  # `anyOf: [$ref NullableEnum, null]`: the alias already says Optional (`ReasoningEffort`)
        if s.nullable and side == "model" and self._owns_none(inner, s, module, parent, prop):
            return inner
        if s.nullable and inner != "None" and not inner.startswith("Optional["):
            if inner.startswith("Union[") and inner.endswith("]"):
                return inner[:-1] + ", None]"  # the SDK's spelling: Union[A, B, None]
            return f"Optional[{inner}]"
        return inner

    def _owns_none(self, inner: str, s: Schema, module: str, parent: str, prop: str) -> bool:
        """A nullable property whose type is a union alias named after it in its parent's module (the inline rule's
        name: `FileSearchTool.filters` -> `Filters`, `Mcp.allowed_tools` -> `McpAllowedTools`): the SDK puts the None
        in the alias (`Filters = Union[ComparisonFilter, CompoundFilter, None]`) and annotates the field bare."""
        m = TOKEN.fullmatch(inner)
        if m is None or not prop:
            return False
        key = TypeKey.parse(m.group(1))
        if key.module != module or key.name != self.child_name(module, parent, prop, s):
            return False
        t = self.ir.target(s)
        if t.kind != "union" or self._simple(t) or s.pointer.startswith(CONFIG_SCHEMA):
            return False  # (types.yaml `schemas` keep the table's older shapes: field Optional, alias without None)
        disc = t.discriminator or self.infer_discriminator(self._flat_schema(t))
        if disc and self._one_tag_each(self._flat_schema(t), disc):
            # a union discriminated by one literal per member keeps None among its members (declare) and the field
            # says Optional too; `Filters` (ComparisonFilter's `type` is one of eight operators) is no tagged union
            return False
        self.none_aliases.add(key)
        return True

    def _annotation(self, s: Schema, side: str, module: str, parent: str, prop: str) -> str:
        use_site = s.pointer
        if self.site is not None and (s.pointer + "/").startswith(self.site[0] + "/"):
            use_site = self.site[1] + s.pointer[len(self.site[0]) :]
        # Inside a copy, a copy keyed at this use site wins over the canonical node's own name.
        site_copy = self.copies.get((use_site, side)) if use_site != s.pointer else None
        if side == "param" and s.kind == "enum" and (s.pointer, "model") in self.explicit and site_copy is None:
            if (s.pointer, side) not in self.explicit:
                # enums are shared by both sides: a named inline enum is named on the request side too
                side = "model"
        if (s.pointer, side) in self.explicit and s.kind != "ref" and site_copy is None:
            key = self.assigned[(s.pointer, side)]
            if key not in self.owner:
                if not self.assign(key, s, side):
                    return "object"
            return key.token
        reused = self.reuse.get((s.pointer, side))
        if reused is None and side == "param" and s.kind == "enum":
            reused = self.reuse.get((s.pointer, "model"))  # enums serve both sides
        if reused is not None and s.kind != "ref" and site_copy is None:
            return reused.token
        canonical = self.copies.get((s.pointer, side))
        if site_copy is None and canonical is not None and use_site != s.pointer and self._emitted_canonically():
            canonical = None  # inside a copy of a named schema, a copy keyed at its own pointer is the named type's
        copy = site_copy or canonical
        if copy is not None:
            # A second class for the same schema, declared where this use site is.
            if copy not in self.owner:
                if not self.claim(copy, use_site + "#copy", side):
                    return "object"
                self.reserved.discard(copy)
                target = self.ir.target(s)
                # its children are keyed below the key the copy was found by (the use site, or its own pointer)
                self.pending.append((copy, side, target, (target.pointer, use_site if site_copy else s.pointer)))
            return copy.token
        if s.kind == "ref":
            assert s.target is not None
            target = self.ir.schemas[s.target]
            saved = self.site
            if self.site is not None and use_site != s.pointer:
                # met below a use site: a type declared from here keys its children below this `$ref`'s use site
                # (types.yaml keys copies nested in copies by use-site path, through `$ref`s); a target standing for
                # its component (`ResponseStreamOptions` is `anyOf: [X, null]`, keyed `.../anyOf/0`) adds its step
                step = target.pointer[len(s.target) :] if target.pointer.startswith(s.target + "/") else ""
                self.site = (target.pointer, use_site + step)
                if step and (use_site + step, side) in self.copies:
                    try:
                        inner = self._annotation(target, side, module, parent, prop)
                    finally:
                        self.site = saved
                    return f"Optional[{inner}]" if target.nullable and not inner.startswith("Optional[") else inner
            try:
                key = self.key_for_ref(target, side)
                if key is not None and key not in self.owner and (target.pointer, side) in self.explicit:
                    self.assign(key, target, side)
            finally:
                self.site = saved
            if key is not None:
                t = key.token
                if target.nullable and target.kind == "enum" and side == "model":
                    return t  # the alias already says Optional (the SDK's models name it bare)
                return f"Optional[{t}]" if target.nullable else t
            return self.annotation(target, side, module, parent, prop)
        if s.kind == "primitive":
            return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(
                s.type or "", "FileTypes"
            )
        if s.kind == "enum":
            if any(isinstance(v, float) or not isinstance(v, (str, int, bool)) for v in s.values):
                # Literal takes str/int/bool only: other enums fall back to their value type.
                return "float" if all(isinstance(v, (int, float)) for v in s.values) else "object"
            return "Literal[" + ", ".join(literal(v) for v in s.values) + "]"
        if s.kind == "any":
            return "object"
        if s.kind == "null":
            return "None"
        if s.kind == "array":
            assert s.items is not None
            item = self.annotation(s.items, side, module, parent, singular(prop))
            if side == "model":
                return f"List[{item}]"
            target = self.ir.target(s.items)
            if item == "str" or (target.kind == "union" and self._simple(target) and item.startswith("Union[")):
                return f"SequenceNotStr[{item}]"  # strings are sequences too: a str is not a list of them
            if item.startswith("Literal[") or self.ir.target(s.items).kind == "enum":
                return f"List[{item}]"  # arrays of enum values (inline or named)
            return f"Iterable[{item}]"
        if s.kind == "map":
            assert s.items is not None
            value = self.annotation(s.items, side, module, parent, prop)
            return f"Dict[str, {value}]"
        # Inline object or union: a named type in the parent's module.
        name = self.child_name(module, parent, prop, s)
        if s.kind == "union" and self._writable_inline(s):
            value = self._union_value(s, side, module, parent, prop)
            disc = s.discriminator or self.infer_discriminator(self._flat_schema(s))
            if side == "model" and disc and value.startswith("Union["):
                value = f'Annotated[{value}, PropertyInfo(discriminator="{disc}")]'
            return value
        if (s.pointer, side) in self.assigned:
            return self.assigned[(s.pointer, side)].token
        key = TypeKey(module, name)
        if key in self.owner or key in self.reserved or not is_valid_class_name(key.name):
            key = self.free(TypeKey(module, parent + pascal(prop or "item")), s.pointer, side)
        if not self.assign(key, s, side):
            return "object"
        return key.token

    def child_name(self, module: str, parent: str, prop: str, s: Schema) -> str:
        main = pascal(module.split(".")[-1])
        base = pascal(prop) if prop else "Item"
        return base if parent == main else parent + base

    def _union_value(self, s: Schema, side: str, module: str, parent: str, prop: str) -> str:
        members: List[str] = []
        saved = self.site
        for i, (v, site) in enumerate(self._flat_variants(s)):
            t = self.ir.target(v)
            self.site = site
            try:
                if v.kind != "ref" and t.kind == "object":
                    sub = pascal(t.title) if t.title else f"{pascal(prop) if prop else ''}UnionMember{i}"
                    ann = self.annotation(v, side, module, parent, sub if t.title else f"{prop}_union_member{i}")
                else:
                    ann = self.annotation(v, side, module, parent, prop)
            finally:
                self.site = saved
            if ann not in members:
                members.append(ann)
        if len(members) == 1:
            return members[0]
        return "Union[" + ", ".join(members) + "]"

    # -- type declarations -------------------------------------------------------------------
    def declare_all(self) -> None:
        while self.pending:
            key, side, s, site = self.pending.pop(0)
            self.site = site
            self.types[key] = self.declare(key, side, s)
        self.site = None
        for key in sorted(self.none_aliases, key=str):
            decl = self.types.get(key)
            if decl is not None and decl.kind == "alias":
                decl.value = _with_none(decl.value)
        self.declare_config_aliases()
        self.bare_nullable_aliases()
        self.check_extras_used()

    def bare_nullable_aliases(self) -> None:
        """A model field typed with a union alias that already lists None (`McpAllowedTools = Union[List[str],
        McpToolFilter, None]`) names the alias bare, as the SDK writes it (`allowed_tools: McpAllowedTools = None`)."""
        for decl in self.types.values():
            if decl.side != "model" or decl.kind != "class":
                continue
            for f in decl.fields:
                m = re.fullmatch(r"Optional\[(\x01[^\x02]+\x02)\]", f.annotation)
                target = self.types.get(TypeKey.parse(m.group(1)[1:-1])) if m else None
                if m and target is not None and target.kind == "alias" and target.value.startswith("Union["):
                    if target.value.endswith(", None]"):
                        f.annotation, f.none_in_alias = m.group(1), True

    def declare_config_schemas(self) -> None:
        """types.yaml `schemas`: classes the spec has no schema for, given one in the config (pointer
        `types.yaml#/schemas/<key>`); they are built and named like spec schemas. Their `$ref`s point into the
        spec, or at another entry of `schemas` (`types.yaml#/schemas/<key>`: the frozen beta.realtime types refer
        to each other, never to the spec's newer shapes)."""
        if not self.config.schemas:
            return
        builder = self.config_builder()
        for text in sorted(self.config.schemas):
            key = TypeKey.parse(text)
            pointer = f"{CONFIG_SCHEMA}{key}"
            builder._ensure_target(pointer)  # noqa: SLF001  (built once, also when another entry refers to it)
            self.reserved.discard(key)
            self.assign(key, self.ir.schemas[pointer], _side_of(key))

    def config_builder(self) -> Any:
        """The IR's schema builder over the config's nodes: `types.yaml#/schemas/<key>` `$ref`s resolve to the
        `schemas` entries (built once, into the IR's schema graph), every other `$ref` into the spec."""
        if self._builder is not None:
            return self._builder
        from .ir import _Builder  # noqa: PLC0415  (the IR's schema builder, over the config's nodes)

        nodes = self.config_nodes

        class _ConfigBuilder(_Builder):
            def _ensure_target(self, ref: str) -> None:
                if not ref.startswith(CONFIG_SCHEMA):
                    return super()._ensure_target(ref)
                if ref not in nodes:
                    self.problems.error(ref, "$ref to a types.yaml schema that `schemas` does not declare")
                    nodes[ref] = {}  # an `object` from here on, reported once
                if ref not in self.schemas and ref not in self.building:
                    self.building.add(ref)
                    self.schemas[ref] = self.schema(nodes[ref], ref)
                    self.building.discard(ref)

        builder = _ConfigBuilder(self.ir.spec)
        builder.schemas = self.ir.schemas
        self._builder = builder
        return builder

    def _bad_ref(self, node: Any) -> Optional[str]:
        """The first `$ref` in a config node that names nothing: an undeclared `schemas` entry or no spec node."""
        if isinstance(node, list):
            return next((r for r in (self._bad_ref(v) for v in node) if r), None)  # type: ignore[misc]
        if not isinstance(node, dict):
            return None
        ref = node.get("$ref")  # type: ignore[union-attr]
        if isinstance(ref, str):
            if ref.startswith(CONFIG_SCHEMA):
                return None if ref in self.config_nodes else ref
            try:
                self.ir.spec.resolve(ref)
            except (KeyError, IndexError, ValueError, TypeError):
                return ref
        return next((r for r in (self._bad_ref(v) for v in node.values()) if r), None)  # type: ignore[misc]

    def extra_fields(self, s: Schema, side: str, key: TypeKey, seen: Dict[str, str]) -> List[FieldDecl]:
        """types.yaml `extra_properties` of `key`: properties its spec schema lacks, after the spec's own, always
        optional. A wire name the schema already has, or a `$ref` naming nothing, is an error at the entry."""
        extras = self.extra_properties.get(key)
        if not extras:
            return []
        self.extras_used.add(key)
        have = {p.name for p in s.properties}
        renamed = self.field_names.get(key, {})
        out: List[FieldDecl] = []
        for wire, node in extras.items():
            pointer = join(EXTRA_PROPERTY, key, wire)
            if wire in have:
                self.problems.error(pointer, f"the spec schema {s.pointer} already has the property {wire!r}")
                continue
            bad = self._bad_ref(node)
            if bad is not None:
                self.problems.error(pointer, f"$ref to {bad!r}, which names no spec schema nor `schemas` entry")
                continue
            name = renamed.get(wire) or field_name(wire, model=side == "model")
            if name in seen:
                self.problems.error(pointer, f"field name clash with {seen[name]!r}")
                continue
            seen[name] = wire
            schema = self.config_builder().schema(node, pointer)
            t = self.ir.target(schema)
            ann = self.annotation(schema, side, key.module, key.name, wire)
            description = schema.description or t.description
            out.append(
                FieldDecl(
                    name=name,
                    wire=wire,
                    annotation=ann,
                    required=False,
                    description=f"{description}\n\n{EXTRA_NOTE}" if description else EXTRA_NOTE,
                    nullable=schema.nullable or t.nullable,
                )
            )
        return out

    def check_extras_used(self) -> None:
        """An `extra_properties` key no class was declared under would be silently dropped: an error instead."""
        for key in self.extra_properties:
            if key not in self.extras_used:
                self.extras_used.add(key)  # reported once (declare_all runs again for types met late)
                self.problems.error(join(EXTRA_PROPERTY, key), f"{key} is not a class the generator declares")

    def declare_config_aliases(self) -> None:
        """types.yaml `aliases`: names the SDK keeps for compatibility (`ChatCompletionToolParam`), no schema.

        The module decides the side (`*_param(s)` and `shared_params` are request side); a key a schema
        already took keeps the schema's type. Unknown names in the value become `object` later, with a warning.
        """
        for key, value in self.config_aliases.items():
            if key in self.types or key in self.owner:
                continue
            side = _side_of(key)
            pointer = f"types.yaml#/aliases/{key}"
            self.owner[key] = (pointer, side)
            self.reserved.discard(key)
            self.types[key] = TypeDecl(key, side, "alias", pointer, value=tokenize(" ".join(str(value).split())))

    def declare(self, key: TypeKey, side: str, s: Schema) -> TypeDecl:
        target = self.ir.target(s)
        decl = TypeDecl(key, side, "class", s.pointer, description=target.description, deprecated=target.deprecated)
        if target.kind == "object":
            decl.fields = self.fields(target, side, key)
            return decl
        decl.kind = "alias"
        if target.kind == "union":
            value = self._union_value(target, side, key.module, key.name, "")
            # Response unions are parsed by their discriminator (given, or found over the flattened members: a
            # property every member pins to its own literal); request unions need none.
            disc = target.discriminator or self.infer_discriminator(self._flat_schema(target))
            if side == "model" and disc and value.startswith("Union["):
                if target.nullable:
                    value = value[:-1] + ", None]"  # the SDK's spelling: None among the discriminated members
                value = f'Annotated[{value}, PropertyInfo(discriminator="{disc}")]'
            elif target.nullable and value.startswith("Union[") and side == "model":
                # a nullable response union keeps None among its members; request aliases leave it to the
                # fields that use them (`Optional[ChunkingStrategy]`), as the SDK writes them
                value = value[:-1] + ", None]"
            decl.value = value
        else:
            decl.value = self._annotation(target, side, key.module, key.name, "") if target is not s else ""
            if not decl.value or decl.value == key.token:
                decl.value = self._plain(target, side, key)
            if side == "param" and decl.value.startswith("Iterable["):
                decl.value = "List[" + decl.value[len("Iterable[") :]  # array aliases are Lists on both sides
            if target.nullable and target.kind == "enum" and not decl.value.startswith("Optional["):
                # a nullable enum's alias carries the None (`ReasoningEffort = Optional[Literal[...]]`)
                decl.value = f"Optional[{decl.value}]"
        return decl

    def _plain(self, s: Schema, side: str, key: TypeKey) -> str:
        clone = Schema(s.pointer + "#plain", s.kind, values=s.values, items=s.items, type=s.type, format=s.format)
        return self._annotation(clone, side, key.module, key.name, "")

    def fields(self, s: Schema, side: str, key: TypeKey) -> List[FieldDecl]:
        out: List[FieldDecl] = []
        seen: Dict[str, str] = {}
        renamed = self.field_names.get(key, {})
        for p in s.properties:
            t = self.ir.target(p.schema)
            if side == "model" and (p.schema.write_only or t.write_only):
                continue
            if side == "param" and (p.schema.read_only or t.read_only):
                continue
            name = renamed.get(p.name) or field_name(p.name, model=side == "model")
            if name in seen:
                self.problems.error(join(s.pointer, "properties", p.name), f"field name clash with {seen[name]!r}")
                continue
            seen[name] = p.name
            saved = self.site
            if p.via and p.schema.pointer != s.pointer + p.via:
                # merged in through allOf from another schema: met below this type's use site (types.yaml keys
                # a copy there, `ResponsesClientEventResponseCreate/allOf/1/allOf/1/properties/tool_choice`)
                self.site = (p.schema.pointer, self._use_site(s.pointer) + p.via)
            try:
                ann = self.annotation(p.schema, side, key.module, key.name, p.name)
            finally:
                self.site = saved
            fmt = None
            if side == "param" and t.kind == "primitive" and t.format == "date-time":
                fmt = "iso8601"
            out.append(
                FieldDecl(
                    name=name,
                    wire=p.name,
                    annotation=ann,
                    required=p.required,
                    description=p.schema.description or t.description or variant_description(t),
                    deprecated=p.schema.deprecated,
                    fmt=fmt,
                    nullable=p.schema.nullable or t.nullable,
                    none_in_alias=side == "model"
                    and (
                        (
                            p.schema.kind == "ref"
                            and t.nullable
                            and t.kind == "enum"
                            and TOKEN.fullmatch(ann) is not None
                        )
                        or _token_key(ann) in self.none_aliases
                    ),
                )
            )
        out.extend(self.extra_fields(s, side, key, seen))
        return out


def variant_description(t: Schema) -> Optional[str]:
    """A union property the spec describes only on an inline member (`video: oneOf: [{type: string, format:
    binary, description: ...}, {$ref: ...}]`): that member's description, when it is the only one described."""
    if t.kind != "union":
        return None
    # only when one member alone is described: several (`pcm`, `pcmu`, ...) describe themselves, not the property
    described = [v.description for v in t.variants if v.kind != "ref" and v.description]
    return described[0] if len(described) == 1 else None


def _with_none(value: str) -> str:
    """`Union[A, B]` -> `Union[A, B, None]`, also inside `Annotated[Union[...], PropertyInfo(...)]`."""
    start = value.find("Union[") if value.startswith(("Union[", "Annotated[Union[")) else -1
    if start < 0:
        return value
    depth = 0
    for i in range(start + len("Union"), len(value)):
        depth += {"[": 1, "]": -1}.get(value[i], 0)
        if depth == 0:
            inner = value[start:i]
            return value if inner.endswith(", None") else value[:i] + ", None" + value[i:]
    return value


def _token_key(ann: str) -> Optional[TypeKey]:
    m = TOKEN.fullmatch(ann)
    return TypeKey.parse(m.group(1)) if m else None


def _side_of(key: TypeKey) -> str:
    """Request side for `*_param(s)` modules and `shared_params`, response side otherwise."""
    leaf = key.module.split(".")[-1]
    return "param" if leaf.endswith(("_param", "_params")) or key.module.startswith("shared_params") else "model"


def literal(value: Any) -> str:
    return repr(value)


def return_key(text: str) -> Optional[TypeKey]:
    m = _KEY_RE.fullmatch(text.strip())
    if m and not text.startswith(_SPECIAL):
        return TypeKey.parse(text.strip())
    return None
