# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .comparison_filter import ComparisonFilter

__all__ = ["Filter", "CompoundFilter"]


Filter: TypeAlias = Union[ComparisonFilter, object]


class CompoundFilter(TypedDict, total=False):
    """Combine multiple filters using `and` or `or`."""

    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: Required[Iterable[Filter]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
