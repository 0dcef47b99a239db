# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.types.completion import Completion
from tests.api_resources._assert import assert_matches_type


class TestCompletions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.completions.create(model="string", prompt="This is a test.")
        assert_matches_type(Completion, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.completions.create(
            model="string",
            prompt="This is a test.",
            best_of=0,
            echo=True,
            frequency_penalty=-2.0,
            logit_bias={"foo": 0},
            logprobs=0,
            max_tokens=16,
            n=1,
            presence_penalty=-2.0,
            seed=0,
            stop="string",
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1.0,
            top_p=1.0,
            user="user-1234",
        )
        assert_matches_type(Completion, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.completions.with_raw_response.create(model="string", prompt="This is a test.")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Completion, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.completions.with_streaming_response.create(model="string", prompt="This is a test.") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Completion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_create_streaming(self, client: OpenAI) -> None:
        stream = client.completions.create(model="string", prompt="This is a test.", stream=True)
        stream.close()


class TestAsyncCompletions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(model="string", prompt="This is a test.")
        assert_matches_type(Completion, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(
            model="string",
            prompt="This is a test.",
            best_of=0,
            echo=True,
            frequency_penalty=-2.0,
            logit_bias={"foo": 0},
            logprobs=0,
            max_tokens=16,
            n=1,
            presence_penalty=-2.0,
            seed=0,
            stop="string",
            stream_options={"include_usage": True, "include_obfuscation": True},
            suffix="test.",
            temperature=1.0,
            top_p=1.0,
            user="user-1234",
        )
        assert_matches_type(Completion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.completions.with_raw_response.create(model="string", prompt="This is a test.")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Completion, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.completions.with_streaming_response.create(
            model="string", prompt="This is a test."
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Completion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_create_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.completions.create(model="string", prompt="This is a test.", stream=True)
        await stream.close()
