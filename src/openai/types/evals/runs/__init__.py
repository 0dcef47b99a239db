# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .output_item_list_params import OutputItemListParams as OutputItemListParams
    from .output_item_list_response import OutputItemListResponse as OutputItemListResponse
    from .output_item_retrieve_params import OutputItemRetrieveParams as OutputItemRetrieveParams
    from .output_item_retrieve_response import OutputItemRetrieveResponse as OutputItemRetrieveResponse

_LAZY = {
    "OutputItemListParams": ".output_item_list_params",
    "OutputItemListResponse": ".output_item_list_response",
    "OutputItemRetrieveParams": ".output_item_retrieve_params",
    "OutputItemRetrieveResponse": ".output_item_retrieve_response",
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


__all__ = ["OutputItemListParams", "OutputItemListResponse", "OutputItemRetrieveParams", "OutputItemRetrieveResponse"]
