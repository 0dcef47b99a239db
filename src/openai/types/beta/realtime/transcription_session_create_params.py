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
    type: Literal["near_field", "far_field"]


class InputAudioTranscription(TypedDict, total=False):
    language: str
    model: Literal["gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1"]
    prompt: str


class TurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["server_vad", "semantic_vad"]


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
