# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import Literal, TypedDict

__all__ = [
    "ClientSecretExpiresAt",
    "ClientSecret",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "TurnDetection",
    "TranscriptionSessionCreateParams",
]


class ClientSecretExpiresAt(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


class ClientSecret(TypedDict, total=False):
    expires_at: ClientSecretExpiresAt


class InputAudioNoiseReduction(TypedDict, total=False):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: Literal["near_field", "far_field"]
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class InputAudioTranscription(TypedDict, total=False):
    language: str
    """The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format
    will improve accuracy and latency.
    """

    model: Literal["gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1"]
    """The model to use for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use `gpt-4o-transcribe-diarize` when you need diarization with speaker labels."""

    prompt: str
    """An optional text to guide the model's style or continue a previous audio
    segment.
    For `whisper-1`, the [prompt is a list of keywords](/docs/guides/speech-to-text#prompting).
    For `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for example "expect words related to technology".
    Prompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.
    """


class TurnDetection(TypedDict, total=False):
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech."""

    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool
    prefix_padding_ms: int
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: int
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """

    threshold: float
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    type: Literal["server_vad", "semantic_vad"]
    """Type of turn detection. Only `server_vad` is currently supported for transcription sessions."""


class TranscriptionSessionCreateParams(TypedDict, total=False):
    turn_detection: TurnDetection
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech."""

    input_audio_noise_reduction: InputAudioNoiseReduction
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    input_audio_transcription: InputAudioTranscription
    """Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    include: List[str]
    """The set of items to include in the transcription. Current available items are:
    `item.input_audio_transcription.logprobs`
    """

    client_secret: ClientSecret
    modalities: List[Literal["text", "audio"]]
