"""The parse step shared by the `parse` hooks of `chat.completions` and `responses`."""

from __future__ import annotations

from typing import Any, TypeVar, Callable, cast

from ..._response import BaseAPIResponse
from ..._legacy_response import LegacyAPIResponse

__all__ = ["parsed"]

_R = TypeVar("_R")


def parsed(result: Any, parser: Callable[[Any], _R]) -> _R:
    """`parser(result)`, or, when the request went through `with_raw_response` / `with_streaming_response`
    (then `create` hands back the unparsed response), that response with `parser` as its post-parser:
    its `.parse()` gives the parsed value, as the official SDK's does.
    """
    if isinstance(result, (LegacyAPIResponse, BaseAPIResponse)):
        options = cast(Any, result)._options
        previous = options.post_parser
        options.post_parser = parser if not callable(previous) else (lambda value: parser(previous(value)))
        return cast(_R, result)
    return parser(result)
