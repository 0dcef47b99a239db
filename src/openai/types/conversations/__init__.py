# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .message import Message as Message
    from .conversation import Conversation as Conversation
    from .text_content import TextContent as TextContent
    from .refusal_content import RefusalContent as RefusalContent
    from .item_list_params import ItemListParams as ItemListParams
    from .conversation_item import ConversationItem as ConversationItem
    from .input_file_content import InputFileContent as InputFileContent
    from .input_text_content import InputTextContent as InputTextContent
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_delete_params import ItemDeleteParams as ItemDeleteParams
    from .input_image_content import InputImageContent as InputImageContent
    from .output_text_content import OutputTextContent as OutputTextContent
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .refusal_content_param import RefusalContentParam as RefusalContentParam
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .input_file_content_param import InputFileContentParam as InputFileContentParam
    from .input_text_content_param import InputTextContentParam as InputTextContentParam
    from .input_image_content_param import InputImageContentParam as InputImageContentParam
    from .output_text_content_param import OutputTextContentParam as OutputTextContentParam
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
    "InputFileContent": ".input_file_content",
    "InputFileContentParam": ".input_file_content_param",
    "InputImageContent": ".input_image_content",
    "InputImageContentParam": ".input_image_content_param",
    "InputTextContent": ".input_text_content",
    "InputTextContentParam": ".input_text_content_param",
    "ItemCreateParams": ".item_create_params",
    "ItemDeleteParams": ".item_delete_params",
    "ItemListParams": ".item_list_params",
    "ItemRetrieveParams": ".item_retrieve_params",
    "Message": ".message",
    "OutputTextContent": ".output_text_content",
    "OutputTextContentParam": ".output_text_content_param",
    "RefusalContent": ".refusal_content",
    "RefusalContentParam": ".refusal_content_param",
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
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParam",
    "InputTextContent",
    "InputTextContentParam",
    "ItemCreateParams",
    "ItemDeleteParams",
    "ItemListParams",
    "ItemRetrieveParams",
    "Message",
    "OutputTextContent",
    "OutputTextContentParam",
    "RefusalContent",
    "RefusalContentParam",
    "SummaryTextContent",
    "TextContent",
]
