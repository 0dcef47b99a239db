# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["TruncationObject"]


class TruncationObject(BaseModel):
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run."""

    type: Literal["auto", "last_messages"]
    """The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`."""

    last_messages: Optional[int] = None
    """The number of most recent messages from the thread when constructing the context for the run."""
