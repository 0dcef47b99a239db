# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["FileSearchRanker"]


FileSearchRanker: TypeAlias = Literal["auto", "default_2024_08_21"]


"""The ranker to use for the file search. If not specified will use the `auto` ranker."""
