# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Required, TypedDict

from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam

__all__ = ["FunctionShellCallOutputContentParam"]


class FunctionShellCallOutputContentParam(TypedDict, total=False):
    """The content of a shell tool call output that was emitted."""

    stdout: Required[str]
    """The standard output that was captured."""

    stderr: Required[str]
    """The standard error output that was captured."""

    outcome: Required[Union[FunctionShellCallOutputTimeoutOutcomeParam, FunctionShellCallOutputExitOutcomeParam]]
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""

    created_by: str
    """The identifier of the actor that created the item."""
