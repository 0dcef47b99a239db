# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.api_resources._assert import assert_matches_type
from openai.types.audio.transcription_create_response import TranscriptionCreateResponse


class TestTranscriptions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(file=b"raw file contents", model="string")
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0.0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
        )
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(file=b"raw file contents", model="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_create_streaming(self, client: OpenAI) -> None:
        stream = client.audio.transcriptions.create(file=b"raw file contents", model="string", stream=True)
        stream.close()


class TestAsyncTranscriptions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(file=b"raw file contents", model="string")
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            prompt="string",
            response_format="json",
            temperature=0.0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
        )
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_create_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.audio.transcriptions.create(file=b"raw file contents", model="string", stream=True)
        await stream.close()
