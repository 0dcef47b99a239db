"""Credentials: api keys, admin keys (OPENAI_ADMIN_KEY), keyless requests, and the errors when none resolves."""

from __future__ import annotations

from typing import List

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI, omit

from .conftest import Server, json_answer, sync_client, async_client

AUTH_ERROR = (
    '"Could not resolve authentication method. Expected either api_key or admin_api_key to be set. '
    'Or for one of the `Authorization` or `Authorization` headers to be explicitly omitted"'
)


def test_admin_endpoints_use_the_admin_key_even_beside_an_api_key(server: Server) -> None:
    client = sync_client(server, admin_api_key="sk-admin")
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    client.admin.organization.users.list()
    assert server.last.url.path == "/v1/organization/users"
    assert server.last.headers["Authorization"] == "Bearer sk-admin"
    client.models.list()
    assert server.last.headers["Authorization"] == "Bearer sk-compat-test"


def test_admin_key_from_the_environment_alone(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "sk-admin-env")
    client = OpenAI(base_url="http://t/v1", http_client=httpx.Client(transport=httpx.MockTransport(server)))
    assert client.admin_api_key == "sk-admin-env"
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    client.admin.organization.admin_api_keys.list()
    assert server.last.headers["Authorization"] == "Bearer sk-admin-env"
    # A non-admin call has no credential to use: the official TypeError, quotes included.
    with pytest.raises(TypeError) as info:
        client.models.list()
    assert str(info.value) == AUTH_ERROR
    assert len(server.requests) == 1


def test_an_empty_api_key_is_accepted_at_construction_and_refused_at_request_time(server: Server) -> None:
    client = sync_client(server, api_key="")
    with pytest.raises(TypeError) as info:
        client.models.list()
    assert str(info.value) == AUTH_ERROR
    assert server.requests == []


def test_omitting_authorization_sends_a_keyless_request(server: Server) -> None:
    client = sync_client(server, api_key="")
    server.script(json_answer({"object": "list", "data": []}))
    client.models.list(extra_headers={"Authorization": omit})
    assert "Authorization" not in server.last.headers

    # A gateway adding its own credentials: default_headers may set Authorization for every request.
    gateway = sync_client(server, default_headers={"Authorization": "Bearer gateway-token"})
    gateway.models.list()
    assert server.last.headers["Authorization"] == "Bearer gateway-token"


def test_api_key_callable_is_asked_before_each_request(server: Server) -> None:
    keys: List[str] = []

    def provide() -> str:
        keys.append(f"sk-rotated-{len(keys) + 1}")
        return keys[-1]

    client = sync_client(server, api_key=provide)
    server.script(json_answer({"object": "list", "data": []}))
    client.models.list()
    client.models.list()
    assert [r.headers["Authorization"] for r in server.requests] == ["Bearer sk-rotated-1", "Bearer sk-rotated-2"]


async def test_async_api_key_provider_may_be_a_coroutine(server: Server) -> None:
    async def provide() -> str:
        return "sk-async-provided"

    client = async_client(server, api_key=provide)
    server.script(json_answer({"object": "list", "data": []}))
    await client.models.list()
    assert server.last.headers["Authorization"] == "Bearer sk-async-provided"
    await client.close()


def test_async_client_with_admin_key_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "sk-admin-env")
    assert AsyncOpenAI().admin_api_key == "sk-admin-env"
