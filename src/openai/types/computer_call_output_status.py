# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["ComputerCallOutputStatus"]


ComputerCallOutputStatus: TypeAlias = Literal["completed", "incomplete", "failed"]
