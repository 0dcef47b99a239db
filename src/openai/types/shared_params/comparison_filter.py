# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = ["Value", "ComparisonFilter"]


Value: TypeAlias = Union[str, float, bool, Iterable[Union[str, float]]]
"""The value to compare against the attribute key; supports string, number, or boolean types."""


class ComparisonFilter(TypedDict, total=False):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]]
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in
    """

    key: Required[str]
    """The key to compare against the value."""

    value: Required[Value]
    """The value to compare against the attribute key; supports string, number, or boolean types."""
