# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .skills import (
        Skills as Skills,
        AsyncSkills as AsyncSkills,
        SkillsWithRawResponse as SkillsWithRawResponse,
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from .content import (
        Content as Content,
        AsyncContent as AsyncContent,
        ContentWithRawResponse as ContentWithRawResponse,
        AsyncContentWithRawResponse as AsyncContentWithRawResponse,
        ContentWithStreamingResponse as ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse,
    )
    from .versions import (
        Versions as Versions,
        AsyncVersions as AsyncVersions,
        VersionsWithRawResponse as VersionsWithRawResponse,
        AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse,
        VersionsWithStreamingResponse as VersionsWithStreamingResponse,
        AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )

_LAZY = {
    "AsyncContent": ".content",
    "AsyncContentWithRawResponse": ".content",
    "AsyncContentWithStreamingResponse": ".content",
    "AsyncSkills": ".skills",
    "AsyncSkillsWithRawResponse": ".skills",
    "AsyncSkillsWithStreamingResponse": ".skills",
    "AsyncVersions": ".versions",
    "AsyncVersionsWithRawResponse": ".versions",
    "AsyncVersionsWithStreamingResponse": ".versions",
    "Content": ".content",
    "ContentWithRawResponse": ".content",
    "ContentWithStreamingResponse": ".content",
    "Skills": ".skills",
    "SkillsWithRawResponse": ".skills",
    "SkillsWithStreamingResponse": ".skills",
    "Versions": ".versions",
    "VersionsWithRawResponse": ".versions",
    "VersionsWithStreamingResponse": ".versions",
}


def __getattr__(name: str) -> Any:
    # Resource modules load on first access: importing the package stays cheap.
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]
