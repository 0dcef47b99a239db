# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Literal, TypeAlias, TypedDict

__all__ = ["TracingConfiguration", "RealtimeTracingConfigParam"]


class TracingConfiguration(TypedDict, total=False):
    """Granular configuration for tracing."""

    workflow_name: str
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard.
    """

    group_id: str
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard.
    """

    metadata: object
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard.
    """


RealtimeTracingConfigParam: TypeAlias = Union[Literal["auto"], TracingConfiguration]
"""Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
tracing is enabled for a session, the configuration cannot be modified.

`auto` will create a trace for the session with default values for the
workflow name, group id, and metadata.
"""
