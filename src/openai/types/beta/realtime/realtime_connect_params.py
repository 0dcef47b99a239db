# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["RealtimeConnectParams"]


class RealtimeConnectParams(TypedDict, total=False):
    model: Required[str]
