"""Constructor options, environment fallbacks, copies, timeouts and the default HTTP clients."""

from __future__ import annotations

import ssl
import inspect

import httpx
import pytest

import openai
from openai import OpenAI, AsyncOpenAI, OpenAIError, DefaultHttpxClient, DefaultAsyncHttpxClient
from openai._constants import DEFAULT_TIMEOUT, DEFAULT_CONNECTION_LIMITS

from .conftest import API_KEY, BASE_URL, Recorder, make_client, make_async_client


def test_missing_api_key_names_the_variable() -> None:
    with pytest.raises(OpenAIError, match="OPENAI_API_KEY"):
        OpenAI()
    with pytest.raises(OpenAIError, match="OPENAI_API_KEY"):
        AsyncOpenAI()


def test_environment_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "sk-admin-env")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", "whsec-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://env.example.test/v9")
    for cls in (OpenAI, AsyncOpenAI):
        client = cls()
        assert client.api_key == "sk-env"
        assert client.admin_api_key == "sk-admin-env"
        assert client.organization == "org-env"
        assert client.project == "proj-env"
        assert client.webhook_secret == "whsec-env"
        assert str(client.base_url) == "https://env.example.test/v9/"
    # Explicit arguments win over the environment.
    client = OpenAI(api_key="sk-arg", organization="org-arg", base_url="https://arg.example.test")
    assert (client.api_key, client.organization, str(client.base_url)) == (
        "sk-arg",
        "org-arg",
        "https://arg.example.test/",
    )


def test_admin_key_alone_is_enough_to_construct(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "sk-admin-env")
    client = OpenAI()
    assert client.admin_api_key == "sk-admin-env"


def test_defaults() -> None:
    client = OpenAI(api_key=API_KEY)
    assert str(client.base_url) == "https://api.openai.com/v1/"
    assert client.max_retries == 2
    assert client.timeout == DEFAULT_TIMEOUT == httpx.Timeout(timeout=600, connect=5.0)
    assert client.webhook_secret is None and client.organization is None


def test_constructor_signature_matches_the_surface() -> None:
    names = list(inspect.signature(OpenAI.__init__).parameters)[1:]
    assert names == [
        "api_key",
        "admin_api_key",
        "workload_identity",
        "organization",
        "project",
        "webhook_secret",
        "base_url",
        "websocket_base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "default_query",
        "http_client",
        "_strict_response_validation",
        "_enforce_credentials",
    ]
    assert list(inspect.signature(AsyncOpenAI.__init__).parameters)[1:] == names
    copy_names = list(inspect.signature(OpenAI.copy).parameters)[1:]
    assert copy_names == [
        "api_key",
        "admin_api_key",
        "workload_identity",
        "organization",
        "project",
        "webhook_secret",
        "websocket_base_url",
        "base_url",
        "timeout",
        "http_client",
        "max_retries",
        "default_headers",
        "set_default_headers",
        "default_query",
        "set_default_query",
        "_enforce_credentials",
        "_extra_kwargs",
    ]
    assert OpenAI.with_options is OpenAI.copy
    assert openai.Client is OpenAI and openai.AsyncClient is AsyncOpenAI


def test_workload_identity_is_refused_clearly() -> None:
    with pytest.raises(NotImplementedError, match="workload_identity"):
        OpenAI(api_key=API_KEY, workload_identity=object())  # type: ignore[arg-type]


def test_with_options_shares_the_pool_and_changes_only_what_is_asked() -> None:
    recorder = Recorder()
    client = make_client(recorder, organization="org-1", default_headers={"X-A": "1"})
    copy = client.with_options(timeout=7.0, max_retries=5, default_headers={"X-B": "2"})
    assert copy._client is client._client
    assert copy.timeout == 7.0 and copy.max_retries == 5
    assert copy.organization == "org-1" and copy.api_key == API_KEY
    copy.get("/models", cast_to=dict)
    request = recorder.last
    assert request.headers["X-A"] == "1" and request.headers["X-B"] == "2"
    assert request.headers["x-stainless-read-timeout"] == "7.0"
    assert client.timeout == DEFAULT_TIMEOUT and client.max_retries == 2

    replaced = client.copy(set_default_headers={"X-C": "3"}, set_default_query={"q": "1"})
    replaced.get("/models", cast_to=dict)
    assert "X-A" not in recorder.last.headers and recorder.last.headers["X-C"] == "3"
    assert recorder.last.url.params["q"] == "1"
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_query={}, set_default_query={})


def test_copy_of_a_default_client_shares_its_lazily_built_pool() -> None:
    client = OpenAI(api_key=API_KEY)
    copy = client.copy(api_key="sk-other")
    assert copy._client is client._client
    assert copy.api_key == "sk-other"
    client.close()


async def test_async_with_options_shares_the_pool(anyio_backend: str) -> None:
    recorder = Recorder()
    client = make_async_client(recorder)
    copy = client.with_options(timeout=3.0)
    assert copy._client is client._client
    await copy.get("/models", cast_to=dict)
    assert recorder.last.headers["x-stainless-read-timeout"] == "3.0"


def test_client_timeout_reaches_the_transport() -> None:
    recorder = Recorder()
    client = make_client(recorder, timeout=httpx.Timeout(20.0, connect=2.0))
    client.get("/models", cast_to=dict)
    assert recorder.last.extensions["timeout"] == {"connect": 2.0, "read": 20.0, "write": 20.0, "pool": 20.0}
    client.get("/models", cast_to=dict, options={"timeout": None})
    assert recorder.last.extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}
    assert "x-stainless-read-timeout" not in recorder.last.headers


def test_user_http_client_timeout_is_respected_unless_it_is_httpx_default() -> None:
    custom = httpx.Client(timeout=33.0)
    assert OpenAI(api_key=API_KEY, http_client=custom).timeout == httpx.Timeout(33.0)
    assert OpenAI(api_key=API_KEY, http_client=httpx.Client()).timeout == DEFAULT_TIMEOUT
    assert OpenAI(api_key=API_KEY, http_client=custom, timeout=4.0).timeout == 4.0


def test_wrong_http_client_type_is_rejected() -> None:
    with pytest.raises(TypeError, match="httpx.Client"):
        OpenAI(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.AsyncClient"):
        AsyncOpenAI(api_key=API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_default_httpx_clients_carry_the_sdk_defaults() -> None:
    for client in (DefaultHttpxClient(), DefaultAsyncHttpxClient()):
        assert client.timeout == DEFAULT_TIMEOUT
        assert client.follow_redirects is True
        pool = client._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == DEFAULT_CONNECTION_LIMITS.max_connections
        assert pool._max_keepalive_connections == DEFAULT_CONNECTION_LIMITS.max_keepalive_connections
    # User arguments win, and a transport passes through untouched.
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    client = DefaultHttpxClient(timeout=1.0, transport=transport, follow_redirects=False)
    assert client.timeout == httpx.Timeout(1.0) and client.follow_redirects is False
    assert client._transport is transport


def test_tls_verification_cannot_be_disabled_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PYTHONHTTPSVERIFY", "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, "0" if name == "PYTHONHTTPSVERIFY" else "")
    client = OpenAI(api_key=API_KEY)
    context = client._client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    client.close()


def test_default_ssl_context_is_shared_and_client_construction_is_cheap() -> None:
    first = OpenAI(api_key=API_KEY)
    second = OpenAI(api_key=API_KEY)
    ctx1 = first._client._transport._pool._ssl_context  # type: ignore[attr-defined]
    ctx2 = second._client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert ctx1 is ctx2
    first.close()
    second.close()


def test_aiohttp_client_is_available_or_explains_the_extra() -> None:
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match=r"openai\[aiohttp\]"):
            openai.DefaultAioHttpClient()
    else:
        assert issubclass(openai.DefaultAioHttpClient, httpx.AsyncClient)


def test_repr_and_str_never_show_the_key() -> None:
    client = OpenAI(api_key=API_KEY, admin_api_key="sk-admin-secret", base_url=BASE_URL)
    for text in (repr(client), str(client)):
        assert API_KEY not in text and "sk-admin-secret" not in text
    assert BASE_URL in repr(client)


def test_strict_response_validation_flag_is_kept() -> None:
    client = OpenAI(api_key=API_KEY, _strict_response_validation=True)
    assert client._strict_response_validation is True
    assert client.copy()._strict_response_validation is True


def test_http2_and_client_cert_clients_get_their_own_ssl_context() -> None:
    from openai._http_clients import _with_sdk_defaults, default_ssl_context  # pyright: ignore[reportPrivateUsage]

    shared = default_ssl_context()
    # httpcore writes ALPN ("h2") and httpx loads client certificates into the context it is given;
    # the shared one must never see either.
    for kwargs in ({"http2": True}, {"cert": "client.pem"}):
        context = _with_sdk_defaults(dict(kwargs))["verify"]
        assert isinstance(context, ssl.SSLContext) and context is not shared
        assert context.verify_mode == ssl.CERT_REQUIRED
    assert _with_sdk_defaults({})["verify"] is shared
    assert DefaultHttpxClient()._transport._pool._ssl_context is shared  # type: ignore[attr-defined]
