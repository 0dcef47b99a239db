# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from .shared.chat_model import ChatModel as ChatModel

__all__ = ["ChatModel"]
