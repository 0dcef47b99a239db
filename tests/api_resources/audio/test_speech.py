# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from openai._legacy_response import HttpxBinaryResponseContent


class TestSpeech:
    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.speech.create(model="string", input="string", voice="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.speech.create(
            model="string",
            input="string",
            instructions="string",
            voice="string",
            response_format="mp3",
            speed=0.25,
            stream_format="sse",
        )
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.speech.with_raw_response.create(model="string", input="string", voice="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.speech.with_streaming_response.create(
            model="string", input="string", voice="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            data = response.read()
            assert isinstance(data, bytes)

        assert cast(Any, response.is_closed) is True


class TestAsyncSpeech:
    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.speech.create(model="string", input="string", voice="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.speech.create(
            model="string",
            input="string",
            instructions="string",
            voice="string",
            response_format="mp3",
            speed=0.25,
            stream_format="sse",
        )
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.speech.with_raw_response.create(
            model="string", input="string", voice="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.speech.with_streaming_response.create(
            model="string", input="string", voice="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            data = await response.read()
            assert isinstance(data, bytes)

        assert cast(Any, response.is_closed) is True
