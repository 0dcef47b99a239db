# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypedDict

__all__ = ["RealtimeConnectParams"]


class RealtimeConnectParams(TypedDict, total=False):
    call_id: str
    model: str
