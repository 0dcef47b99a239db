# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Content", "Summary", "ResponseReasoningItem"]


class Content(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


class Summary(BaseModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`."""

    text: str
    """A summary of the reasoning output from the model so far."""


class ResponseReasoningItem(BaseModel):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state).
    """

    type: Literal["reasoning"]
    """The type of the object. Always `reasoning`."""

    id: str
    """The unique identifier of the reasoning content."""

    encrypted_content: Optional[str] = None
    """The encrypted content of the reasoning item - populated when a response is
    generated with `reasoning.encrypted_content` in the `include` parameter.
    """

    summary: List[Summary]
    """Reasoning summary content."""

    content: Optional[List[Content]] = None
    """Reasoning text content."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """
