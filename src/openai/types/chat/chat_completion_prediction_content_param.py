# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..prediction_content_param import Content

__all__ = ["ChatCompletionPredictionContentParam"]


class ChatCompletionPredictionContentParam(TypedDict, total=False):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: Required[Literal["content"]]
    """The type of the predicted content you want to provide. This type is
    currently always `content`.
    """

    content: Required[Content]
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
    """
