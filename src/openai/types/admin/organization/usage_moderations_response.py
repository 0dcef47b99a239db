# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from .usage_costs_response import Data

__all__ = ["UsageModerationsResponse"]


class UsageModerationsResponse(BaseModel):
    object: Literal["page"]
    data: List[Data]
    has_more: bool
    next_page: Optional[str] = None
