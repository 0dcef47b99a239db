# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .voice import Voice as Voice
    from .translation import Translation as Translation
    from .speech_model import SpeechModel as SpeechModel
    from .transcription import Transcription as Transcription
    from .voice_consent import VoiceConsent as VoiceConsent
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .translation_verbose import TranslationVerbose as TranslationVerbose
    from .voice_create_params import VoiceCreateParams as VoiceCreateParams
    from .speech_create_params import SpeechCreateParams as SpeechCreateParams
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from .voice_consent_deleted import VoiceConsentDeleted as VoiceConsentDeleted
    from .transcription_diarized import TranscriptionDiarized as TranscriptionDiarized
    from .translation_create_params import TranslationCreateParams as TranslationCreateParams
    from .voice_consent_list_params import VoiceConsentListParams as VoiceConsentListParams
    from .transcription_stream_event import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .transcription_create_params import TranscriptionCreateParams as TranscriptionCreateParams
    from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
    from .voice_consent_create_params import VoiceConsentCreateParams as VoiceConsentCreateParams
    from .voice_consent_update_params import VoiceConsentUpdateParams as VoiceConsentUpdateParams
    from .transcription_create_response import TranscriptionCreateResponse as TranscriptionCreateResponse
    from .transcription_text_done_event import TranscriptionTextDoneEvent as TranscriptionTextDoneEvent
    from .transcription_diarized_segment import TranscriptionDiarizedSegment as TranscriptionDiarizedSegment
    from .transcription_text_delta_event import TranscriptionTextDeltaEvent as TranscriptionTextDeltaEvent
    from .transcription_text_segment_event import TranscriptionTextSegmentEvent as TranscriptionTextSegmentEvent

_LAZY = {
    "SpeechCreateParams": ".speech_create_params",
    "SpeechModel": ".speech_model",
    "Transcription": ".transcription",
    "TranscriptionCreateParams": ".transcription_create_params",
    "TranscriptionCreateResponse": ".transcription_create_response",
    "TranscriptionDiarized": ".transcription_diarized",
    "TranscriptionDiarizedSegment": ".transcription_diarized_segment",
    "TranscriptionInclude": ".transcription_include",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionStreamEvent": ".transcription_stream_event",
    "TranscriptionTextDeltaEvent": ".transcription_text_delta_event",
    "TranscriptionTextDoneEvent": ".transcription_text_done_event",
    "TranscriptionTextSegmentEvent": ".transcription_text_segment_event",
    "TranscriptionVerbose": ".transcription_verbose",
    "TranscriptionWord": ".transcription_word",
    "Translation": ".translation",
    "TranslationCreateParams": ".translation_create_params",
    "TranslationCreateResponse": ".translation_create_response",
    "TranslationVerbose": ".translation_verbose",
    "Voice": ".voice",
    "VoiceConsent": ".voice_consent",
    "VoiceConsentCreateParams": ".voice_consent_create_params",
    "VoiceConsentDeleted": ".voice_consent_deleted",
    "VoiceConsentListParams": ".voice_consent_list_params",
    "VoiceConsentUpdateParams": ".voice_consent_update_params",
    "VoiceCreateParams": ".voice_create_params",
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
    "SpeechCreateParams",
    "SpeechModel",
    "Transcription",
    "TranscriptionCreateParams",
    "TranscriptionCreateResponse",
    "TranscriptionDiarized",
    "TranscriptionDiarizedSegment",
    "TranscriptionInclude",
    "TranscriptionSegment",
    "TranscriptionStreamEvent",
    "TranscriptionTextDeltaEvent",
    "TranscriptionTextDoneEvent",
    "TranscriptionTextSegmentEvent",
    "TranscriptionVerbose",
    "TranscriptionWord",
    "Translation",
    "TranslationCreateParams",
    "TranslationCreateResponse",
    "TranslationVerbose",
    "Voice",
    "VoiceConsent",
    "VoiceConsentCreateParams",
    "VoiceConsentDeleted",
    "VoiceConsentListParams",
    "VoiceConsentUpdateParams",
    "VoiceCreateParams",
]
