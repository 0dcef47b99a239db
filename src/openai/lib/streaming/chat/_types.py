"""Snapshot types of a chat completion being streamed."""

from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.chat.parsed_chat_completion import ParsedChoice, ParsedChatCompletion, ParsedChatCompletionMessage

__all__ = ["ParsedChatCompletionSnapshot", "ParsedChoiceSnapshot", "ParsedChatCompletionMessageSnapshot"]

ParsedChatCompletionSnapshot: TypeAlias = ParsedChatCompletion[object]
"""The completion accumulated so far; `message.parsed` holds the partial JSON decoded so far."""

ParsedChoiceSnapshot: TypeAlias = ParsedChoice[object]
"""One choice accumulated so far (`finish_reason` is None until the choice's last chunk)."""

ParsedChatCompletionMessageSnapshot: TypeAlias = ParsedChatCompletionMessage[object]
