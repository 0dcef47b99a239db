# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["VoiceConsentUpdateParams"]


class VoiceConsentUpdateParams(TypedDict, total=False):
    name: Required[str]
    """The updated label for this consent recording."""
