"""`DefaultHttpxClient` / `DefaultAsyncHttpxClient`: the SDK's defaults plus the user's proxy, transport or TLS.

Everything runs against a local 127.0.0.1 server; mutual TLS uses certificates made with `openssl` for the test.
"""

from __future__ import annotations

import ssl
import shutil
import subprocess
from typing import Dict, List
from pathlib import Path

import httpx
import pytest

from openai import (
    DEFAULT_TIMEOUT,
    OpenAI,
    AsyncOpenAI,
    DefaultHttpxClient,
    DefaultAsyncHttpxClient,
)

from ._local_server import serve


def test_defaults_are_the_sdks() -> None:
    for http_client in (DefaultHttpxClient(), DefaultAsyncHttpxClient()):
        assert http_client.timeout == DEFAULT_TIMEOUT
        assert http_client.follow_redirects is True


def test_custom_transport_receives_the_requests() -> None:
    sent: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    http_client = DefaultHttpxClient(transport=httpx.MockTransport(handler))
    client = OpenAI(api_key="sk-t", base_url="https://api.example.test/v1", http_client=http_client)
    client.models.list()
    assert str(sent[0].url) == "https://api.example.test/v1/models"
    assert sent[0].headers["Authorization"] == "Bearer sk-t"


def test_proxy_free_transport_on_a_real_socket() -> None:
    transport = httpx.HTTPTransport(local_address="127.0.0.1")
    with serve() as server, DefaultHttpxClient(transport=transport) as http_client:
        client = OpenAI(api_key="sk-t", base_url=server.url, http_client=http_client)
        completion = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    assert completion.id == "chatcmpl-local"
    assert server.seen[0].request_line.startswith("POST /chat/completions ")


def test_requests_go_through_the_proxy() -> None:
    # A plain-HTTP proxy receives the absolute URL in the request line; our server plays the proxy.
    with serve() as proxy, DefaultHttpxClient(proxy=proxy.url) as http_client:
        client = OpenAI(api_key="sk-t", base_url="http://api.example.invalid/v1", http_client=http_client)
        page = client.models.list()
    assert [m.id for m in page.data] == ["m1"]
    assert proxy.seen[0].request_line.startswith("GET http://api.example.invalid/v1/models ")
    assert proxy.seen[0].headers["authorization"] == "Bearer sk-t"


async def test_async_client_with_custom_transport() -> None:
    sent: List[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    http_client = DefaultAsyncHttpxClient(transport=httpx.MockTransport(handler))
    client = AsyncOpenAI(api_key="sk-t", base_url="https://api.example.test/v1", http_client=http_client)
    await client.models.list()
    assert sent[0].headers["X-Stainless-Async"].startswith("async:")


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make test certificates")
    d = tmp_path_factory.mktemp("pki")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=test-ca",
             "-keyout", "ca.key", "-out", "ca.pem", cwd=d)  # fmt: skip
    (d / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    for name in ("server", "client"):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}",
                 "-keyout", f"{name}.key", "-out", f"{name}.csr", cwd=d)  # fmt: skip
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                 "-days", "1", "-extfile", "san.ext", "-out", f"{name}.pem", cwd=d)  # fmt: skip
    return {p.name: p for p in d.iterdir()}


def test_mutual_tls(pki: Dict[str, Path]) -> None:
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(pki["ca.pem"]))
    server_ctx.load_cert_chain(str(pki["server.pem"]), str(pki["server.key"]))
    server_ctx.verify_mode = ssl.CERT_REQUIRED  # the server refuses clients without a certificate

    client_ctx = ssl.create_default_context(cafile=str(pki["ca.pem"]))
    client_ctx.load_cert_chain(str(pki["client.pem"]), str(pki["client.key"]))

    with serve(server_ctx) as server:
        # OpenAI.close() leaves a passed-in http_client open, so the test closes its own.
        with DefaultHttpxClient(verify=client_ctx) as http_client:
            client = OpenAI(api_key="sk-t", base_url=server.url, http_client=http_client)
            page = client.models.list()

        # Without the client certificate the handshake fails, and the SDK reports a connection error.
        bare_ctx = ssl.create_default_context(cafile=str(pki["ca.pem"]))
        with DefaultHttpxClient(verify=bare_ctx) as http_client:
            bare = OpenAI(api_key="sk-t", base_url=server.url, max_retries=0, http_client=http_client)
            with pytest.raises(Exception) as excinfo:
                bare.models.list()

    assert [m.id for m in page.data] == ["m1"]
    assert server.seen[0].client_cert_subject == "client"
    assert type(excinfo.value).__name__ == "APIConnectionError"
