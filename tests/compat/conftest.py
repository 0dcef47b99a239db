"""Fixtures for the drop-in compatibility audit: real clients talking to a scripted in-process server.

Every test here is written the way a user of the official SDK writes code (`client.files.list()`,
`client.chat.completions.create(..., stream=True)`), and asserts what the official SDK documents:
the request on the wire, the parsed value, or the raised error. Nothing touches the network.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Union, Callable, Iterator, Optional

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI

BASE_URL = "https://api.example.test/v1"
API_KEY = "sk-compat-test"

Answer = Union[httpx.Response, BaseException, Callable[[httpx.Request], httpx.Response]]

_ENV_VARS = (
    "OPENAI_API_KEY",
    "OPENAI_ADMIN_KEY",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_WEBHOOK_SECRET",
    "OPENAI_BASE_URL",
    "OPENAI_LOG",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AD_TOKEN",
    "AZURE_OPENAI_ENDPOINT",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The audit must not depend on the developer's shell.
    for name in _ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Server:
    """Answers requests with the scripted answers in order (the last one repeats) and records them."""

    def __init__(self, *answers: Answer) -> None:
        self.requests: List[httpx.Request] = []
        self.answers: List[Answer] = list(answers)

    def script(self, *answers: Answer) -> None:
        self.answers = list(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.answers:
            return httpx.Response(200, json={})
        answer = self.answers[min(len(self.requests) - 1, len(self.answers) - 1)]
        if isinstance(answer, BaseException):
            raise answer
        if callable(answer):
            return answer(request)
        # A fresh copy each time: an httpx.Response body can only be consumed once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def server() -> Server:
    return Server()


def sync_client(server: Server, **kwargs: Any) -> OpenAI:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    client = OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(server)), **kwargs)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]  # retries without real waiting
    return client


def async_client(server: Server, **kwargs: Any) -> AsyncOpenAI:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    client = AsyncOpenAI(http_client=httpx.AsyncClient(transport=httpx.MockTransport(server.handle_async)), **kwargs)

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep  # type: ignore[method-assign]
    return client


@pytest.fixture
def client(server: Server) -> Iterator[OpenAI]:
    c = sync_client(server)
    yield c
    c.close()


def json_answer(body: Any, status: int = 200, headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def sse_answer(*events: Union[str, Dict[str, Any]], headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    """An SSE body: dicts become `data: <json>` events, strings are written as given (end them with a blank line)."""
    parts = [f"data: {json.dumps(event)}\n\n" if isinstance(event, dict) else event for event in events]
    return httpx.Response(
        200, headers={"content-type": "text/event-stream", **(headers or {})}, content="".join(parts).encode()
    )


# Response bodies shaped as the API answers them.


def chat_completion(content: str = "Hello!", **extra: Any) -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "gpt-4o",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": content, "refusal": None},
            }
        ],
        **extra,
    }


def chat_chunk(content: str, finish_reason: Optional[str] = None) -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish_reason}],
    }


def file_object(file_id: str, **extra: Any) -> Dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": 120,
        "created_at": 1700000000,
        "filename": "data.jsonl",
        "purpose": "fine-tune",
        "status": "processed",
        **extra,
    }


def model_object(model_id: str) -> Dict[str, Any]:
    return {"id": model_id, "object": "model", "created": 1700000000, "owned_by": "openai"}


def error_body(message: str = "bad things", code: Optional[str] = "some_code", param: Optional[str] = None) -> Any:
    return {"error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}}


MESSAGES: List[Dict[str, str]] = [{"role": "user", "content": "Say hello"}]


def response_object(text: str, *, instructions: Optional[str] = None) -> Dict[str, Any]:
    """A completed Responses API object whose only output is one message with `text`."""
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "gpt-4o",
        "status": "completed",
        "output": [
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "error": None,
        "incomplete_details": None,
        "instructions": instructions,
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
    }
