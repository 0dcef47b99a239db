# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from openai._legacy_response import HttpxBinaryResponseContent


class TestContent:
    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.skills.content.retrieve("skill_id")
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.skills.content.with_raw_response.retrieve("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.skills.content.with_streaming_response.retrieve("skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            data = response.read()
            assert isinstance(data, bytes)

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id` but received ''"):
            client.skills.content.with_raw_response.retrieve("")


class TestAsyncContent:
    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.content.retrieve("skill_id")
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.content.with_raw_response.retrieve("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    @pytest.mark.skip(reason="Prism's binary example responses break HTTP framing (Transfer-Encoding)")
    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.content.with_streaming_response.retrieve("skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            data = await response.read()
            assert isinstance(data, bytes)

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id` but received ''"):
            await async_client.skills.content.with_raw_response.retrieve("")
