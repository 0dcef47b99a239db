# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .metadata import Metadata as Metadata
    from .reasoning import Reasoning as Reasoning
    from .all_models import AllModels as AllModels
    from .chat_model import ChatModel as ChatModel
    from .error_object import ErrorObject as ErrorObject
    from .compound_filter import CompoundFilter as CompoundFilter
    from .responses_model import ResponsesModel as ResponsesModel
    from .oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .function_definition import FunctionDefinition as FunctionDefinition
    from .function_parameters import FunctionParameters as FunctionParameters
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar

_LAZY = {
    "AllModels": ".all_models",
    "ChatModel": ".chat_model",
    "ComparisonFilter": ".comparison_filter",
    "CompoundFilter": ".compound_filter",
    "CustomToolInputFormat": ".custom_tool_input_format",
    "ErrorObject": ".error_object",
    "FunctionDefinition": ".function_definition",
    "FunctionParameters": ".function_parameters",
    "Metadata": ".metadata",
    "OAuthErrorCode": ".oauth_error_code",
    "Reasoning": ".reasoning",
    "ReasoningEffort": ".reasoning_effort",
    "ResponseFormatJSONObject": ".response_format_json_object",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextGrammar": ".response_format_text_grammar",
    "ResponseFormatTextPython": ".response_format_text_python",
    "ResponsesModel": ".responses_model",
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
    "AllModels",
    "ChatModel",
    "ComparisonFilter",
    "CompoundFilter",
    "CustomToolInputFormat",
    "ErrorObject",
    "FunctionDefinition",
    "FunctionParameters",
    "Metadata",
    "OAuthErrorCode",
    "Reasoning",
    "ReasoningEffort",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponsesModel",
]
