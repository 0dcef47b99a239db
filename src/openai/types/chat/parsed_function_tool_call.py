# Hand-written (not generated): the structured-outputs result types of `chat.completions.parse()`.
# The generator leaves files without its header alone; `openai.types.chat` re-exports these names.

from __future__ import annotations

from typing import Optional

from .chat_completion_message_function_tool_call import Function, ChatCompletionMessageFunctionToolCall

__all__ = ["ParsedFunctionToolCall", "ParsedFunction"]


class ParsedFunction(Function):
    parsed_arguments: Optional[object] = None
    """The arguments parsed into the tool's Pydantic model (strict `pydantic_function_tool` tools only)."""


class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    function: ParsedFunction  # pyright: ignore[reportIncompatibleVariableOverride]
    """The function that the model called."""
