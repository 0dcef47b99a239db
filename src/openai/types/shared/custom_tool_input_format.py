# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..._models import BaseModel

__all__ = ["Grammar", "Text", "CustomToolInputFormat"]


class Grammar(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    syntax: Literal["lark", "regex"]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""


class Text(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`."""


CustomToolInputFormat: TypeAlias = Annotated[Union[Text, Grammar], PropertyInfo(discriminator="type")]
"""The input format for the custom tool. Default is unconstrained text."""
