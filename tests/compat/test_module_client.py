"""The module-level client (`openai.api_key = ...; openai.chat.completions.create(...)`) and `OPENAI_LOG`."""

from __future__ import annotations

import os
import sys
import subprocess
from typing import Iterator

import httpx
import pytest

import openai
from openai import _module_client

from .conftest import MESSAGES, Server, chat_chunk, error_body, sse_answer, json_answer, chat_completion


@pytest.fixture(autouse=True)
def restore_module_settings() -> Iterator[None]:
    saved = {name: getattr(openai, name) for name in _module_client.__all__}
    _module_client.reset_client()
    yield
    for name, value in saved.items():
        setattr(openai, name, value)
    _module_client.reset_client()


@pytest.fixture
def module_server(server: Server) -> Server:
    openai.http_client = httpx.Client(transport=httpx.MockTransport(server))
    openai.max_retries = 0
    return server


def test_module_client_reads_the_key_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, module_server: Server
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-module")
    module_server.script(json_answer(chat_completion("from module")))
    completion = openai.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert completion.choices[0].message.content == "from module"
    assert module_server.last.headers["Authorization"] == "Bearer sk-env-module"
    assert str(module_server.last.url) == "https://api.openai.com/v1/chat/completions"


def test_module_client_without_a_key_raises_the_same_error(module_server: Server) -> None:
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY"):
        openai.models.list()
    assert module_server.requests == []


def test_module_settings_apply_and_can_change_between_calls(module_server: Server) -> None:
    openai.api_key = "sk-first"
    openai.base_url = "https://proxy.example/v1/"
    openai.default_headers = {"X-App": "demo"}
    openai.default_query = {"tenant": "t"}
    module_server.script(json_answer({"object": "list", "data": []}))
    openai.models.list()
    sent = module_server.last
    assert str(sent.url) == "https://proxy.example/v1/models?tenant=t"
    assert sent.headers["X-App"] == "demo"
    assert sent.headers["User-Agent"].endswith(f"/Python {openai.__version__}")

    openai.api_key = "sk-second"
    openai.models.list()
    assert module_server.last.headers["Authorization"] == "Bearer sk-second"


def test_module_client_streams_and_raises_like_a_client(module_server: Server) -> None:
    openai.api_key = "sk-module"
    module_server.script(sse_answer(chat_chunk("Hi"), "data: [DONE]\n\n"))
    stream = openai.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    assert [c.choices[0].delta.content for c in stream] == ["Hi"]

    module_server.script(json_answer(error_body("nope"), status=404))
    with pytest.raises(openai.NotFoundError):
        openai.models.retrieve("missing")


def test_module_raw_response(module_server: Server) -> None:
    openai.api_key = "sk-module"
    module_server.script(json_answer(chat_completion(), headers={"x-request-id": "req_m"}))
    raw = openai.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert raw.headers["x-request-id"] == "req_m"
    assert raw.parse().id == "chatcmpl-1"


def test_module_azure_mode(module_server: Server) -> None:
    openai.api_type = "azure"
    openai.api_key = "azure-key"
    openai.azure_endpoint = "https://res.openai.azure.com"
    openai.api_version = "2024-10-21"
    module_server.script(json_answer(chat_completion()))
    openai.chat.completions.create(model="my-deployment", messages=MESSAGES)  # type: ignore[arg-type]
    sent = module_server.last
    assert str(sent.url) == (
        "https://res.openai.azure.com/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21"
    )
    assert sent.headers["api-key"] == "azure-key"


def _run_with_log_level(level: str) -> str:
    code = (
        "import httpx, openai\n"
        "client = openai.OpenAI(api_key='sk-very-secret', http_client=httpx.Client(transport=httpx.MockTransport("
        "lambda r: httpx.Response(200, json={'object': 'list', 'data': []}))))\n"
        "client.models.list()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["OPENAI_LOG"] = level
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_openai_log_info_and_debug() -> None:
    info = _run_with_log_level("info")
    assert 'HTTP Request: GET https://api.openai.com/v1/models "HTTP/1.1 200 OK"' in info
    assert "Request options" not in info

    debug = _run_with_log_level("debug")
    assert "Request options" in debug and "HTTP Response" in debug
    # The documented format: `[time - logger:line - LEVEL] message`.
    assert " - openai:" in debug and " - DEBUG] " in debug
    assert "sk-very-secret" not in debug
