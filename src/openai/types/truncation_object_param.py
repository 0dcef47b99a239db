# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["TruncationObjectParam"]


class TruncationObjectParam(TypedDict, total=False):
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run."""

    type: Required[Literal["auto", "last_messages"]]
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: Optional[int]
    """The number of most recent messages from the thread when constructing the context for the run."""
