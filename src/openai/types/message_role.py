# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["MessageRole"]


MessageRole: TypeAlias = Literal[
    "unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"
]
