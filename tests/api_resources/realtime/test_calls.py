# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from openai._legacy_response import HttpxBinaryResponseContent
from tests.api_resources._assert import assert_matches_type


class TestCalls:
    def test_method_accept(self, client: OpenAI) -> None:
        result = client.realtime.calls.accept("call_id", type="realtime")
        assert_matches_type(None, result, path=["response"])

    def test_method_accept_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.accept(
            "call_id",
            type="realtime",
            output_modalities=["text"],
            model="string",
            instructions="string",
            audio={
                "input": {
                    "format": {},
                    "transcription": {"model": "string", "language": "string", "prompt": "string", "delay": "minimal"},
                    "noise_reduction": {"type": "near_field"},
                    "turn_detection": {"type": "server_vad"},
                },
                "output": {"format": {}, "voice": "string", "speed": 0.25},
            },
            include=["item.input_audio_transcription.logprobs"],
            tracing="auto",
            tools=[{}],
            tool_choice="none",
            parallel_tool_calls=True,
            reasoning={"effort": "minimal"},
            max_output_tokens=0,
            truncation="auto",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
        )
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_accept(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.accept("call_id", type="realtime")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_accept(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.accept("call_id", type="realtime") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_accept(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            client.realtime.calls.with_raw_response.accept("", type="realtime")

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_method_create(self, client: OpenAI) -> None:
        result = client.realtime.calls.create(sdp="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.create(
            sdp="string",
            session={
                "type": "realtime",
                "output_modalities": ["text"],
                "model": "string",
                "instructions": "string",
                "audio": {
                    "input": {
                        "format": {},
                        "transcription": {
                            "model": "string",
                            "language": "string",
                            "prompt": "string",
                            "delay": "minimal",
                        },
                        "noise_reduction": {"type": "near_field"},
                        "turn_detection": {"type": "server_vad"},
                    },
                    "output": {"format": {}, "voice": "string", "speed": 0.25},
                },
                "include": ["item.input_audio_transcription.logprobs"],
                "tracing": "auto",
                "tools": [{}],
                "tool_choice": "none",
                "parallel_tool_calls": True,
                "reasoning": {"effort": "minimal"},
                "max_output_tokens": 0,
                "truncation": "auto",
                "prompt": {"id": "string", "version": "string", "variables": {"foo": "string"}},
            },
        )
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.create(sdp="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.create(sdp="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            data = response.read()
            assert isinstance(data, bytes)

        assert cast(Any, response.is_closed) is True

    def test_method_hangup(self, client: OpenAI) -> None:
        result = client.realtime.calls.hangup("call_id")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_hangup(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.hangup("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_hangup(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.hangup("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_hangup(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            client.realtime.calls.with_raw_response.hangup("")

    def test_method_refer(self, client: OpenAI) -> None:
        result = client.realtime.calls.refer("call_id", target_uri="tel:+14155550123")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_refer(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.refer("call_id", target_uri="tel:+14155550123")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_refer(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.refer("call_id", target_uri="tel:+14155550123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_refer(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            client.realtime.calls.with_raw_response.refer("", target_uri="tel:+14155550123")

    def test_method_reject(self, client: OpenAI) -> None:
        result = client.realtime.calls.reject("call_id")
        assert_matches_type(None, result, path=["response"])

    def test_method_reject_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.reject("call_id", status_code=486)
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_reject(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.reject("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_reject(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.reject("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_reject(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            client.realtime.calls.with_raw_response.reject("")


class TestAsyncCalls:
    async def test_method_accept(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.accept("call_id", type="realtime")
        assert_matches_type(None, result, path=["response"])

    async def test_method_accept_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.accept(
            "call_id",
            type="realtime",
            output_modalities=["text"],
            model="string",
            instructions="string",
            audio={
                "input": {
                    "format": {},
                    "transcription": {"model": "string", "language": "string", "prompt": "string", "delay": "minimal"},
                    "noise_reduction": {"type": "near_field"},
                    "turn_detection": {"type": "server_vad"},
                },
                "output": {"format": {}, "voice": "string", "speed": 0.25},
            },
            include=["item.input_audio_transcription.logprobs"],
            tracing="auto",
            tools=[{}],
            tool_choice="none",
            parallel_tool_calls=True,
            reasoning={"effort": "minimal"},
            max_output_tokens=0,
            truncation="auto",
            prompt={"id": "string", "version": "string", "variables": {"foo": "string"}},
        )
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_accept(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.accept("call_id", type="realtime")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_accept(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.accept("call_id", type="realtime") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_accept(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            await async_client.realtime.calls.with_raw_response.accept("", type="realtime")

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.create(sdp="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.create(
            sdp="string",
            session={
                "type": "realtime",
                "output_modalities": ["text"],
                "model": "string",
                "instructions": "string",
                "audio": {
                    "input": {
                        "format": {},
                        "transcription": {
                            "model": "string",
                            "language": "string",
                            "prompt": "string",
                            "delay": "minimal",
                        },
                        "noise_reduction": {"type": "near_field"},
                        "turn_detection": {"type": "server_vad"},
                    },
                    "output": {"format": {}, "voice": "string", "speed": 0.25},
                },
                "include": ["item.input_audio_transcription.logprobs"],
                "tracing": "auto",
                "tools": [{}],
                "tool_choice": "none",
                "parallel_tool_calls": True,
                "reasoning": {"effort": "minimal"},
                "max_output_tokens": 0,
                "truncation": "auto",
                "prompt": {"id": "string", "version": "string", "variables": {"foo": "string"}},
            },
        )
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.create(sdp="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.create(sdp="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            data = await response.read()
            assert isinstance(data, bytes)

        assert cast(Any, response.is_closed) is True

    async def test_method_hangup(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.hangup("call_id")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_hangup(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.hangup("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_hangup(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.hangup("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_hangup(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            await async_client.realtime.calls.with_raw_response.hangup("")

    async def test_method_refer(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.refer("call_id", target_uri="tel:+14155550123")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_refer(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.refer("call_id", target_uri="tel:+14155550123")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_refer(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.refer(
            "call_id", target_uri="tel:+14155550123"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_refer(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            await async_client.realtime.calls.with_raw_response.refer("", target_uri="tel:+14155550123")

    async def test_method_reject(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.reject("call_id")
        assert_matches_type(None, result, path=["response"])

    async def test_method_reject_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.reject("call_id", status_code=486)
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_reject(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.reject("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_reject(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.reject("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(None, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_reject(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id` but received ''"):
            await async_client.realtime.calls.with_raw_response.reject("")
