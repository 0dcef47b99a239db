"""Stage 3c: the type-side config that has no schema behind it.

Applied after naming (stage 3a) has declared every type:
- `aliases` (types.yaml, declared by naming.py): a response-side union alias whose members are all classes
  pinning a distinct literal `type` is discriminated on it (`webhooks.unwrap_webhook_event.UnwrapWebhookEvent`),
  like the unions naming.py declares from schemas.
- `model_properties` (config.yaml): a computed property replaces the field of the same name.
Re-exports, hand-written modules and computed properties are module-level matters: `TypeExtras` carries them
to the type emitter.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional
from dataclasses import field, dataclass

from .config import Config
from .naming import TOKEN, TypeKey, TypeDecl
from .problems import Problems

ALIAS_POINTER = "types.yaml#/aliases/"  # the pointer naming.py gives config-declared aliases


@dataclass
class TypeExtras:
    # Module relative to openai.types ("" = the root package) -> {name: defining module relative to openai}.
    exports: Dict[str, Dict[str, str]] = field(default_factory=lambda: {})
    # Hand-written modules relative to openai.types -> names their package re-exports.
    hand_written: Dict[str, List[str]] = field(default_factory=lambda: {})
    # Generated modules made only of re-exports: module -> {name: absolute defining module}.
    reexport_modules: Dict[str, Dict[str, str]] = field(default_factory=lambda: {})
    # Type key -> {property name: {function: "absolute.module:function", returns: annotation, doc: text}}.
    properties: Dict[TypeKey, Dict[str, Dict[str, str]]] = field(default_factory=lambda: {})


def type_extras(config: Config) -> TypeExtras:
    exports: Dict[str, Dict[str, str]] = {}
    for where, names in config.exports.items():
        # types.yaml writes places relative to `openai` (`types.chat`); the emitter works under openai.types.
        module = "" if where == "types" else where[len("types.") :]
        exports[module] = dict(names)
    return TypeExtras(
        exports=exports,
        hand_written={k: list(v) for k, v in config.hand_written_types.items()},
        reexport_modules={k: dict(v) for k, v in config.reexport_modules.items()},
        properties={TypeKey.parse(k): dict(v) for k, v in config.model_properties.items()},
    )


def apply_type_config(types: Dict[TypeKey, TypeDecl], config: Config, problems: Problems) -> None:
    # naming.py declares the types.yaml aliases as written; a response-side union of them is parsed by
    # its discriminator like the unions that come from schemas.
    for decl in types.values():
        if decl.kind == "alias" and decl.side == "model" and decl.pointer.startswith(ALIAS_POINTER):
            disc = _discriminator(decl.value, types)
            if disc:
                decl.value = f'Annotated[{decl.value}, PropertyInfo(discriminator="{disc}")]'
    for text in sorted(config.model_properties):
        decl = types.get(TypeKey.parse(text))
        if decl is None or decl.kind != "class" or decl.side != "model":
            problems.error("codegen/openai/config.yaml#/model_properties/" + text, f"{text} is not a generated model")
            continue
        # A computed property replaces a field of the same name (the spec may list it as a property).
        props = config.model_properties[text]
        decl.fields = [f for f in decl.fields if f.name not in props]


_LITERAL = re.compile(r"^Literal\[(['\"])([^'\"]+)\1\]$")


def _discriminator(value: str, types: Dict[TypeKey, TypeDecl]) -> Optional[str]:
    """`type` when `value` is `Union[...]` of classes that each pin a distinct literal `type`."""
    if not value.startswith("Union["):
        return None
    members = [TypeKey.parse(m) for m in TOKEN.findall(value)]
    if len(members) < 2 or value != "Union[" + ", ".join(k.token for k in members) + "]":
        return None
    seen = set()
    for k in members:
        d = types.get(k)
        if d is None or d.kind != "class":
            return None
        tag = next((f for f in d.fields if f.wire == "type" and f.required), None)
        m = _LITERAL.match(tag.annotation) if tag is not None else None
        if m is None or m.group(2) in seen:
            return None
        seen.add(m.group(2))
    return "type"
