# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.api_resources._assert import assert_matches_type
from openai.types.beta.realtime.transcription_session import TranscriptionSession


class TestTranscriptionSessions:
    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    def test_method_create(self, client: OpenAI) -> None:
        result = client.beta.realtime.transcription_sessions.create()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.realtime.transcription_sessions.create(
            turn_detection={
                "create_response": True,
                "eagerness": "low",
                "interrupt_response": True,
                "prefix_padding_ms": 0,
                "silence_duration_ms": 0,
                "threshold": 0.0,
                "type": "server_vad",
            },
            input_audio_noise_reduction={"type": "near_field"},
            input_audio_format="pcm16",
            input_audio_transcription={"language": "string", "model": "gpt-4o-transcribe", "prompt": "string"},
            include=["item.input_audio_transcription.logprobs"],
        )
        assert_matches_type(TranscriptionSession, result, path=["response"])

    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.beta.realtime.transcription_sessions.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.beta.realtime.transcription_sessions.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(TranscriptionSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncTranscriptionSessions:
    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.transcription_sessions.create()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.transcription_sessions.create(
            turn_detection={
                "create_response": True,
                "eagerness": "low",
                "interrupt_response": True,
                "prefix_padding_ms": 0,
                "silence_duration_ms": 0,
                "threshold": 0.0,
                "type": "server_vad",
            },
            input_audio_noise_reduction={"type": "near_field"},
            input_audio_format="pcm16",
            input_audio_transcription={"language": "string", "model": "gpt-4o-transcribe", "prompt": "string"},
            include=["item.input_audio_transcription.logprobs"],
        )
        assert_matches_type(TranscriptionSession, result, path=["response"])

    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.realtime.transcription_sessions.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    @pytest.mark.skip(
        reason="Prism answers the spec's example (input_audio_transcription.model 'string'); the frozen beta TranscriptionSession takes only the three transcription models (tested in tests/surface/test_frozen_beta.py)"
    )
    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.realtime.transcription_sessions.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(TranscriptionSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True
