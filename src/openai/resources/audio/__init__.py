# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio import (
        Audio as Audio,
        AsyncAudio as AsyncAudio,
        AudioWithRawResponse as AudioWithRawResponse,
        AsyncAudioWithRawResponse as AsyncAudioWithRawResponse,
        AudioWithStreamingResponse as AudioWithStreamingResponse,
        AsyncAudioWithStreamingResponse as AsyncAudioWithStreamingResponse,
    )
    from .speech import (
        Speech as Speech,
        AsyncSpeech as AsyncSpeech,
        SpeechWithRawResponse as SpeechWithRawResponse,
        AsyncSpeechWithRawResponse as AsyncSpeechWithRawResponse,
        SpeechWithStreamingResponse as SpeechWithStreamingResponse,
        AsyncSpeechWithStreamingResponse as AsyncSpeechWithStreamingResponse,
    )
    from .voices import (
        Voices as Voices,
        AsyncVoices as AsyncVoices,
        VoicesWithRawResponse as VoicesWithRawResponse,
        AsyncVoicesWithRawResponse as AsyncVoicesWithRawResponse,
        VoicesWithStreamingResponse as VoicesWithStreamingResponse,
        AsyncVoicesWithStreamingResponse as AsyncVoicesWithStreamingResponse,
    )
    from .translations import (
        Translations as Translations,
        AsyncTranslations as AsyncTranslations,
        TranslationsWithRawResponse as TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse as TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse,
    )
    from .transcriptions import (
        Transcriptions as Transcriptions,
        AsyncTranscriptions as AsyncTranscriptions,
        TranscriptionsWithRawResponse as TranscriptionsWithRawResponse,
        AsyncTranscriptionsWithRawResponse as AsyncTranscriptionsWithRawResponse,
        TranscriptionsWithStreamingResponse as TranscriptionsWithStreamingResponse,
        AsyncTranscriptionsWithStreamingResponse as AsyncTranscriptionsWithStreamingResponse,
    )
    from .voice_consents import (
        VoiceConsents as VoiceConsents,
        AsyncVoiceConsents as AsyncVoiceConsents,
        VoiceConsentsWithRawResponse as VoiceConsentsWithRawResponse,
        AsyncVoiceConsentsWithRawResponse as AsyncVoiceConsentsWithRawResponse,
        VoiceConsentsWithStreamingResponse as VoiceConsentsWithStreamingResponse,
        AsyncVoiceConsentsWithStreamingResponse as AsyncVoiceConsentsWithStreamingResponse,
    )

_LAZY = {
    "AsyncAudio": ".audio",
    "AsyncAudioWithRawResponse": ".audio",
    "AsyncAudioWithStreamingResponse": ".audio",
    "AsyncSpeech": ".speech",
    "AsyncSpeechWithRawResponse": ".speech",
    "AsyncSpeechWithStreamingResponse": ".speech",
    "AsyncTranscriptions": ".transcriptions",
    "AsyncTranscriptionsWithRawResponse": ".transcriptions",
    "AsyncTranscriptionsWithStreamingResponse": ".transcriptions",
    "AsyncTranslations": ".translations",
    "AsyncTranslationsWithRawResponse": ".translations",
    "AsyncTranslationsWithStreamingResponse": ".translations",
    "AsyncVoiceConsents": ".voice_consents",
    "AsyncVoiceConsentsWithRawResponse": ".voice_consents",
    "AsyncVoiceConsentsWithStreamingResponse": ".voice_consents",
    "AsyncVoices": ".voices",
    "AsyncVoicesWithRawResponse": ".voices",
    "AsyncVoicesWithStreamingResponse": ".voices",
    "Audio": ".audio",
    "AudioWithRawResponse": ".audio",
    "AudioWithStreamingResponse": ".audio",
    "Speech": ".speech",
    "SpeechWithRawResponse": ".speech",
    "SpeechWithStreamingResponse": ".speech",
    "Transcriptions": ".transcriptions",
    "TranscriptionsWithRawResponse": ".transcriptions",
    "TranscriptionsWithStreamingResponse": ".transcriptions",
    "Translations": ".translations",
    "TranslationsWithRawResponse": ".translations",
    "TranslationsWithStreamingResponse": ".translations",
    "VoiceConsents": ".voice_consents",
    "VoiceConsentsWithRawResponse": ".voice_consents",
    "VoiceConsentsWithStreamingResponse": ".voice_consents",
    "Voices": ".voices",
    "VoicesWithRawResponse": ".voices",
    "VoicesWithStreamingResponse": ".voices",
}


def __getattr__(name: str) -> Any:
    # Resource modules load on first access: importing the package stays cheap.
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "AsyncVoiceConsents",
    "AsyncVoiceConsentsWithRawResponse",
    "AsyncVoiceConsentsWithStreamingResponse",
    "AsyncVoices",
    "AsyncVoicesWithRawResponse",
    "AsyncVoicesWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "VoiceConsents",
    "VoiceConsentsWithRawResponse",
    "VoiceConsentsWithStreamingResponse",
    "Voices",
    "VoicesWithRawResponse",
    "VoicesWithStreamingResponse",
]
