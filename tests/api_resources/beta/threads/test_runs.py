# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.pagination import SyncCursorPage, AsyncCursorPage
from tests.api_resources._assert import assert_matches_type
from openai.types.beta.threads.run import Run


class TestRuns:
    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.cancel("run_id", thread_id="thread_id")
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.beta.threads.runs.with_streaming_response.cancel("run_id", thread_id="thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="")

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            client.beta.threads.runs.with_raw_response.cancel("", thread_id="thread_id")

    def test_method_create(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.create("thread_id", assistant_id="string")
        assert_matches_type(Run, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.create(
            "thread_id",
            include=["step_details.tool_calls[*].file_search.results[*].content"],
            assistant_id="string",
            model="string",
            reasoning_effort="none",
            instructions="string",
            additional_instructions="string",
            additional_messages=[
                {
                    "role": "user",
                    "content": "string",
                    "attachments": [{"file_id": "string", "tools": [{"type": "code_interpreter"}]}],
                    "metadata": {"foo": "string"},
                }
            ],
            tools=[{"type": "code_interpreter"}],
            metadata={"foo": "string"},
            temperature=1.0,
            top_p=1.0,
            max_prompt_tokens=256,
            max_completion_tokens=256,
            truncation_strategy={"type": "auto", "last_messages": 1},
            tool_choice="none",
            parallel_tool_calls=True,
            response_format="auto",
        )
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.beta.threads.runs.with_raw_response.create("thread_id", assistant_id="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.beta.threads.runs.with_streaming_response.create("thread_id", assistant_id="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_create_streaming(self, client: OpenAI) -> None:
        stream = client.beta.threads.runs.create("thread_id", assistant_id="string", stream=True)
        stream.close()

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            client.beta.threads.runs.with_raw_response.create("", assistant_id="string")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.list("thread_id")
        assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.list("thread_id", limit=0, order="asc", after="string", before="string")
        assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.beta.threads.runs.with_raw_response.list("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.beta.threads.runs.with_streaming_response.list("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[Run], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            client.beta.threads.runs.with_raw_response.list("")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.retrieve("run_id", thread_id="thread_id")
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.beta.threads.runs.with_streaming_response.retrieve("run_id", thread_id="thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="")

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            client.beta.threads.runs.with_raw_response.retrieve("", thread_id="thread_id")

    def test_method_submit_tool_outputs(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.submit_tool_outputs("run_id", thread_id="thread_id", tool_outputs=[{}])
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_submit_tool_outputs(self, client: OpenAI) -> None:
        response = client.beta.threads.runs.with_raw_response.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_submit_tool_outputs(self, client: OpenAI) -> None:
        with client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    def test_method_submit_tool_outputs_streaming(self, client: OpenAI) -> None:
        stream = client.beta.threads.runs.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
        )
        stream.close()

    def test_path_params_submit_tool_outputs(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            client.beta.threads.runs.with_raw_response.submit_tool_outputs("run_id", thread_id="", tool_outputs=[{}])

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            client.beta.threads.runs.with_raw_response.submit_tool_outputs("", thread_id="thread_id", tool_outputs=[{}])

    def test_method_update(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.update("run_id", thread_id="thread_id")
        assert_matches_type(Run, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.threads.runs.update("run_id", thread_id="thread_id", metadata={"foo": "string"})
        assert_matches_type(Run, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.beta.threads.runs.with_raw_response.update("run_id", thread_id="thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.beta.threads.runs.with_streaming_response.update("run_id", thread_id="thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            client.beta.threads.runs.with_raw_response.update("run_id", thread_id="")

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            client.beta.threads.runs.with_raw_response.update("", thread_id="thread_id")


class TestAsyncRuns:
    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.cancel("run_id", thread_id="thread_id")
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.threads.runs.with_streaming_response.cancel(
            "run_id", thread_id="thread_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="")

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.cancel("", thread_id="thread_id")

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.create("thread_id", assistant_id="string")
        assert_matches_type(Run, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.create(
            "thread_id",
            include=["step_details.tool_calls[*].file_search.results[*].content"],
            assistant_id="string",
            model="string",
            reasoning_effort="none",
            instructions="string",
            additional_instructions="string",
            additional_messages=[
                {
                    "role": "user",
                    "content": "string",
                    "attachments": [{"file_id": "string", "tools": [{"type": "code_interpreter"}]}],
                    "metadata": {"foo": "string"},
                }
            ],
            tools=[{"type": "code_interpreter"}],
            metadata={"foo": "string"},
            temperature=1.0,
            top_p=1.0,
            max_prompt_tokens=256,
            max_completion_tokens=256,
            truncation_strategy={"type": "auto", "last_messages": 1},
            tool_choice="none",
            parallel_tool_calls=True,
            response_format="auto",
        )
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.threads.runs.with_raw_response.create("thread_id", assistant_id="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.threads.runs.with_streaming_response.create(
            "thread_id", assistant_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_create_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.beta.threads.runs.create("thread_id", assistant_id="string", stream=True)
        await stream.close()

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.create("", assistant_id="string")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.list("thread_id")
        assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.list(
            "thread_id", limit=0, order="asc", after="string", before="string"
        )
        assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.threads.runs.with_raw_response.list("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.threads.runs.with_streaming_response.list("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.list("")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.retrieve("run_id", thread_id="thread_id")
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.threads.runs.with_streaming_response.retrieve(
            "run_id", thread_id="thread_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="")

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.retrieve("", thread_id="thread_id")

    async def test_method_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}]
        )
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="Prism answers text/event-stream requests with 500")
    async def test_method_submit_tool_outputs_streaming(self, async_client: AsyncOpenAI) -> None:
        stream = await async_client.beta.threads.runs.submit_tool_outputs(
            "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
        )
        await stream.close()

    async def test_path_params_submit_tool_outputs(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                "run_id", thread_id="", tool_outputs=[{}]
            )

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                "", thread_id="thread_id", tool_outputs=[{}]
            )

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.update("run_id", thread_id="thread_id")
        assert_matches_type(Run, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.threads.runs.update(
            "run_id", thread_id="thread_id", metadata={"foo": "string"}
        )
        assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.threads.runs.with_raw_response.update("run_id", thread_id="thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.threads.runs.with_streaming_response.update(
            "run_id", thread_id="thread_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Run, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.update("run_id", thread_id="")

        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id` but received ''"):
            await async_client.beta.threads.runs.with_raw_response.update("", thread_id="thread_id")
