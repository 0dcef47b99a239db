# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .responses import (
        Responses as Responses,
        AsyncResponses as AsyncResponses,
        ResponsesWithRawResponse as ResponsesWithRawResponse,
        AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse,
        ResponsesWithStreamingResponse as ResponsesWithStreamingResponse,
        AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse,
    )
    from .input_items import (
        InputItems as InputItems,
        AsyncInputItems as AsyncInputItems,
        InputItemsWithRawResponse as InputItemsWithRawResponse,
        AsyncInputItemsWithRawResponse as AsyncInputItemsWithRawResponse,
        InputItemsWithStreamingResponse as InputItemsWithStreamingResponse,
        AsyncInputItemsWithStreamingResponse as AsyncInputItemsWithStreamingResponse,
    )
    from .input_tokens import (
        InputTokens as InputTokens,
        AsyncInputTokens as AsyncInputTokens,
        InputTokensWithRawResponse as InputTokensWithRawResponse,
        AsyncInputTokensWithRawResponse as AsyncInputTokensWithRawResponse,
        InputTokensWithStreamingResponse as InputTokensWithStreamingResponse,
        AsyncInputTokensWithStreamingResponse as AsyncInputTokensWithStreamingResponse,
    )

_LAZY = {
    "AsyncInputItems": ".input_items",
    "AsyncInputItemsWithRawResponse": ".input_items",
    "AsyncInputItemsWithStreamingResponse": ".input_items",
    "AsyncInputTokens": ".input_tokens",
    "AsyncInputTokensWithRawResponse": ".input_tokens",
    "AsyncInputTokensWithStreamingResponse": ".input_tokens",
    "AsyncResponses": ".responses",
    "AsyncResponsesWithRawResponse": ".responses",
    "AsyncResponsesWithStreamingResponse": ".responses",
    "InputItems": ".input_items",
    "InputItemsWithRawResponse": ".input_items",
    "InputItemsWithStreamingResponse": ".input_items",
    "InputTokens": ".input_tokens",
    "InputTokensWithRawResponse": ".input_tokens",
    "InputTokensWithStreamingResponse": ".input_tokens",
    "Responses": ".responses",
    "ResponsesWithRawResponse": ".responses",
    "ResponsesWithStreamingResponse": ".responses",
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
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
]
