"""Response models -> plain data, without pydantic's serializer.

The helpers rebuild API objects into richer ones (`ParsedChatCompletion`, snapshots) and fold deltas
into snapshots. Both only need the fields the API actually sent, keyed by field name, with nested
objects either kept as they are (`shallow_fields`) or turned into plain dicts too (`to_plain`), which
`construct_type` turns back into models. Reading attributes directly keeps this fast and independent
of whether pydantic has built a serializer for the generated class.
"""

from __future__ import annotations

from typing import Any, Dict, List, cast

import pydantic

__all__ = ["shallow_fields", "to_plain"]


def shallow_fields(model: Any) -> Dict[str, Any]:
    """The fields the API sent (and unknown extra keys), nested values untouched."""
    data: Dict[str, Any] = {name: getattr(model, name) for name in model.model_fields_set}
    extra = getattr(model, "model_extra", None)
    if extra:
        data.update(cast(Dict[str, Any], extra))
    return data


def to_plain(value: Any) -> Any:
    """Recursively: models -> dicts of their sent fields, lists and dicts copied."""
    if isinstance(value, pydantic.BaseModel):
        return {key: to_plain(item) for key, item in shallow_fields(value).items()}
    if isinstance(value, list):
        return [to_plain(item) for item in cast(List[Any], value)]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in cast(Dict[str, Any], value).items()}
    return value
