# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypedDict

__all__ = ["CallRejectParams"]


class CallRejectParams(TypedDict, total=False):
    status_code: int
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted.
    """
