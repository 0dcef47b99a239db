# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from ....._models import BaseModel

__all__ = ["Mcp", "ProjectHostedToolPermissions"]


class Mcp(BaseModel):
    """Permission state for a single hosted tool on a project."""

    enabled: bool
    """Whether the hosted tool is enabled for the project."""


class ProjectHostedToolPermissions(BaseModel):
    """Represents hosted tool permissions for a project."""

    file_search: Mcp
    """Permission state for a single hosted tool on a project."""

    web_search: Mcp
    """Permission state for a single hosted tool on a project."""

    image_generation: Mcp
    """Permission state for a single hosted tool on a project."""

    mcp: Mcp
    """Permission state for a single hosted tool on a project."""

    code_interpreter: Mcp
    """Permission state for a single hosted tool on a project."""
