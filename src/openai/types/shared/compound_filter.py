# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .comparison_filter import ComparisonFilter

__all__ = ["Filter", "CompoundFilter"]


class CompoundFilter(BaseModel):
    """Combine multiple filters using `and` or `or`."""

    type: Literal["and", "or"]
    """Type of operation: `and` or `or`."""

    filters: List[Filter]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""


Filter: TypeAlias = Annotated[Union[ComparisonFilter, object], PropertyInfo(discriminator="type")]
