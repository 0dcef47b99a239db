# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from .permission_create_response import PermissionCreateResponse

__all__ = ["PermissionRetrieveResponse"]


class PermissionRetrieveResponse(BaseModel):
    data: List[PermissionCreateResponse]
    object: Literal["list"]
    first_id: Optional[str] = None
    last_id: Optional[str] = None
    has_more: bool
