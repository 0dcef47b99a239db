# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .message import Message as Message
    from .conversation import Conversation as Conversation
    from .text_content import TextContent as TextContent
    from .item_list_params import ItemListParams as ItemListParams
    from .conversation_item import ConversationItem as ConversationItem
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_delete_params import ItemDeleteParams as ItemDeleteParams
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource

_LAZY = {
    "ComputerScreenshotContent": ".computer_screenshot_content",
    "Conversation": ".conversation",
    "ConversationCreateParams": ".conversation_create_params",
    "ConversationDeletedResource": ".conversation_deleted_resource",
    "ConversationItem": ".conversation_item",
    "ConversationItemList": ".conversation_item_list",
    "ConversationUpdateParams": ".conversation_update_params",
    "ItemCreateParams": ".item_create_params",
    "ItemDeleteParams": ".item_delete_params",
    "ItemListParams": ".item_list_params",
    "ItemRetrieveParams": ".item_retrieve_params",
    "Message": ".message",
    "SummaryTextContent": ".summary_text_content",
    "TextContent": ".text_content",
}


def __getattr__(name: str) -> Any:
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    if not source:  # a subpackage
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = [
    "ComputerScreenshotContent",
    "Conversation",
    "ConversationCreateParams",
    "ConversationDeletedResource",
    "ConversationItem",
    "ConversationItemList",
    "ConversationUpdateParams",
    "ItemCreateParams",
    "ItemDeleteParams",
    "ItemListParams",
    "ItemRetrieveParams",
    "Message",
    "SummaryTextContent",
    "TextContent",
]
