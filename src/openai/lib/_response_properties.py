"""Computed properties of generated response models (codegen/openai/config.yaml `model_properties`).

The generated model class calls these from a `@property`, so the logic lives once, hand-written, and the
model keeps only the spec's fields.
"""

from __future__ import annotations

from typing import Any

__all__ = ["output_text"]


def output_text(response: Any) -> str:
    """The text of every `output_text` content part of the response's `message` output items, in order.

    Other items (tool calls, reasoning) and other parts (refusals) contribute nothing; no text gives "".
    """
    texts: list[str] = []
    for item in getattr(response, "output", None) or []:
        if getattr(item, "type", None) != "message":
            continue
        for part in getattr(item, "content", None) or []:
            if getattr(part, "type", None) == "output_text":
                texts.append(part.text)
    return "".join(texts)
