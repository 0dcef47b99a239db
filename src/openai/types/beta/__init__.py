# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .thread import Thread as Thread
    from .assistant import Assistant as Assistant
    from .function_tool import FunctionTool as FunctionTool
    from .assistant_tool import AssistantTool as AssistantTool
    from .thread_deleted import ThreadDeleted as ThreadDeleted
    from .chatkit_workflow import ChatKitWorkflow as ChatKitWorkflow
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .assistant_deleted import AssistantDeleted as AssistantDeleted
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .assistant_tool_param import AssistantToolParam as AssistantToolParam
    from .thread_create_params import ThreadCreateParams as ThreadCreateParams
    from .thread_update_params import ThreadUpdateParams as ThreadUpdateParams
    from .assistant_list_params import AssistantListParams as AssistantListParams
    from .assistant_tool_choice import AssistantToolChoice as AssistantToolChoice
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .assistant_create_params import AssistantCreateParams as AssistantCreateParams
    from .assistant_update_params import AssistantUpdateParams as AssistantUpdateParams
    from .assistant_tool_choice_param import AssistantToolChoiceParam as AssistantToolChoiceParam
    from .code_interpreter_tool_param import CodeInterpreterToolParam as CodeInterpreterToolParam
    from .assistant_tool_choice_option import AssistantToolChoiceOption as AssistantToolChoiceOption
    from .thread_create_and_run_params import ThreadCreateAndRunParams as ThreadCreateAndRunParams
    from .assistant_tool_choice_function import AssistantToolChoiceFunction as AssistantToolChoiceFunction
    from .assistant_response_format_option import AssistantResponseFormatOption as AssistantResponseFormatOption
    from .assistant_tool_choice_option_param import AssistantToolChoiceOptionParam as AssistantToolChoiceOptionParam
    from .assistant_tool_choice_function_param import (
        AssistantToolChoiceFunctionParam as AssistantToolChoiceFunctionParam,
    )
    from .assistant_response_format_option_param import (
        AssistantResponseFormatOptionParam as AssistantResponseFormatOptionParam,
    )

_LAZY = {
    "Assistant": ".assistant",
    "AssistantCreateParams": ".assistant_create_params",
    "AssistantDeleted": ".assistant_deleted",
    "AssistantListParams": ".assistant_list_params",
    "AssistantResponseFormatOption": ".assistant_response_format_option",
    "AssistantResponseFormatOptionParam": ".assistant_response_format_option_param",
    "AssistantStreamEvent": ".assistant_stream_event",
    "AssistantTool": ".assistant_tool",
    "AssistantToolChoice": ".assistant_tool_choice",
    "AssistantToolChoiceFunction": ".assistant_tool_choice_function",
    "AssistantToolChoiceFunctionParam": ".assistant_tool_choice_function_param",
    "AssistantToolChoiceOption": ".assistant_tool_choice_option",
    "AssistantToolChoiceOptionParam": ".assistant_tool_choice_option_param",
    "AssistantToolChoiceParam": ".assistant_tool_choice_param",
    "AssistantToolParam": ".assistant_tool_param",
    "AssistantUpdateParams": ".assistant_update_params",
    "ChatKitWorkflow": ".chatkit_workflow",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "CodeInterpreterToolParam": ".code_interpreter_tool_param",
    "FileSearchTool": ".file_search_tool",
    "FileSearchToolParam": ".file_search_tool_param",
    "FunctionTool": ".function_tool",
    "FunctionToolParam": ".function_tool_param",
    "Thread": ".thread",
    "ThreadCreateAndRunParams": ".thread_create_and_run_params",
    "ThreadCreateParams": ".thread_create_params",
    "ThreadDeleted": ".thread_deleted",
    "ThreadUpdateParams": ".thread_update_params",
    "chatkit": "",
    "realtime": "",
    "threads": "",
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
    "Assistant",
    "AssistantCreateParams",
    "AssistantDeleted",
    "AssistantListParams",
    "AssistantResponseFormatOption",
    "AssistantResponseFormatOptionParam",
    "AssistantStreamEvent",
    "AssistantTool",
    "AssistantToolChoice",
    "AssistantToolChoiceFunction",
    "AssistantToolChoiceFunctionParam",
    "AssistantToolChoiceOption",
    "AssistantToolChoiceOptionParam",
    "AssistantToolChoiceParam",
    "AssistantToolParam",
    "AssistantUpdateParams",
    "ChatKitWorkflow",
    "CodeInterpreterTool",
    "CodeInterpreterToolParam",
    "FileSearchTool",
    "FileSearchToolParam",
    "FunctionTool",
    "FunctionToolParam",
    "Thread",
    "ThreadCreateAndRunParams",
    "ThreadCreateParams",
    "ThreadDeleted",
    "ThreadUpdateParams",
]
