# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoice"]


class ToolChoice(TypedDict, total=False):
    """Tool selection that the assistant should honor when executing the item."""

    id: Required[str]
    """Identifier of the requested tool."""
