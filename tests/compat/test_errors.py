"""Errors and retries through real resource calls, as the README's "Handling errors" and "Retries" sections say."""

from __future__ import annotations

from typing import Type

import httpx
import pytest

import openai
from openai import OpenAI

from .conftest import MESSAGES, Server, error_body, json_answer, sync_client, async_client, model_object


@pytest.mark.parametrize(
    ("status", "error_class", "attempts"),
    [
        (400, openai.BadRequestError, 1),
        (401, openai.AuthenticationError, 1),
        (403, openai.PermissionDeniedError, 1),
        (404, openai.NotFoundError, 1),
        (408, openai.APIStatusError, 3),
        (409, openai.ConflictError, 3),
        (422, openai.UnprocessableEntityError, 1),
        (429, openai.RateLimitError, 3),
        (500, openai.InternalServerError, 3),
        (502, openai.InternalServerError, 3),
        (503, openai.InternalServerError, 3),
        (418, openai.APIStatusError, 1),
    ],
)
def test_each_status_raises_its_class_after_the_default_retries(
    server: Server, status: int, error_class: Type[openai.APIStatusError], attempts: int
) -> None:
    server.script(json_answer(error_body(), status=status, headers={"x-request-id": f"req_{status}"}))
    client = sync_client(server)
    with pytest.raises(error_class) as info:
        client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    error = info.value
    assert type(error) is error_class
    assert isinstance(error, openai.APIError) and isinstance(error, openai.OpenAIError)
    assert len(server.requests) == attempts
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == [str(n) for n in range(attempts)]
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.request_id == f"req_{status}"
    assert error.request.url == server.last.url
    assert error.body == error_body()["error"]
    assert (error.code, error.param, error.type) == ("some_code", None, "invalid_request_error")
    assert error.message == f"Error code: {status} - {error_body()!r}"
    assert str(error) == error.message


def test_documented_catch_order_works(server: Server) -> None:
    # The README's example: APIConnectionError, RateLimitError, APIStatusError in that order.
    server.script(json_answer(error_body("slow down"), status=429))
    client = sync_client(server, max_retries=0)
    caught = None
    try:
        client.fine_tuning.jobs.create(model="gpt-4o", training_file="file-abc123")
    except openai.APIConnectionError:
        caught = "connection"
    except openai.RateLimitError as e:
        caught = "rate"
        assert e.status_code == 429
        assert e.response.headers.get("content-type") == "application/json"
    except openai.APIStatusError:
        caught = "status"
    assert caught == "rate"


def test_error_bodies_that_are_not_the_usual_shape(server: Server) -> None:
    client = sync_client(server, max_retries=0)

    server.script(json_answer({"message": "no error wrapper"}, status=400))
    with pytest.raises(openai.BadRequestError) as info:
        client.models.list()
    assert info.value.body == {"message": "no error wrapper"}
    assert info.value.code is None and info.value.type is None
    assert info.value.message == "Error code: 400 - {'message': 'no error wrapper'}"

    server.script(httpx.Response(502, text="Bad Gateway from the proxy"))
    with pytest.raises(openai.InternalServerError) as server_error:
        client.models.list()
    assert server_error.value.message == "Bad Gateway from the proxy"
    assert server_error.value.body == "Bad Gateway from the proxy"

    server.script(httpx.Response(403, content=b""))
    with pytest.raises(openai.PermissionDeniedError) as empty:
        client.models.list()
    assert empty.value.message == "Error code: 403"
    assert empty.value.request_id is None


def test_connection_errors_are_retried_twice_then_raised(server: Server) -> None:
    server.script(httpx.ConnectError("connection refused"))
    client = sync_client(server)
    with pytest.raises(openai.APIConnectionError) as info:
        client.models.list()
    assert type(info.value) is openai.APIConnectionError
    assert info.value.message == "Connection error."
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.request.url == "https://api.example.test/v1/models"
    assert len(server.requests) == 3


def test_timeouts_raise_api_timeout_error_a_connection_error_subclass(server: Server) -> None:
    server.script(httpx.ReadTimeout("read timed out"))
    client = sync_client(server, max_retries=1)
    with pytest.raises(openai.APITimeoutError) as info:
        client.models.list()
    assert isinstance(info.value, openai.APIConnectionError)
    assert str(info.value) == "Request timed out."
    assert len(server.requests) == 2


def test_a_retry_that_succeeds_returns_the_result(server: Server) -> None:
    server.script(
        json_answer(error_body(), status=503),
        httpx.ConnectError("reset"),
        json_answer(model_object("gpt-4o"), headers={"x-request-id": "req_ok"}),
    )
    client = sync_client(server)
    model = client.models.retrieve("gpt-4o")
    assert model.id == "gpt-4o"
    assert model._request_id == "req_ok"
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1", "2"]


def test_max_retries_per_client_and_per_request(server: Server) -> None:
    server.script(json_answer(error_body(), status=500))
    client = sync_client(server, max_retries=0)
    with pytest.raises(openai.InternalServerError):
        client.models.list()
    assert len(server.requests) == 1

    server.requests.clear()
    more = client.with_options(max_retries=4)
    more._sleep = lambda seconds: None  # type: ignore[method-assign]  # the copy sleeps for real otherwise
    with pytest.raises(openai.InternalServerError):
        more.models.list()
    assert len(server.requests) == 5


def test_x_should_retry_header_decides(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer(error_body(), status=500, headers={"x-should-retry": "false"}))
    with pytest.raises(openai.InternalServerError):
        client.models.list()
    assert len(server.requests) == 1

    server.requests.clear()
    server.script(
        json_answer(error_body(), status=400, headers={"x-should-retry": "true"}), json_answer(model_object("m"))
    )
    assert client.models.retrieve("m").id == "m"
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("headers", "expected_sleep"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "30"}, 0.25),
    ],
)
def test_retry_after_headers_set_the_wait(server: Server, headers: dict[str, str], expected_sleep: float) -> None:
    server.script(json_answer(error_body(), status=429, headers=headers), json_answer(model_object("m")))
    sleeps: list[float] = []
    client = OpenAI(
        api_key="sk", base_url="http://t/v1", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]
    client.models.retrieve("m")
    assert sleeps == [pytest.approx(expected_sleep)]  # type: ignore[comparison-overlap]


def test_without_retry_after_the_backoff_starts_near_half_a_second(server: Server) -> None:
    server.script(json_answer(error_body(), status=500))
    sleeps: list[float] = []
    client = OpenAI(
        api_key="sk",
        base_url="http://t/v1",
        max_retries=2,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]
    with pytest.raises(openai.InternalServerError):
        client.models.list()
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


async def test_async_errors_and_retries(server: Server) -> None:
    server.script(
        json_answer(error_body(), status=429),
        json_answer(
            error_body("missing", code="model_not_found", param="model"), status=404, headers={"x-request-id": "r"}
        ),
    )
    client = async_client(server)
    with pytest.raises(openai.NotFoundError) as info:
        await client.models.retrieve("missing")
    assert (info.value.code, info.value.param, info.value.request_id) == ("model_not_found", "model", "r")
    assert len(server.requests) == 2

    server.requests.clear()
    server.script(httpx.ConnectTimeout("connect timed out"))
    with pytest.raises(openai.APITimeoutError):
        await client.models.list()
    assert len(server.requests) == 3
    await client.close()


def test_invalid_json_on_success_raises_validation_error_with_the_response(server: Server) -> None:
    server.script(httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}))
    client = sync_client(server)
    with pytest.raises(openai.APIResponseValidationError) as info:
        client.models.retrieve("m")
    assert info.value.status_code == 200
    assert info.value.response.content == b"{not json"


def test_strict_response_validation_rejects_a_wrong_shape(server: Server) -> None:
    server.script(json_answer({"id": 123, "object": "model"}))
    lenient = sync_client(server)
    assert lenient.models.retrieve("m").id == 123  # kept as received, no validation by default
    strict = sync_client(server, _strict_response_validation=True)
    with pytest.raises(openai.APIResponseValidationError):
        strict.models.retrieve("m")


def test_error_fields_are_kept_as_the_api_sent_them(server: Server) -> None:
    server.script(json_answer({"error": {"message": "m", "code": 1234, "param": None, "type": "t"}}, status=400))
    with pytest.raises(openai.BadRequestError) as info:
        sync_client(server, max_retries=0).models.list()
    assert info.value.code == 1234  # type: ignore[comparison-overlap]  # not dropped for not being a string
    assert (info.value.param, info.value.type) == (None, "t")

    server.script(json_answer({"error": "plain string error"}, status=400))
    with pytest.raises(openai.BadRequestError) as plain:
        sync_client(server, max_retries=0).models.list()
    assert plain.value.body == "plain string error"
    assert plain.value.code is None


@pytest.mark.parametrize(
    "headers",
    [{"retry-after": "0"}, {"retry-after": "61"}, {"retry-after-ms": "0"}, {"retry-after": "soon"}],
)
def test_unreasonable_retry_after_falls_back_to_the_backoff(server: Server, headers: dict[str, str]) -> None:
    # Only waits in (0, 60] seconds are obeyed; anything else uses the ~0.5 s exponential backoff.
    server.script(json_answer(error_body(), status=429, headers=headers), json_answer(model_object("m")))
    sleeps: list[float] = []
    client = OpenAI(
        api_key="sk", base_url="http://t/v1", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]
    client.models.retrieve("m")
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


def test_sixty_seconds_is_still_obeyed(server: Server) -> None:
    server.script(json_answer(error_body(), status=503, headers={"retry-after": "60"}), json_answer(model_object("m")))
    sleeps: list[float] = []
    client = OpenAI(
        api_key="sk", base_url="http://t/v1", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]
    client.models.retrieve("m")
    assert sleeps == [60.0]
