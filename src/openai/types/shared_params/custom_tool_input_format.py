# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = ["Grammar", "Text", "CustomToolInputFormat"]


class Grammar(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: Required[str]
    """The grammar definition."""


class Text(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


CustomToolInputFormat: TypeAlias = Union[Text, Grammar]
"""The input format for the custom tool. Default is unconstrained text."""
