"""Folding Assistants stream deltas (plain dicts) into snapshots (plain dicts).

Rules, matching how the API splits objects into `*.delta` events:
- a string grows by concatenation (`text.value`, `function.arguments`, `code_interpreter.input`);
- identity fields (`id`, `type`, `index`) are replaced, never concatenated;
- nested objects merge key by key;
- a list whose delta entries carry an `index` (content blocks, tool calls, annotations, outputs) merges
  entry by entry at that position (the `index` itself is not kept in the snapshot); other lists extend;
- anything else is replaced by the newer value.
"""

from __future__ import annotations

from typing import Any, Dict, List, cast

__all__ = ["accumulate_delta"]

_IDENTITY_KEYS = frozenset({"id", "type", "index", "object"})


def _without_index(entry: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in entry.items() if k != "index"}


def accumulate_delta(acc: Dict[str, Any], delta: Dict[str, Any]) -> Dict[str, Any]:
    for key, new in delta.items():
        if new is None:
            acc.setdefault(key, None)
            continue
        old = acc.get(key)
        if old is None or key in _IDENTITY_KEYS:
            acc[key] = _fresh(new)
        elif isinstance(old, str) and isinstance(new, str):
            acc[key] = old + new
        elif isinstance(old, dict) and isinstance(new, dict):
            accumulate_delta(cast(Dict[str, Any], old), cast(Dict[str, Any], new))
        elif isinstance(old, list) and isinstance(new, list):
            _merge_list(cast(List[Any], old), cast(List[Any], new))
        else:
            acc[key] = _fresh(new)
    return acc


def _merge_list(old: List[Any], new: List[Any]) -> None:
    for entry in new:
        if isinstance(entry, dict) and isinstance(cast(Dict[str, Any], entry).get("index"), int):
            entry_dict = cast(Dict[str, Any], entry)
            position: int = entry_dict["index"]
            body = _without_index(entry_dict)
            if position < len(old) and isinstance(old[position], dict):
                accumulate_delta(cast(Dict[str, Any], old[position]), body)
            else:
                while len(old) < position:  # a gap (never sent by the API) keeps positions right
                    old.append({})
                old.append(_fresh(body))
        else:
            old.append(_fresh(entry))


def _fresh(value: Any) -> Any:
    # Copy containers so later merges never write into the caller's (event's) data.
    if isinstance(value, dict):
        return {k: _fresh(v) for k, v in cast(Dict[str, Any], value).items() if k != "index"}
    if isinstance(value, list):
        return [_fresh(v) for v in cast(List[Any], value)]
    return value
