# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = ["OutcomeExit", "OutcomeTimeout", "Outcome", "ResponseFunctionShellCallOutputContentParam"]


class OutcomeExit(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""


class OutcomeTimeout(TypedDict, total=False):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Required[Literal["timeout"]]
    """The outcome type. Always `timeout`."""


Outcome: TypeAlias = Union[OutcomeTimeout, OutcomeExit]
"""The exit or timeout outcome associated with this shell call."""


class ResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: Required[str]
    """Captured stdout output for the shell call."""

    stderr: Required[str]
    """Captured stderr output for the shell call."""

    outcome: Required[Outcome]
    """The exit or timeout outcome associated with this shell call."""
