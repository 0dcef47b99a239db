"""AzureOpenAI / AsyncAzureOpenAI on the wire (httpx.MockTransport): URLs, api-version, credentials, copies.

Expected URLs and headers are the ones in ../shared/reference/wire-facts.json ("azure ..." calls).
"""

from __future__ import annotations

import json
import inspect
from typing import Any, Dict, List, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from openai import AzureOpenAI, OpenAIError, AsyncAzureOpenAI

ENDPOINT = "https://example-resource.openai.azure.com"
API_VERSION = "2024-10-21"

COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 0,
    "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
}
EMBEDDINGS = {
    "object": "list",
    "model": "text-embedding-3-small",
    "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}],
    "usage": {"prompt_tokens": 1, "total_tokens": 1},
}


def _answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/chat/completions"):
        return httpx.Response(200, json=COMPLETION)
    if path.endswith("/embeddings"):
        return httpx.Response(200, json=EMBEDDINGS)
    if path.endswith("/images/generations"):
        return httpx.Response(200, json={"created": 0, "data": []})
    if path.endswith("/audio/transcriptions"):
        return httpx.Response(200, json={"text": "hello"})
    return httpx.Response(200, json={"object": "list", "data": [], "has_more": False})


class Recorder:
    def __init__(self) -> None:
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return _answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def sync(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_(self) -> httpx.AsyncClient:
        async def handler(request: httpx.Request) -> httpx.Response:
            return self(request)

        return httpx.AsyncClient(transport=httpx.MockTransport(handler))


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in (
        "AZURE_OPENAI_ENDPOINT",
        "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_AD_TOKEN",
        "OPENAI_API_VERSION",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


def deployment_client(rec: Recorder, **kwargs: Any) -> AzureOpenAI:
    options: Dict[str, Any] = {
        "api_key": "az-key",
        "api_version": API_VERSION,
        "azure_endpoint": ENDPOINT,
        "azure_deployment": "my-deployment",
        "http_client": rec.sync(),
    }
    options.update(kwargs)
    return AzureOpenAI(**options)


def url(path: str) -> str:
    return f"{ENDPOINT}{path}?api-version={API_VERSION}"


# ---- routing (wire-facts "azure deployment: ...") ----------------------------------------------------------


def test_chat_goes_to_the_deployment(rec: Recorder) -> None:
    client = deployment_client(rec)
    completion = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    assert completion.choices[0].message.content == "hi"
    assert str(rec.last.url) == url("/openai/deployments/my-deployment/chat/completions")
    assert json.loads(rec.last.content) == {"messages": [{"content": "Hi", "role": "user"}], "model": "gpt-4o"}
    assert rec.last.headers["api-key"] == "az-key"
    assert "Authorization" not in rec.last.headers
    assert rec.last.headers["User-Agent"] == "AzureOpenAI/Python 2.39.0"


def test_embeddings_go_to_the_deployment(rec: Recorder) -> None:
    deployment_client(rec).embeddings.create(model="text-embedding-3-small", input="Hi")
    assert str(rec.last.url) == url("/openai/deployments/my-deployment/embeddings")


def test_images_go_to_the_deployment(rec: Recorder) -> None:
    deployment_client(rec).images.generate(model="dall-e-3", prompt="a cat")
    assert str(rec.last.url) == url("/openai/deployments/my-deployment/images/generations")


def test_audio_goes_to_the_deployment(rec: Recorder) -> None:
    deployment_client(rec).audio.transcriptions.create(
        model="whisper-1", file=("audio.wav", b"RIFF....WAVE", "audio/wav")
    )
    assert str(rec.last.url) == url("/openai/deployments/my-deployment/audio/transcriptions")
    assert rec.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda c: c.files.list(), "/openai/files"),
        (lambda c: c.models.list(), "/openai/models"),
        (lambda c: c.batches.list(), "/openai/batches"),
    ],
    ids=["files", "models", "batches"],
)
def test_resource_level_endpoints_skip_the_deployment(rec: Recorder, call: Callable[[Any], Any], path: str) -> None:
    call(deployment_client(rec))
    assert str(rec.last.url) == url(path)
    assert rec.last.headers["api-key"] == "az-key"


def test_without_deployment_the_model_names_it(rec: Recorder) -> None:
    # wire-facts "azure ad token: chat.completions.create (no deployment)"
    client = AzureOpenAI(
        api_version=API_VERSION, azure_ad_token="ad-token", azure_endpoint=ENDPOINT, http_client=rec.sync()
    )
    client.chat.completions.create(model="my-gpt4o-deployment", messages=[{"role": "user", "content": "Hi"}])
    assert str(rec.last.url) == url("/openai/deployments/my-gpt4o-deployment/chat/completions")
    assert rec.last.headers["Authorization"] == "Bearer ad-token"
    assert "api-key" not in rec.last.headers


def test_custom_post_to_a_deployment_path_is_routed(rec: Recorder) -> None:
    client = AzureOpenAI(api_version=API_VERSION, api_key="k", azure_endpoint=ENDPOINT + "/", http_client=rec.sync())
    client.post("/embeddings", body={"model": "emb-deploy", "input": "x"}, cast_to=httpx.Response)
    assert str(rec.last.url) == url("/openai/deployments/emb-deploy/embeddings")


def test_base_url_is_used_as_is(rec: Recorder) -> None:
    client = AzureOpenAI(
        api_version=API_VERSION,
        api_key="k",
        base_url=f"{ENDPOINT}/openai/deployments/other",
        http_client=rec.sync(),
    )
    client.chat.completions.create(model="ignored", messages=[{"role": "user", "content": "Hi"}])
    assert str(rec.last.url) == url("/openai/deployments/other/chat/completions")


def test_explicit_api_version_query_wins(rec: Recorder) -> None:
    deployment_client(rec).models.list(extra_query={"api-version": "preview"})
    assert rec.last.url.params.get_list("api-version") == ["preview"]


def test_default_query_is_kept_alongside_api_version(rec: Recorder) -> None:
    deployment_client(rec, default_query={"trace": "1"}).models.list()
    assert dict(rec.last.url.params) == {"trace": "1", "api-version": API_VERSION}


# ---- credentials ---------------------------------------------------------------------------------------------


def test_token_provider_is_called_per_request(rec: Recorder) -> None:
    tokens = iter(["token-1", "token-2"])
    client = AzureOpenAI(
        api_version=API_VERSION,
        azure_endpoint=ENDPOINT,
        azure_ad_token_provider=lambda: next(tokens),
        http_client=rec.sync(),
    )
    client.models.list()
    client.models.list()
    assert [r.headers["Authorization"] for r in rec.requests] == ["Bearer token-1", "Bearer token-2"]


def test_token_provider_returning_garbage_is_an_error(rec: Recorder) -> None:
    provider: Any = lambda: None  # noqa: E731
    client = AzureOpenAI(
        api_version=API_VERSION, azure_endpoint=ENDPOINT, azure_ad_token_provider=provider, http_client=rec.sync()
    )
    with pytest.raises(OpenAIError, match="azure_ad_token_provider"):
        client.models.list()


def test_environment_fallbacks(rec: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", ENDPOINT)
    monkeypatch.setenv("OPENAI_API_VERSION", "2025-01-01")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_API_KEY", "must-not-be-used")
    AzureOpenAI(http_client=rec.sync()).models.list()
    assert str(rec.last.url) == f"{ENDPOINT}/openai/models?api-version=2025-01-01"
    assert rec.last.headers["api-key"] == "env-key"
    assert "Authorization" not in rec.last.headers


def test_ad_token_from_environment(rec: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", "env-token")
    AzureOpenAI(api_version=API_VERSION, azure_endpoint=ENDPOINT, http_client=rec.sync()).models.list()
    assert rec.last.headers["Authorization"] == "Bearer env-token"


def test_explicit_api_key_beats_token_in_environment(rec: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", "env-token")
    deployment_client(rec).models.list()
    assert rec.last.headers["api-key"] == "az-key"
    assert "Authorization" not in rec.last.headers


def test_missing_credentials() -> None:
    with pytest.raises(OpenAIError, match="Missing credentials"):
        AzureOpenAI(api_version=API_VERSION, azure_endpoint=ENDPOINT)


def test_missing_api_version() -> None:
    with pytest.raises(ValueError, match="OPENAI_API_VERSION"):
        AzureOpenAI(api_key="k", azure_endpoint=ENDPOINT)


def test_missing_endpoint() -> None:
    with pytest.raises(ValueError, match="AZURE_OPENAI_ENDPOINT"):
        AzureOpenAI(api_key="k", api_version=API_VERSION)


def test_base_url_and_endpoint_are_exclusive() -> None:
    with pytest.raises(ValueError, match="mutually exclusive"):
        AzureOpenAI(api_key="k", api_version=API_VERSION, azure_endpoint=ENDPOINT, base_url=ENDPOINT + "/openai")


# ---- copies --------------------------------------------------------------------------------------------------


def test_with_options_keeps_azure_settings(rec: Recorder) -> None:
    client = deployment_client(rec)
    copy = client.with_options(timeout=12.5, max_retries=0)
    assert isinstance(copy, AzureOpenAI)
    copy.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    assert str(rec.last.url) == url("/openai/deployments/my-deployment/chat/completions")
    assert rec.last.headers["api-key"] == "az-key"
    assert rec.last.headers["x-stainless-read-timeout"] == "12.5"


def test_copy_can_change_api_version_and_token(rec: Recorder) -> None:
    client = deployment_client(rec)
    copy = client.copy(api_version="2025-04-01", azure_ad_token="new-token")
    copy.models.list()
    assert rec.last.url.params["api-version"] == "2025-04-01"
    assert rec.last.headers["Authorization"] == "Bearer new-token"


def test_copy_keeps_token_provider(rec: Recorder) -> None:
    calls: List[int] = []

    def provider() -> str:
        calls.append(1)
        return f"t{len(calls)}"

    client = AzureOpenAI(
        api_version=API_VERSION, azure_endpoint=ENDPOINT, azure_ad_token_provider=provider, http_client=rec.sync()
    )
    client.with_options(max_retries=1).models.list()
    assert rec.last.headers["Authorization"] == "Bearer t1"


# ---- async ---------------------------------------------------------------------------------------------------


async def test_async_routing_and_user_agent(rec: Recorder) -> None:
    client = AsyncAzureOpenAI(
        api_key="az-key",
        api_version=API_VERSION,
        azure_endpoint=ENDPOINT,
        azure_deployment="my-deployment",
        http_client=rec.async_(),
    )
    await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    await client.files.list()
    chat, files = rec.requests
    assert str(chat.url) == url("/openai/deployments/my-deployment/chat/completions")
    assert str(files.url) == url("/openai/files")
    assert chat.headers["User-Agent"] == "AsyncAzureOpenAI/Python 2.39.0"
    assert chat.headers["api-key"] == "az-key"


async def test_async_client_accepts_async_token_provider(rec: Recorder) -> None:
    tokens = iter(["a1", "a2"])

    async def provider() -> str:
        return next(tokens)

    client = AsyncAzureOpenAI(
        api_version=API_VERSION, azure_endpoint=ENDPOINT, azure_ad_token_provider=provider, http_client=rec.async_()
    )
    await client.models.list()
    await client.models.list()
    assert [r.headers["Authorization"] for r in rec.requests] == ["Bearer a1", "Bearer a2"]


async def test_async_client_accepts_sync_token_provider(rec: Recorder) -> None:
    client = AsyncAzureOpenAI(
        api_version=API_VERSION, azure_endpoint=ENDPOINT, azure_ad_token_provider=lambda: "s1", http_client=rec.async_()
    )
    await client.with_options(timeout=5).models.list()
    assert rec.last.headers["Authorization"] == "Bearer s1"
    assert str(rec.last.url) == url("/openai/models")


def test_next_page_keeps_one_api_version() -> None:
    sent: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        more = "after" not in request.url.params
        item = {"id": f"file-{len(sent)}", "object": "file", "bytes": 1, "created_at": 0, "filename": "a.jsonl"}
        item.update({"purpose": "batch", "status": "processed"})
        return httpx.Response(200, json={"object": "list", "data": [item], "has_more": more})

    client = AzureOpenAI(
        api_key="k",
        api_version=API_VERSION,
        azure_endpoint=ENDPOINT,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    ids = [f.id for f in client.files.list()]
    assert ids == ["file-1", "file-2"]
    assert sent[1].url.path == "/openai/files"
    assert sorted(sent[1].url.params.multi_items()) == [("after", "file-1"), ("api-version", API_VERSION)]


SURFACE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "openai-surface.json"


@pytest.mark.skipif(not SURFACE.exists(), reason="../shared/reference is not beside this checkout")
@pytest.mark.parametrize("cls", [AzureOpenAI, AsyncAzureOpenAI], ids=lambda c: c.__name__)
def test_constructor_parameters_match_the_official_order(cls: type) -> None:
    official = json.loads(SURFACE.read_text())["clients"][cls.__name__]
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [(p.name, repr(p.default)) for p in params] == [
        (p["name"], "NOT_GIVEN" if p["default"] == "NOT_GIVEN" else p["default"]) for p in official
    ]


@pytest.mark.skipif(not SURFACE.exists(), reason="../shared/reference is not beside this checkout")
@pytest.mark.parametrize("cls", [AzureOpenAI, AsyncAzureOpenAI], ids=lambda c: c.__name__)
def test_copy_parameters_match_the_official_order(cls: type) -> None:
    official = json.loads(SURFACE.read_text())["runtime"][f"openai.{cls.__name__}"]["members"]["copy"]["params"]
    params = list(inspect.signature(cls.copy).parameters)[1:]
    assert params == [p["name"] for p in official]
