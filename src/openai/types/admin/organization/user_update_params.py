# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["UserUpdateParams"]


class UserUpdateParams(TypedDict, total=False):
    role: Optional[str]
    """`owner` or `reader`"""

    role_id: Optional[str]
    """Role ID to assign to the user."""

    technical_level: Optional[str]
    """Technical level metadata."""

    developer_persona: Optional[str]
    """Developer persona metadata."""
