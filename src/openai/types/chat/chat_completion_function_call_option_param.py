# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["ChatCompletionFunctionCallOptionParam"]


class ChatCompletionFunctionCallOptionParam(TypedDict, total=False):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that function."""

    name: Required[str]
    """The name of the function to call."""
