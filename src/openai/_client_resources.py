# File generated from our OpenAPI spec by codegen/. Do not edit by hand.
"""Placeholder until the generator writes the resource mixins (cached properties `chat`, `files`, ...)."""

from __future__ import annotations

__all__ = ["OpenAIResources", "AsyncOpenAIResources"]


class OpenAIResources:
    pass


class AsyncOpenAIResources:
    pass
