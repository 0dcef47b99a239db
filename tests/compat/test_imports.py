"""Names and import paths the README uses, and the small helpers exported at the top level."""

from __future__ import annotations

import importlib
from typing import Any, Dict, cast

import httpx
import pytest
import pydantic

import openai


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            "openai",
            [
                "OpenAI",
                "AsyncOpenAI",
                "AzureOpenAI",
                "AsyncAzureOpenAI",
                "Client",
                "AsyncClient",
                "OpenAIError",
                "APIError",
                "APIStatusError",
                "APIConnectionError",
                "APITimeoutError",
                "APIResponseValidationError",
                "BadRequestError",
                "AuthenticationError",
                "PermissionDeniedError",
                "NotFoundError",
                "ConflictError",
                "UnprocessableEntityError",
                "RateLimitError",
                "InternalServerError",
                "LengthFinishReasonError",
                "ContentFilterFinishReasonError",
                "InvalidWebhookSignatureError",
                "NOT_GIVEN",
                "NotGiven",
                "not_given",
                "Omit",
                "omit",
                "BaseModel",
                "Stream",
                "AsyncStream",
                "APIResponse",
                "AsyncAPIResponse",
                "RequestOptions",
                "Timeout",
                "DEFAULT_TIMEOUT",
                "DEFAULT_MAX_RETRIES",
                "DEFAULT_CONNECTION_LIMITS",
                "DefaultHttpxClient",
                "DefaultAsyncHttpxClient",
                "DefaultAioHttpClient",
                "file_from_path",
                "pydantic_function_tool",
                "AssistantEventHandler",
                "AsyncAssistantEventHandler",
                "HttpxBinaryResponseContent",
            ],
        ),
        (
            "openai.types.chat",
            [
                "ChatCompletion",
                "ChatCompletionChunk",
                "ChatCompletionMessage",
                "ChatCompletionMessageParam",
                "ChatCompletionToolParam",
                "ChatCompletionUserMessageParam",
                "ParsedChatCompletion",
            ],
        ),
        ("openai.types", ["FileObject", "Model", "Completion", "CreateEmbeddingResponse", "Batch", "ChatModel"]),
        ("openai.types.responses", ["Response", "ResponseStreamEvent", "ResponseInputParam", "ParsedResponse"]),
        ("openai.types.shared_params", ["FunctionDefinition", "Metadata"]),
        ("openai.pagination", ["SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage"]),
        ("openai.types.webhooks", ["UnwrapWebhookEvent"]),
    ],
)
def test_documented_names_import(module: str, names: list[str]) -> None:
    imported = importlib.import_module(module)
    missing = [name for name in names if not hasattr(imported, name)]
    assert missing == []


def test_version_and_aliases() -> None:
    assert isinstance(openai.__version__, str) and openai.__version__.count(".") >= 2
    assert openai.Client is openai.OpenAI and openai.AsyncClient is openai.AsyncOpenAI
    assert openai.Timeout is httpx.Timeout
    assert openai.BaseModel.__mro__[1:].count(pydantic.BaseModel) == 1


def test_sentinels_behave_as_documented() -> None:
    assert repr(openai.NOT_GIVEN) == "NOT_GIVEN" and not openai.NOT_GIVEN
    assert openai.not_given is openai.NOT_GIVEN or repr(openai.not_given) == "NOT_GIVEN"
    assert repr(openai.omit) == "Omit()" and not openai.omit
    assert isinstance(openai.omit, openai.Omit)


def test_pydantic_function_tool_builds_a_strict_tool() -> None:
    class GetWeather(pydantic.BaseModel):
        """Get the weather for a city."""

        city: str
        unit: str = "c"

    tool = cast(Dict[str, Any], openai.pydantic_function_tool(GetWeather))
    assert tool["type"] == "function"
    function = tool["function"]
    assert function["name"] == "GetWeather"
    assert function["strict"] is True
    assert function["description"] == "Get the weather for a city."
    parameters = function["parameters"]
    assert parameters["additionalProperties"] is False
    # Strict mode: every property is required, defaults or not.
    assert sorted(parameters["required"]) == ["city", "unit"]

    named = cast(Dict[str, Any], openai.pydantic_function_tool(GetWeather, name="weather", description="Weather."))
    assert named["function"]["name"] == "weather" and named["function"]["description"] == "Weather."


def test_exception_hierarchy() -> None:
    assert issubclass(openai.APITimeoutError, openai.APIConnectionError)
    assert issubclass(openai.APIConnectionError, openai.APIError)
    assert issubclass(openai.APIResponseValidationError, openai.APIError)
    for cls, status in [
        (openai.BadRequestError, 400),
        (openai.AuthenticationError, 401),
        (openai.PermissionDeniedError, 403),
        (openai.NotFoundError, 404),
        (openai.ConflictError, 409),
        (openai.UnprocessableEntityError, 422),
        (openai.RateLimitError, 429),
        (openai.InternalServerError, 500),
    ]:
        assert issubclass(cls, openai.APIStatusError)
        if status != 500:
            assert cls.status_code == status  # type: ignore[attr-defined]
    assert issubclass(openai.APIError, openai.OpenAIError) and issubclass(openai.OpenAIError, Exception)
