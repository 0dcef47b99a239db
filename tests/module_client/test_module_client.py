"""The module-level client (`openai.api_key = ...; openai.models.list()`), observed on the wire."""

from __future__ import annotations

import sys
import json
import subprocess
from typing import Any, List, Iterator
from pathlib import Path

import httpx
import pytest

import openai
from openai import _module_client

SETTINGS = list(_module_client.__all__)
PAGE = {"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 0, "owned_by": "openai"}]}


@pytest.fixture(autouse=True)
def restore_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_API_TYPE"):
        monkeypatch.delenv(name, raising=False)
    saved = {name: getattr(openai, name) for name in SETTINGS}
    _module_client.reset_client()
    yield
    for name, value in saved.items():
        setattr(openai, name, value)
    _module_client.reset_client()


@pytest.fixture
def sent() -> List[httpx.Request]:
    requests: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=PAGE, headers={"x-request-id": "req_module"})

    openai.http_client = httpx.Client(transport=httpx.MockTransport(handler))
    return requests


def test_settings_have_documented_defaults() -> None:
    assert openai.api_key is None
    assert openai.organization is None
    assert openai.base_url is None
    assert openai.api_type is None
    assert openai.max_retries == openai.DEFAULT_MAX_RETRIES
    assert openai.timeout == openai.DEFAULT_TIMEOUT
    assert set(SETTINGS) <= set(dir(openai))


def test_models_list_uses_module_settings(sent: List[httpx.Request]) -> None:
    openai.api_key = "sk-module"
    openai.base_url = "https://api.example.test/v1/"
    openai.organization = "org-1"
    openai.project = "proj-1"
    openai.default_headers = {"X-Custom": "yes"}
    openai.default_query = {"q": "1"}

    page = openai.models.list()

    assert [m.id for m in page.data] == ["gpt-4o"]
    (request,) = sent
    assert str(request.url) == "https://api.example.test/v1/models?q=1"
    assert request.headers["Authorization"] == "Bearer sk-module"
    assert request.headers["User-Agent"] == "_ModuleClient/Python 2.39.0"
    assert request.headers["OpenAI-Organization"] == "org-1"
    assert request.headers["OpenAI-Project"] == "proj-1"
    assert request.headers["X-Custom"] == "yes"


def test_base_url_is_used_as_given(sent: List[httpx.Request]) -> None:
    # wire-facts: without a trailing slash the path is appended directly.
    openai.api_key = "sk-module"
    openai.base_url = "https://api.example.test/v1"
    openai.models.list()
    assert str(sent[0].url) == "https://api.example.test/v1models"


def test_client_is_rebuilt_when_a_setting_changes(sent: List[httpx.Request]) -> None:
    openai.api_key = "sk-first"
    openai.base_url = "https://api.example.test/v1/"
    openai.models.list()
    openai.api_key = "sk-second"
    openai.models.list()
    assert [r.headers["Authorization"] for r in sent] == ["Bearer sk-first", "Bearer sk-second"]


def test_in_place_header_change_is_seen(sent: List[httpx.Request]) -> None:
    openai.api_key = "sk-module"
    openai.base_url = "https://api.example.test/v1/"
    openai.default_headers = {"X-A": "1"}
    openai.models.list()
    assert openai.default_headers is not None
    openai.default_headers["X-A"] = "2"  # type: ignore[index]
    openai.models.list()
    assert [r.headers["X-A"] for r in sent] == ["1", "2"]


def test_client_is_reused_while_settings_are_unchanged(sent: List[httpx.Request]) -> None:
    openai.api_key = "sk-module"
    first = openai.models._client
    second = openai.models._client
    assert first is second


def test_api_key_from_environment(sent: List[httpx.Request], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    openai.base_url = "https://api.example.test/v1/"
    openai.models.list()
    assert sent[0].headers["Authorization"] == "Bearer sk-env"


def test_max_retries_and_timeout_are_applied(sent: List[httpx.Request]) -> None:
    openai.api_key = "sk-module"
    openai.max_retries = 7
    openai.timeout = 12.5
    client: Any = openai.models._client
    assert client.max_retries == 7
    openai.models.list()
    assert sent[0].headers["x-stainless-read-timeout"] == "12.5"


def test_chat_completions_through_module(monkeypatch: pytest.MonkeyPatch) -> None:
    bodies: List[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(
            200,
            json={
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 0,
                "model": "gpt-4o",
                "choices": [
                    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hello"}}
                ],
            },
        )

    openai.api_key = "sk-module"
    openai.http_client = httpx.Client(transport=httpx.MockTransport(handler))
    completion = openai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    assert completion.choices[0].message.content == "hello"
    assert bodies == [{"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}]


@pytest.mark.parametrize("name", sorted(_module_client.RESOURCES))
def test_every_top_level_resource_is_served(name: str) -> None:
    openai.api_key = "sk-module"
    resource = getattr(_module_client._load_client(), name)
    proxy = getattr(openai, name)
    assert isinstance(proxy, type(resource))
    assert proxy.with_raw_response.__class__ is resource.with_raw_response.__class__


def test_resources_resolve_without_a_key() -> None:
    # hasattr/dir/IDEs touch `openai.chat` before any key is set; only a real use needs the key.
    assert hasattr(openai, "chat")
    assert "lazy openai.chat" in repr(openai.chat)
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY"):
        openai.chat.completions  # noqa: B018


def test_kept_proxy_follows_setting_changes(sent: List[httpx.Request]) -> None:
    models = openai.models
    openai.base_url = "https://api.example.test/v1/"
    openai.api_key = "sk-one"
    models.list()
    openai.api_key = "sk-two"
    models.list()
    assert [r.headers["Authorization"] for r in sent] == ["Bearer sk-one", "Bearer sk-two"]


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        openai.no_such_thing  # noqa: B018


def test_missing_api_key_is_a_clear_error() -> None:
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY"):
        openai.models.list()


def test_azure_api_type(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AZURE_OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("AZURE_OPENAI_AD_TOKEN", raising=False)
    sent: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=PAGE)

    openai.api_type = "azure"
    openai.api_key = "az-key"
    openai.azure_endpoint = "https://example-resource.openai.azure.com"
    openai.api_version = "2024-10-21"
    openai.http_client = httpx.Client(transport=httpx.MockTransport(handler))
    openai.models.list()
    (request,) = sent
    assert str(request.url) == "https://example-resource.openai.azure.com/openai/models?api-version=2024-10-21"
    assert request.headers["api-key"] == "az-key"
    assert "Authorization" not in request.headers
    assert request.headers["User-Agent"] == "_AzureModuleClient/Python 2.39.0"

    # Switching to Entra ID tokens rebuilds the client; the provider is called per request.
    tokens = iter(["t1", "t2"])
    openai.api_key = None
    openai.azure_ad_token_provider = lambda: next(tokens)
    openai.models.list()
    openai.models.list()
    assert [r.headers["Authorization"] for r in sent[1:]] == ["Bearer t1", "Bearer t2"]


def test_invalid_api_type_is_rejected() -> None:
    openai.api_type = "other"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="api_type"):
        openai.models.list()


def test_no_client_is_built_at_import() -> None:
    code = "import openai, openai._module_client as m; print(m._client is None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


SURFACE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "openai-surface.json"


@pytest.mark.skipif(not SURFACE.exists(), reason="../shared/reference is not beside this checkout")
def test_settings_and_resources_match_the_official_module() -> None:
    exports = json.loads(SURFACE.read_text())["top_level_exports"]
    attributes = {name: e for name, e in exports.items() if e["kind"] == "client attribute"}
    assert sorted(SETTINGS) == sorted(n for n, e in attributes.items() if "type" not in e)
    assert sorted(_module_client.RESOURCES) == sorted(n for n, e in attributes.items() if "type" in e)
