# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.api_resources._assert import assert_matches_type
from openai.types.images_response import ImagesResponse


class TestImages:
    def test_method_create_variation(self, client: OpenAI) -> None:
        result = client.images.create_variation(image=b"raw file contents")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_create_variation_with_all_params(self, client: OpenAI) -> None:
        result = client.images.create_variation(
            image=b"raw file contents", model="string", n=1, response_format="url", size="256x256", user="user-1234"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_create_variation(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.create_variation(image=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_create_variation(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_edit(self, client: OpenAI) -> None:
        result = client.images.edit(image=b"raw file contents", prompt="A cute baby sea otter wearing a beret")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_edit_with_all_params(self, client: OpenAI) -> None:
        result = client.images.edit(
            image=b"raw file contents",
            prompt="A cute baby sea otter wearing a beret",
            mask=b"raw file contents",
            background="transparent",
            model="string",
            n=1,
            size="string",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="user-1234",
            input_fidelity="high",
            partial_images=1,
            quality="standard",
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_edit(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_edit(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_edit_streaming(self, client: OpenAI) -> None:
        stream = client.images.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        )
        stream.close()

    def test_method_generate(self, client: OpenAI) -> None:
        result = client.images.generate(prompt="A cute baby sea otter")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_generate_with_all_params(self, client: OpenAI) -> None:
        result = client.images.generate(
            prompt="A cute baby sea otter",
            model="string",
            n=1,
            quality="standard",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="string",
            moderation="low",
            background="transparent",
            style="vivid",
            user="user-1234",
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_generate(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="A cute baby sea otter")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_generate(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="A cute baby sea otter") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_generate_streaming(self, client: OpenAI) -> None:
        stream = client.images.generate(prompt="A cute baby sea otter", stream=True)
        stream.close()


class TestAsyncImages:
    async def test_method_create_variation(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.create_variation(image=b"raw file contents")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_create_variation_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.create_variation(
            image=b"raw file contents", model="string", n=1, response_format="url", size="256x256", user="user-1234"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.create_variation(image=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_edit(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_edit_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            image=b"raw file contents",
            prompt="A cute baby sea otter wearing a beret",
            mask=b"raw file contents",
            background="transparent",
            model="string",
            n=1,
            size="string",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="user-1234",
            input_fidelity="high",
            partial_images=1,
            quality="standard",
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_edit(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_edit(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_edit_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.edit(
            image=b"raw file contents", prompt="A cute baby sea otter wearing a beret", stream=True
        )
        await stream.close()

    async def test_method_generate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(prompt="A cute baby sea otter")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_generate_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(
            prompt="A cute baby sea otter",
            model="string",
            n=1,
            quality="standard",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=1,
            size="string",
            moderation="low",
            background="transparent",
            style="vivid",
            user="user-1234",
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_generate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="A cute baby sea otter")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_generate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(prompt="A cute baby sea otter") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_generate_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.images.generate(prompt="A cute baby sea otter", stream=True)
        await stream.close()
