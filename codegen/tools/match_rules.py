"""Shape checks the derivation applies before pairing a surface type with a spec schema (for derive_types.py)."""

from __future__ import annotations

from spec_index import SpecIndex


def alias_fits(spec: SpecIndex, ptr: str, value: str) -> bool:
    """Whether the schema at `ptr` can be the alias `value` (table spelling): a `Union[...]` alias is a union schema
    and a `Literal[...]` alias an enum; an object schema is never an alias of either. The name alone misleads:
    the component `ToolChoice` is chatkit's `{id}` object, while `responses_client_event.ToolChoice` is the union of
    the tool-choice shapes."""
    target = spec.deref(ptr)
    if value.startswith("Union["):
        return bool(spec.flat_union_members(target))
    if value.startswith("Literal["):
        return bool(spec.enum_values(target))
    return True


def field_overlap(fields: "set[str]", props: "set[str]") -> float:
    """Jaccard overlap of a class's wire names with a schema's property names (no discriminator bonus: a shared
    `type: 'image'` does not make `{index, type, image}` the schema `{type, url}`)."""
    if not fields or not props:
        return 0.0
    return len(fields & props) / len(fields | props)
