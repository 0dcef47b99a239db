# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Literal, TypeAlias

__all__ = ["ResponseStatus"]


ResponseStatus: TypeAlias = Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]
"""The status of the response generation. One of `completed`, `failed`,
`in_progress`, `cancelled`, `queued`, or `incomplete`.
"""
