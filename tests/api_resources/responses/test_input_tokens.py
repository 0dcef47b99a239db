# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.api_resources._assert import assert_matches_type
from openai.types.responses.input_token_count_response import InputTokenCountResponse


class TestInputTokens:
    def test_method_count(self, client: OpenAI) -> None:
        result = client.responses.input_tokens.count()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    def test_method_count_with_all_params(self, client: OpenAI) -> None:
        result = client.responses.input_tokens.count(
            model="string",
            input="string",
            previous_response_id="resp_123",
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "bar"}, "strict": True}],
            text={"format": {"type": "text"}, "verbosity": "low"},
            reasoning={"effort": "none", "summary": "auto", "generate_summary": "auto"},
            truncation="auto",
            instructions="string",
            conversation="string",
            tool_choice="none",
            parallel_tool_calls=True,
        )
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    def test_raw_response_count(self, client: OpenAI) -> None:
        response = client.responses.input_tokens.with_raw_response.count()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    def test_streaming_response_count(self, client: OpenAI) -> None:
        with client.responses.input_tokens.with_streaming_response.count() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(InputTokenCountResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncInputTokens:
    async def test_method_count(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.input_tokens.count()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    async def test_method_count_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.input_tokens.count(
            model="string",
            input="string",
            previous_response_id="resp_123",
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "bar"}, "strict": True}],
            text={"format": {"type": "text"}, "verbosity": "low"},
            reasoning={"effort": "none", "summary": "auto", "generate_summary": "auto"},
            truncation="auto",
            instructions="string",
            conversation="string",
            tool_choice="none",
            parallel_tool_calls=True,
        )
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    async def test_raw_response_count(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.input_tokens.with_raw_response.count()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    async def test_streaming_response_count(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.input_tokens.with_streaming_response.count() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(InputTokenCountResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
