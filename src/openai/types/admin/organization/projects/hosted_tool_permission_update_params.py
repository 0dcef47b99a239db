# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Required, TypedDict

__all__ = ["CodeInterpreter", "FileSearch", "ImageGeneration", "Mcp", "WebSearch", "HostedToolPermissionUpdateParams"]


class CodeInterpreter(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""


class FileSearch(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""


class ImageGeneration(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""


class Mcp(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""


class WebSearch(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""


class HostedToolPermissionUpdateParams(TypedDict, total=False):
    file_search: Optional[FileSearch]
    """The file search permission update."""

    web_search: Optional[WebSearch]
    """The web search permission update."""

    image_generation: Optional[ImageGeneration]
    """The image generation permission update."""

    mcp: Optional[Mcp]
    """The MCP permission update."""

    code_interpreter: Optional[CodeInterpreter]
    """The code interpreter permission update."""
