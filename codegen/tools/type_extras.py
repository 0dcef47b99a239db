"""Facts for types.yaml beyond pointer -> key: field renames, re-exports and aliases without a schema."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Dict

if TYPE_CHECKING:
    from derive_types import Matcher


def not_from_spec(key: str) -> str:
    """Why a surface type is hand-written rather than generated ('' when it is generated)."""
    module = key.rsplit(".", 1)[0]
    last = module.rsplit(".", 1)[-1]
    if last.startswith("websocket") or last == "realtime_connect_params":
        return "client-side (websocket/connect) type, not in the spec's schemas"
    if last.startswith("parsed_"):
        return "structured-output helper type (hand-written in types/, from lib), not in the spec"
    return ""


def rule_field_name(wire: str) -> str:
    """The Python name the rules give a wire name (the engine's rules; exceptions go to `field_names`)."""
    name = re.sub(r"[^0-9A-Za-z_]", "_", wire)
    if name == "schema":
        return "schema_"  # would shadow BaseModel.schema
    if name.startswith("model_"):
        return "api_" + name  # pydantic reserves the model_ namespace
    return name


def field_renames(matcher: Matcher) -> Dict[str, Dict[str, str]]:
    """Type key -> {wire name: Python name} where the SDK departs from rule_field_name."""
    out: Dict[str, Dict[str, str]] = {}
    for key, entry in sorted(matcher.types.items()):
        for fname, field in sorted(entry.get("fields", {}).items()):
            wire = field.get("wire")
            if wire and rule_field_name(wire) != fname:
                out.setdefault(key, {})[wire] = fname
    return out


def extra_exports(surface: Dict[str, Any]) -> Dict[str, Dict[str, str]]:
    """Package (or module) -> {name: defining module} for the re-exports the rule does not give. The rule: a
    package's __init__ re-exports the main type (named like its module) of each direct child module."""
    out: Dict[str, Dict[str, str]] = {}
    for package, names in sorted(surface["exports"].items()):
        for name, module in sorted(names.items()):
            parent, stem = module.rsplit(".", 1)
            if parent == package and name.lower() == stem.replace("_", ""):
                continue
            out.setdefault(package[len("openai.") :], {})[name] = module[len("openai.") :]
    return out


def extra_aliases(matcher: Matcher, mapped: set[str]) -> Dict[str, str]:
    """Aliases the SDK declares without a schema of their own (`ChatCompletionReasoningEffort = ReasoningEffort`,
    `UnwrapWebhookEvent = Union[...]`): type key -> value, in the table's annotation spelling."""
    out: Dict[str, str] = {}
    for key, entry in sorted(matcher.types.items()):
        if entry["kind"] != "alias" or key in mapped or not_from_spec(key):
            continue
        if not matcher.is_rename(key) and any(key in c for votes in matcher.votes.values() for c in votes.values()):
            continue  # it has a schema, only another type won it
        out[key] = entry["value"]
    return out
