# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["FunctionToolParam"]


class FunctionToolParam(TypedDict, total=False):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""

    name: Required[str]
    """The name of the function to call."""

    description: Optional[str]
    """A description of the function. Used by the model to determine whether or not to call the function."""

    parameters: Required[Optional[Dict[str, object]]]
    """A JSON schema object describing the parameters of the function."""

    strict: Required[Optional[bool]]
    """Whether to enforce strict parameter validation. Default `true`."""

    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""
