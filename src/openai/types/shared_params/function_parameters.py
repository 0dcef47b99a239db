# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Dict

from typing_extensions import TypeAlias

__all__ = ["FunctionParameters"]


FunctionParameters: TypeAlias = Dict[str, object]
"""The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

Omitting `parameters` defines a function with an empty parameter list.
"""
