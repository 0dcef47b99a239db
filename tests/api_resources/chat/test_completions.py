# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.pagination import SyncCursorPage, AsyncCursorPage
from tests.api_resources._assert import assert_matches_type
from openai.types.chat.chat_completion import ChatCompletion
from openai.types.chat.chat_completion_deleted import ChatCompletionDeleted


class TestCompletions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.chat.completions.create(messages=[{"content": "string", "role": "developer"}], model="string")
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.chat.completions.create(
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1.0,
            top_p=1.0,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            messages=[{"content": "string", "role": "developer"}],
            model="string",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=0,
            frequency_penalty=-2.0,
            presence_penalty=-2.0,
            web_search_options={
                "user_location": {
                    "type": "approximate",
                    "approximate": {"country": "string", "region": "string", "city": "string", "timezone": "string"},
                },
                "search_context_size": "low",
            },
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=True,
            stop="string",
            logit_bias={"foo": 0},
            logprobs=True,
            max_tokens=0,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=-9223372036854776000,
            stream_options={"include_usage": True, "include_obfuscation": True},
            tools=[{"type": "function", "function": {"name": "string"}}],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"description": "string", "name": "string", "parameters": {"foo": "bar"}}],
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_create_streaming(self, client: OpenAI) -> None:
        stream = client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        )
        stream.close()

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.chat.completions.delete("completion_id")
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.delete("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.delete("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletionDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id` but received ''"):
            client.chat.completions.with_raw_response.delete("")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.chat.completions.list()
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.chat.completions.list(
            model="string", metadata={"foo": "string"}, after="string", limit=0, order="asc"
        )
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.chat.completions.retrieve("completion_id")
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.retrieve("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.retrieve("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id` but received ''"):
            client.chat.completions.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.chat.completions.update("completion_id", metadata={"foo": "string"})
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.update("completion_id", metadata={"foo": "string"})

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.update(
            "completion_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id` but received ''"):
            client.chat.completions.with_raw_response.update("", metadata={"foo": "string"})


class TestAsyncCompletions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1.0,
            top_p=1.0,
            user="user-1234",
            safety_identifier="safety-identifier-1234",
            prompt_cache_key="prompt-cache-key-1234",
            service_tier="auto",
            prompt_cache_retention="in_memory",
            messages=[{"content": "string", "role": "developer"}],
            model="string",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=0,
            frequency_penalty=-2.0,
            presence_penalty=-2.0,
            web_search_options={
                "user_location": {
                    "type": "approximate",
                    "approximate": {"country": "string", "region": "string", "city": "string", "timezone": "string"},
                },
                "search_context_size": "low",
            },
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=True,
            stop="string",
            logit_bias={"foo": 0},
            logprobs=True,
            max_tokens=0,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=-9223372036854776000,
            stream_options={"include_usage": True, "include_obfuscation": True},
            tools=[{"type": "function", "function": {"name": "string"}}],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"description": "string", "name": "string", "parameters": {"foo": "bar"}}],
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_create_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        )
        await stream.close()

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.delete("completion_id")
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.delete("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.delete("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletionDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id` but received ''"):
            await async_client.chat.completions.with_raw_response.delete("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.list()
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.list(
            model="string", metadata={"foo": "string"}, after="string", limit=0, order="asc"
        )
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.retrieve("completion_id")
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.retrieve("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.retrieve("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id` but received ''"):
            await async_client.chat.completions.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.update("completion_id", metadata={"foo": "string"})
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.update(
            "completion_id", metadata={"foo": "string"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.update(
            "completion_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id` but received ''"):
            await async_client.chat.completions.with_raw_response.update("", metadata={"foo": "string"})
