"""Status codes become the documented exception classes, carrying the server's error details."""

from __future__ import annotations

from typing import Type

import httpx
import pytest

import openai
from openai import (
    APIError,
    OpenAIError,
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    BadRequestError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

from .conftest import API_KEY, Recorder, make_client, make_async_client


@pytest.mark.parametrize(
    ("status", "error_cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_exception_class(status: int, error_cls: Type[APIStatusError]) -> None:
    client = make_client(Recorder(httpx.Response(status, json={"error": {"message": "boom"}})), max_retries=0)
    with pytest.raises(error_cls) as info:
        client.get("/models", cast_to=dict)
    assert type(info.value) is error_cls
    assert info.value.status_code == status
    assert isinstance(info.value, APIError) and isinstance(info.value, OpenAIError)


def test_not_found_matches_the_official_attributes() -> None:
    body = {
        "error": {
            "message": "no such model",
            "type": "invalid_request_error",
            "param": "model",
            "code": "model_not_found",
        }
    }
    client = make_client(Recorder(httpx.Response(404, json=body, headers={"x-request-id": "req_404"})))
    with pytest.raises(NotFoundError) as info:
        client.get("/models/missing", cast_to=dict)
    err = info.value
    assert err.status_code == 404
    assert err.body == body["error"]
    assert (err.code, err.param, err.type) == ("model_not_found", "model", "invalid_request_error")
    assert err.request_id == "req_404"
    assert err.message == (
        "Error code: 404 - {'error': {'message': 'no such model', 'type': 'invalid_request_error', "
        "'param': 'model', 'code': 'model_not_found'}}"
    )
    assert str(err) == err.message
    assert str(err.request.url) == "https://api.example.test/v1/models/missing"
    assert err.response.status_code == 404
    assert API_KEY not in str(err) and API_KEY not in repr(err)


def test_non_json_error_body_is_the_message() -> None:
    client = make_client(Recorder(httpx.Response(400, text="plain failure")))
    with pytest.raises(BadRequestError) as info:
        client.get("/models", cast_to=dict)
    assert info.value.message == "plain failure"
    assert info.value.body == "plain failure"
    assert info.value.code is None


def test_empty_error_body() -> None:
    client = make_client(Recorder(httpx.Response(403)))
    with pytest.raises(PermissionDeniedError) as info:
        client.get("/models", cast_to=dict)
    assert info.value.message == "Error code: 403"


async def test_async_status_mapping(anyio_backend: str) -> None:
    client = make_async_client(Recorder(httpx.Response(422, json={"error": {"message": "bad", "param": "x"}})))
    with pytest.raises(UnprocessableEntityError) as info:
        await client.post("/x", cast_to=dict, body={})
    assert info.value.param == "x"


def test_exception_tree_and_class_attributes() -> None:
    assert issubclass(openai.APITimeoutError, openai.APIConnectionError)
    assert issubclass(openai.APIResponseValidationError, APIError)
    assert issubclass(openai.OAuthError, AuthenticationError)
    assert issubclass(openai.InvalidWebhookSignatureError, ValueError)
    assert NotFoundError.status_code == 404 and RateLimitError.status_code == 429
    request = httpx.Request("GET", "https://x.test")
    assert openai.APIConnectionError(request=request).message == "Connection error."
    assert openai.APITimeoutError(request).message == "Request timed out."
    response = httpx.Response(200, request=request)
    err = openai.APIResponseValidationError(response, {"a": 1})
    assert err.status_code == 200 and err.body == {"a": 1}
    assert openai.WebSocketConnectionClosedError("closed", unsent_messages=["m"]).unsent_messages == ["m"]
    assert "content filter" in str(openai.ContentFilterFinishReasonError())
