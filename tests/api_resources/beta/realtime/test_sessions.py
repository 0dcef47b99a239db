# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.api_resources._assert import assert_matches_type
from openai.types.beta.realtime.session_create_response import SessionCreateResponse


class TestSessions:
    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    def test_method_create(self, client: OpenAI) -> None:
        result = client.beta.realtime.sessions.create()
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.realtime.sessions.create(
            client_secret={"expires_after": {"anchor": "created_at", "seconds": 0}},
            modalities=["text"],
            instructions="string",
            voice="string",
            input_audio_format="pcm16",
            output_audio_format="pcm16",
            input_audio_transcription={"language": "string", "model": "string", "prompt": "string"},
            speed=0.25,
            tracing="auto",
            turn_detection={
                "create_response": True,
                "eagerness": "low",
                "interrupt_response": True,
                "prefix_padding_ms": 0,
                "silence_duration_ms": 0,
                "threshold": 0.0,
                "type": "server_vad",
            },
            tools=[{"type": "function", "name": "string", "description": "string", "parameters": {}}],
            tool_choice="string",
            temperature=0.0,
            max_response_output_tokens=0,
        )
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.beta.realtime.sessions.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.beta.realtime.sessions.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SessionCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncSessions:
    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.sessions.create()
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.sessions.create(
            client_secret={"expires_after": {"anchor": "created_at", "seconds": 0}},
            modalities=["text"],
            instructions="string",
            voice="string",
            input_audio_format="pcm16",
            output_audio_format="pcm16",
            input_audio_transcription={"language": "string", "model": "string", "prompt": "string"},
            speed=0.25,
            tracing="auto",
            turn_detection={
                "create_response": True,
                "eagerness": "low",
                "interrupt_response": True,
                "prefix_padding_ms": 0,
                "silence_duration_ms": 0,
                "threshold": 0.0,
                "type": "server_vad",
            },
            tools=[{"type": "function", "name": "string", "description": "string", "parameters": {}}],
            tool_choice="string",
            temperature=0.0,
            max_response_output_tokens=0,
        )
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.realtime.sessions.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SessionCreateResponse, result, path=["response"])

    @pytest.mark.skip(
        reason="the spec requires client_secret, the SDK's frozen beta API leaves it optional; Prism rejects the minimal call"
    )
    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.realtime.sessions.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(SessionCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
