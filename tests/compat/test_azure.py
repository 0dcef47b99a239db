"""Azure OpenAI as its README section shows it: endpoint/deployment routing, api-version, keys and Entra ID tokens."""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest

import openai
from openai import AzureOpenAI, AsyncAzureOpenAI

from .conftest import MESSAGES, Server, json_answer, chat_completion

ENDPOINT = "https://example-resource.azure.openai.com"
API_VERSION = "2024-10-21"


def azure(server: Server, **kwargs: Any) -> AzureOpenAI:
    kwargs.setdefault("api_version", API_VERSION)
    if "base_url" not in kwargs:
        kwargs.setdefault("azure_endpoint", ENDPOINT)
    if "azure_ad_token" not in kwargs and "azure_ad_token_provider" not in kwargs:
        kwargs.setdefault("api_key", "azure-key")
    return AzureOpenAI(http_client=httpx.Client(transport=httpx.MockTransport(server)), max_retries=0, **kwargs)


def test_environment_variables_configure_the_client(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", ENDPOINT)
    monkeypatch.setenv("OPENAI_API_VERSION", API_VERSION)
    client = AzureOpenAI(http_client=httpx.Client(transport=httpx.MockTransport(server)))
    assert client.base_url == f"{ENDPOINT}/openai/"
    server.script(json_answer(chat_completion()))
    client.chat.completions.create(model="gpt-4o-deployment", messages=MESSAGES)  # type: ignore[arg-type]
    sent = server.last
    assert (
        str(sent.url) == f"{ENDPOINT}/openai/deployments/gpt-4o-deployment/chat/completions?api-version={API_VERSION}"
    )
    assert sent.headers["api-key"] == "env-key"
    assert "Authorization" not in sent.headers
    assert sent.headers["User-Agent"] == f"AzureOpenAI/Python {openai.__version__}"


def test_missing_settings_are_explained() -> None:
    with pytest.raises(ValueError, match="OPENAI_API_VERSION"):
        AzureOpenAI(api_key="k", azure_endpoint=ENDPOINT)
    with pytest.raises(ValueError, match="AZURE_OPENAI_ENDPOINT"):
        AzureOpenAI(api_key="k", api_version=API_VERSION)
    with pytest.raises(openai.OpenAIError, match="Missing credentials"):
        AzureOpenAI(api_version=API_VERSION, azure_endpoint=ENDPOINT)
    with pytest.raises(ValueError, match="mutually exclusive"):
        AzureOpenAI(api_key="k", api_version=API_VERSION, azure_endpoint=ENDPOINT, base_url=f"{ENDPOINT}/openai")


def test_azure_deployment_is_in_the_base_url_and_routes_deployment_endpoints(server: Server) -> None:
    client = azure(server, azure_deployment="my-gpt")
    assert client.base_url == f"{ENDPOINT}/openai/deployments/my-gpt/"
    server.script(json_answer(chat_completion()))
    client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert server.last.url.path == "/openai/deployments/my-gpt/chat/completions"
    assert server.body()["model"] == "gpt-4o"
    # Resource-level endpoints are not deployment-scoped.
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    client.files.list()
    assert str(server.last.url) == f"{ENDPOINT}/openai/files?api-version={API_VERSION}"
    client.batches.list()
    assert server.last.url.path == "/openai/batches"


def test_base_url_given_directly(server: Server) -> None:
    # A gateway URL without a deployment: the model names the deployment, as with an endpoint.
    client = azure(server, base_url="https://gateway.example/openai")
    server.script(json_answer(chat_completion()))
    client.chat.completions.create(model="dep-a", messages=MESSAGES)  # type: ignore[arg-type]
    assert (
        str(server.last.url)
        == f"https://gateway.example/openai/deployments/dep-a/chat/completions?api-version={API_VERSION}"
    )

    # A base_url naming a deployment is used as is.
    client = azure(server, base_url="https://gateway.example/openai/deployments/fixed")
    client.chat.completions.create(model="ignored", messages=MESSAGES)  # type: ignore[arg-type]
    assert server.last.url.path == "/openai/deployments/fixed/chat/completions"

    # An azure_deployment beside a base_url is accepted (and the base_url wins), as in the official SDK.
    client = azure(server, base_url="https://gateway.example/openai/deployments/fixed", azure_deployment="other")
    client.chat.completions.create(model="ignored", messages=MESSAGES)  # type: ignore[arg-type]
    assert server.last.url.path == "/openai/deployments/fixed/chat/completions"


def test_entra_id_token_and_token_provider(server: Server) -> None:
    client = azure(server, azure_ad_token="static-token")
    server.script(json_answer({"object": "list", "data": []}))
    client.models.list()
    assert server.last.headers["Authorization"] == "Bearer static-token"
    assert "api-key" not in server.last.headers

    issued: List[str] = []

    def provider() -> str:
        issued.append(f"token-{len(issued) + 1}")
        return issued[-1]

    client = azure(server, azure_ad_token_provider=provider)
    client.models.list()
    client.models.list()
    assert [r.headers["Authorization"] for r in server.requests[-2:]] == ["Bearer token-1", "Bearer token-2"]


def test_ad_token_from_environment(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", "env-token")
    client = AzureOpenAI(
        api_version=API_VERSION,
        azure_endpoint=ENDPOINT,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )
    server.script(json_answer({"object": "list", "data": []}))
    client.models.list()
    assert server.last.headers["Authorization"] == "Bearer env-token"


def test_with_options_keeps_the_azure_settings(server: Server) -> None:
    client = azure(server, azure_deployment="my-gpt")
    copy = client.with_options(timeout=5.0)
    assert copy.base_url == client.base_url
    server.script(json_answer(chat_completion()))
    copy.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert str(server.last.url) == f"{ENDPOINT}/openai/deployments/my-gpt/chat/completions?api-version={API_VERSION}"
    assert server.last.headers["api-key"] == "azure-key"


def test_azure_errors_are_the_same_classes(server: Server) -> None:
    server.script(json_answer({"error": {"message": "deployment not found", "code": "DeploymentNotFound"}}, status=404))
    with pytest.raises(openai.NotFoundError) as info:
        azure(server).chat.completions.create(model="missing", messages=MESSAGES)  # type: ignore[arg-type]
    assert info.value.code == "DeploymentNotFound"


async def test_async_azure_with_async_token_provider(server: Server) -> None:
    async def provider() -> str:
        return "async-token"

    client = AsyncAzureOpenAI(
        api_version=API_VERSION,
        azure_endpoint=ENDPOINT,
        azure_deployment="emb",
        azure_ad_token_provider=provider,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server.handle_async)),
    )
    server.script(
        json_answer(
            {
                "object": "list",
                "model": "text-embedding-3-small",
                "data": [{"object": "embedding", "index": 0, "embedding": [0.25]}],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            }
        )
    )
    result = await client.embeddings.create(model="text-embedding-3-small", input="hi", encoding_format="float")
    assert result.data[0].embedding == [0.25]
    assert str(server.last.url) == f"{ENDPOINT}/openai/deployments/emb/embeddings?api-version={API_VERSION}"
    assert server.last.headers["Authorization"] == "Bearer async-token"
    assert server.last.headers["User-Agent"] == f"AsyncAzureOpenAI/Python {openai.__version__}"
    await client.close()


def test_pagination_with_a_deployment_client_stays_on_the_resource(server: Server) -> None:
    def file(file_id: str) -> dict[str, Any]:
        return {
            "id": file_id,
            "object": "file",
            "bytes": 1,
            "created_at": 1,
            "filename": "f",
            "purpose": "assistants",
            "status": "processed",
        }

    server.script(
        json_answer({"object": "list", "data": [file("file-a")], "has_more": True}),
        json_answer({"object": "list", "data": [file("file-b")], "has_more": False}),
    )
    client = azure(server, azure_deployment="my-gpt")
    assert [f.id for f in client.files.list()] == ["file-a", "file-b"]
    assert [str(r.url) for r in server.requests] == [
        f"{ENDPOINT}/openai/files?api-version={API_VERSION}",
        f"{ENDPOINT}/openai/files?after=file-a&api-version={API_VERSION}",
    ]
