# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr

__all__ = ["FunctionShellActionParam"]


class FunctionShellActionParam(TypedDict, total=False):
    """Execute a shell command."""

    commands: Required[SequenceNotStr[str]]
    timeout_ms: Required[Optional[int]]
    """Optional timeout in milliseconds for the commands."""

    max_output_length: Required[Optional[int]]
    """Optional maximum number of characters to return from each command."""
