# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from .translation import Translation
from .translation_verbose import TranslationVerbose

__all__ = ["TranslationCreateResponse", "TranslationCreateResponse2"]


TranslationCreateResponse: TypeAlias = Union[Translation, TranslationVerbose]


TranslationCreateResponse2: TypeAlias = Union[Translation, TranslationVerbose]
