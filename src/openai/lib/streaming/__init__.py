"""Streaming helpers: the Assistants event handlers here; chat and responses in the subpackages.

The Assistants names load on first access, so `openai.lib.streaming.chat` (used by every
`chat.completions.stream()`) does not import the Assistants types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._assistants import (
        AssistantEventHandler as AssistantEventHandler,
        AssistantEventHandlerT as AssistantEventHandlerT,
        AssistantStreamManager as AssistantStreamManager,
        AsyncAssistantEventHandler as AsyncAssistantEventHandler,
        AsyncAssistantEventHandlerT as AsyncAssistantEventHandlerT,
        AsyncAssistantStreamManager as AsyncAssistantStreamManager,
    )

__all__ = [
    "AssistantEventHandler",
    "AssistantEventHandlerT",
    "AssistantStreamManager",
    "AsyncAssistantEventHandler",
    "AsyncAssistantEventHandlerT",
    "AsyncAssistantStreamManager",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import _assistants

        return getattr(_assistants, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
