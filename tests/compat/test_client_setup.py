"""Client construction as the official README documents it: environment variables, options, copies, closing."""

from __future__ import annotations

import math

import httpx
import pytest

import openai
from openai import OpenAI, AsyncOpenAI, OpenAIError

from .conftest import API_KEY, MESSAGES, Server, json_answer, sync_client, async_client, chat_completion


def test_missing_key_raises_openai_error_with_the_documented_message() -> None:
    with pytest.raises(OpenAIError) as info:
        OpenAI()
    assert str(info.value) == (
        "The api_key client option must be set either by passing api_key to the client "
        "or by setting the OPENAI_API_KEY environment variable"
    )
    with pytest.raises(OpenAIError):
        AsyncOpenAI()


def test_environment_configures_a_client_built_without_arguments(
    monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", "whsec_env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:4010/v1")
    server.script(json_answer({"object": "list", "data": []}))

    client = OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(server)))
    assert (client.api_key, client.organization, client.project) == ("sk-from-env", "org-env", "proj-env")
    assert client.webhook_secret == "whsec_env"
    assert client.base_url == "http://localhost:4010/v1/"

    client.models.list()
    sent = server.last
    assert str(sent.url) == "http://localhost:4010/v1/models"
    assert sent.headers["Authorization"] == "Bearer sk-from-env"
    assert sent.headers["OpenAI-Organization"] == "org-env"
    assert sent.headers["OpenAI-Project"] == "proj-env"


def test_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env.example/v1")
    client = sync_client(server, api_key="sk-arg", base_url="http://arg.example/v2", project="proj-arg")
    client.models.list()
    assert str(server.last.url) == "http://arg.example/v2/models"
    assert server.last.headers["Authorization"] == "Bearer sk-arg"
    assert server.last.headers["OpenAI-Project"] == "proj-arg"
    assert "OpenAI-Organization" not in server.last.headers


def test_an_empty_base_url_variable_falls_back_to_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "")
    assert OpenAI(api_key=API_KEY).base_url == "https://api.openai.com/v1/"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://localhost:8080/v1", "http://localhost:8080/v1/models"),
        ("http://localhost:8080/v1/", "http://localhost:8080/v1/models"),
        ("http://localhost:8080", "http://localhost:8080/models"),
    ],
)
def test_base_url_with_or_without_trailing_slash_joins_paths(server: Server, given: str, expected: str) -> None:
    client = sync_client(server, base_url=given)
    assert str(client.base_url).endswith("/")
    client.models.list()
    assert str(server.last.url) == expected


def test_base_url_can_be_changed_after_construction(server: Server) -> None:
    client = sync_client(server)
    client.base_url = "http://changed.example/v9"  # type: ignore[assignment]
    client.models.list()
    assert str(server.last.url) == "http://changed.example/v9/models"


def test_documented_defaults() -> None:
    client = OpenAI(api_key=API_KEY)
    assert client.max_retries == openai.DEFAULT_MAX_RETRIES == 2
    # "By default requests time out after 10 minutes", connecting after 5 seconds.
    assert client.timeout == openai.DEFAULT_TIMEOUT == httpx.Timeout(600.0, connect=5.0)
    assert client.base_url == "https://api.openai.com/v1/"
    assert client.organization is None and client.project is None and client.webhook_secret is None


def test_timeout_as_float_and_as_httpx_timeout_reach_the_transport(server: Server) -> None:
    client = sync_client(server, timeout=20.0)
    client.models.list()
    assert server.last.extensions["timeout"] == {"connect": 20.0, "read": 20.0, "write": 20.0, "pool": 20.0}
    assert server.last.headers["x-stainless-read-timeout"] == "20.0"

    granular = httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0)
    client = sync_client(server, timeout=granular)
    client.models.list()
    assert server.last.extensions["timeout"] == {"connect": 2.0, "read": 5.0, "write": 10.0, "pool": 60.0}
    assert server.last.headers["x-stainless-read-timeout"] == "5.0"

    # Per request, as in `client.with_options(timeout=5.0)` and `create(..., timeout=...)`.
    client.with_options(timeout=5.0).models.list()
    assert server.last.extensions["timeout"]["read"] == 5.0
    client.models.list(timeout=httpx.Timeout(30.0, read=7.0))
    assert server.last.extensions["timeout"] == {"connect": 30.0, "read": 7.0, "write": 30.0, "pool": 30.0}
    assert server.last.headers["x-stainless-read-timeout"] == "7.0"


def test_max_retries_none_is_refused_with_directions() -> None:
    with pytest.raises(TypeError, match="max_retries cannot be None"):
        OpenAI(api_key=API_KEY, max_retries=None)  # type: ignore[arg-type]


def test_unlimited_retries_are_accepted() -> None:
    assert OpenAI(api_key=API_KEY, max_retries=math.inf).max_retries == math.inf  # type: ignore[arg-type]


def test_with_options_returns_a_new_client_and_leaves_the_original_alone(server: Server) -> None:
    client = sync_client(server, default_headers={"X-Team": "a"})
    configured = client.with_options(max_retries=5, timeout=3.0, default_headers={"X-Extra": "b"})
    assert configured is not client
    assert (configured.max_retries, configured.timeout) == (5, 3.0)
    assert client.max_retries == 2

    server.script(json_answer(chat_completion()))
    configured.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    # default_headers given to with_options/copy are merged over the client's own.
    assert server.last.headers["X-Team"] == "a"
    assert server.last.headers["X-Extra"] == "b"


def test_copy_set_default_headers_and_query_replace_instead_of_merging(server: Server) -> None:
    client = sync_client(server, default_headers={"X-Team": "a"}, default_query={"team": "a"})
    replaced = client.copy(set_default_headers={"X-Only": "1"}, set_default_query={"only": "1"})
    replaced.models.list()
    assert "X-Team" not in server.last.headers
    assert server.last.headers["X-Only"] == "1"
    assert server.last.url.params.get("team") is None and server.last.url.params["only"] == "1"

    with pytest.raises(ValueError):
        client.copy(default_headers={"a": "b"}, set_default_headers={"c": "d"})
    with pytest.raises(ValueError):
        client.copy(default_query={"a": "b"}, set_default_query={"c": "d"})


def test_copy_changes_credentials_and_organization(server: Server) -> None:
    client = sync_client(server, organization="org-a")
    other = client.copy(api_key="sk-other", organization="org-b")
    other.models.list()
    assert server.last.headers["Authorization"] == "Bearer sk-other"
    assert server.last.headers["OpenAI-Organization"] == "org-b"
    client.models.list()
    assert server.last.headers["Authorization"] == f"Bearer {API_KEY}"


def test_http_client_of_the_wrong_kind_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        OpenAI(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        AsyncOpenAI(api_key=API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_default_httpx_client_as_documented_for_proxies_and_transports(server: Server) -> None:
    http_client = openai.DefaultHttpxClient(transport=httpx.MockTransport(server))
    client = OpenAI(api_key=API_KEY, base_url="http://proxy.example/v1", http_client=http_client)
    client.models.list()
    assert str(server.last.url) == "http://proxy.example/v1/models"
    # The SDK's defaults (timeout, redirects) stay on the user's DefaultHttpxClient.
    assert http_client.timeout == openai.DEFAULT_TIMEOUT
    assert http_client.follow_redirects is True
    client.close()


def test_context_manager_and_close_mark_the_client_closed(server: Server) -> None:
    with sync_client(server) as client:
        client.models.list()
        assert not client.is_closed()
    assert client.is_closed()


def test_a_client_closed_before_any_request_reports_closed() -> None:
    client = OpenAI(api_key=API_KEY)
    client.close()
    assert client.is_closed()

    with OpenAI(api_key=API_KEY) as in_block:
        pass
    assert in_block.is_closed()


async def test_async_client_closed_before_any_request_reports_closed() -> None:
    client = AsyncOpenAI(api_key=API_KEY)
    await client.close()
    assert client.is_closed()

    async with AsyncOpenAI(api_key=API_KEY) as in_block:
        pass
    assert in_block.is_closed()


async def test_async_context_manager_closes(server: Server) -> None:
    async with async_client(server) as client:
        server.script(json_answer({"object": "list", "data": []}))
        await client.models.list()
        assert not client.is_closed()
    assert client.is_closed()


def test_a_request_after_close_fails_as_a_connection_error(server: Server) -> None:
    client = sync_client(server, max_retries=0)
    client.close()
    with pytest.raises(openai.APIConnectionError):
        client.models.list()
    assert server.requests == []


async def test_async_with_options_and_env(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-async-env")
    client = AsyncOpenAI(
        base_url="http://async.example/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server.handle_async)),
    )
    server.script(json_answer({"object": "list", "data": []}))
    await client.with_options(timeout=4.0).models.list()
    assert server.last.headers["Authorization"] == "Bearer sk-async-env"
    assert server.last.headers["x-stainless-read-timeout"] == "4.0"
    assert server.last.headers["X-Stainless-Async"].startswith("async:")
    await client.close()
