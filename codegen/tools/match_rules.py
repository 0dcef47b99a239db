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


def same_enum_family(other: "set[str]", kept: "set[str]") -> bool:
    """Whether an enum the walk paired with a named enum type is written as that type: it lists some of the type's
    values (`whisper-1` of AudioModel), or the two share most of their values (an operation's model list that lags
    behind the shared `ChatModel`: the SDK names `ChatModel` there all the same)."""
    if not other or not kept:
        return False
    return other <= kept or len(other & kept) >= 0.5 * len(other)
