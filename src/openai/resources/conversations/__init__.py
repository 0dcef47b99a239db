# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .items import (
        Items as Items,
        AsyncItems as AsyncItems,
        ItemsWithRawResponse as ItemsWithRawResponse,
        AsyncItemsWithRawResponse as AsyncItemsWithRawResponse,
        ItemsWithStreamingResponse as ItemsWithStreamingResponse,
        AsyncItemsWithStreamingResponse as AsyncItemsWithStreamingResponse,
    )
    from .conversations import (
        Conversations as Conversations,
        AsyncConversations as AsyncConversations,
        ConversationsWithRawResponse as ConversationsWithRawResponse,
        AsyncConversationsWithRawResponse as AsyncConversationsWithRawResponse,
        ConversationsWithStreamingResponse as ConversationsWithStreamingResponse,
        AsyncConversationsWithStreamingResponse as AsyncConversationsWithStreamingResponse,
    )

_LAZY = {
    "AsyncConversations": ".conversations",
    "AsyncConversationsWithRawResponse": ".conversations",
    "AsyncConversationsWithStreamingResponse": ".conversations",
    "AsyncItems": ".items",
    "AsyncItemsWithRawResponse": ".items",
    "AsyncItemsWithStreamingResponse": ".items",
    "Conversations": ".conversations",
    "ConversationsWithRawResponse": ".conversations",
    "ConversationsWithStreamingResponse": ".conversations",
    "Items": ".items",
    "ItemsWithRawResponse": ".items",
    "ItemsWithStreamingResponse": ".items",
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
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
]
