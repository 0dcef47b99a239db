"""What the generated methods put on the wire (facts from ../shared/reference/wire-facts.json).

Runs the committed generated package against an httpx.MockTransport: the requests a few
representative methods build, decided by the generator (paths, verbs, headers, bodies).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

import httpx
import pytest

import openai
from openai.pagination import SyncCursorPage

Seen = List[httpx.Request]


def _client(seen: Seen, payload: Any = None) -> openai.OpenAI:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if payload is None:
            return httpx.Response(200, content=b"raw", headers={"content-type": "application/octet-stream"})
        return httpx.Response(200, json=payload)

    return openai.OpenAI(
        api_key="sk-test",
        admin_api_key="sk-admin",
        base_url="https://api.example.test/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )


def test_beta_assistants_send_the_beta_header() -> None:
    seen: Seen = []
    page = _client(seen, {"object": "list", "data": [], "has_more": False}).beta.assistants.list(limit=2)
    assert isinstance(page, SyncCursorPage)
    req = seen[0]
    assert (req.method, req.url.path, req.url.params["limit"]) == ("GET", "/v1/assistants", "2")
    assert req.headers["OpenAI-Beta"] == "assistants=v2"


@pytest.mark.parametrize(
    "call, path, accept",
    [
        (lambda c: c.files.content("file-1"), "/v1/files/file-1/content", "application/binary"),
        (
            lambda c: c.audio.speech.create(input="hi", model="tts-1", voice="alloy"),
            "/v1/audio/speech",
            "application/octet-stream",
        ),
    ],
)
def test_binary_endpoints_ask_for_their_content_type(call: Any, path: str, accept: str) -> None:
    seen: Seen = []
    result = call(_client(seen))
    assert seen[0].url.path == path and seen[0].headers["Accept"] == accept
    assert result.content == b"raw"


def test_json_body_and_path_template() -> None:
    seen: Seen = []
    body: Dict[str, Any] = {"id": "msg_1", "object": "thread.message", "created_at": 1, "thread_id": "t/1"}
    _client(seen, body).beta.threads.messages.retrieve("msg 1", thread_id="t/1")
    assert seen[0].url.raw_path == b"/v1/threads/t%2F1/messages/msg%201"
    seen.clear()
    _client(seen, {"id": "x"}).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert json.loads(seen[0].content) == {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}


def test_admin_operations_use_the_admin_key() -> None:
    seen: Seen = []
    _client(seen, {"object": "list", "data": [], "has_more": False}).admin.organization.admin_api_keys.list()
    assert seen[0].headers["Authorization"] == "Bearer sk-admin"


def test_multipart_upload() -> None:
    seen: Seen = []
    _client(
        seen,
        {
            "id": "file-1",
            "object": "file",
            "bytes": 3,
            "created_at": 1,
            "filename": "a.txt",
            "purpose": "batch",
            "status": "uploaded",
        },
    ).files.create(file=("a.txt", b"abc"), purpose="batch")
    req = seen[0]
    assert req.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="purpose"' in req.content and b'filename="a.txt"' in req.content


def test_empty_path_param_is_refused_before_any_request() -> None:
    seen: Seen = []
    with pytest.raises(ValueError, match="file_id"):
        _client(seen).files.retrieve("")
    assert seen == []


def test_query_params_go_in_signature_order() -> None:
    """The official capture of files.list: after, limit, order, purpose (not the spec's order)."""
    seen: Seen = []
    client = _client(seen, {"object": "list", "data": [], "has_more": False})
    client.files.list(purpose="assistants", order="asc", limit=2, after="file-1")
    assert seen[0].url.query.decode() == "after=file-1&limit=2&order=asc&purpose=assistants"


def test_stream_flag_of_a_bodyless_method_is_a_query_param() -> None:
    seen: Seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        event = {"type": "response.completed", "sequence_number": 1, "response": {"id": "resp_1"}}
        sse = f"event: response.completed\ndata: {json.dumps(event)}\n\n"
        return httpx.Response(200, content=sse.encode(), headers={"content-type": "text/event-stream"})

    client = openai.OpenAI(
        api_key="sk-test",
        base_url="https://api.example.test/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    stream = client.responses.retrieve("resp_1", stream=True, starting_after=3)
    events = list(stream)
    assert seen[0].method == "GET" and seen[0].url.path == "/v1/responses/resp_1"
    assert dict(seen[0].url.params) == {"starting_after": "3", "stream": "true"}
    assert [e.type for e in events] == ["response.completed"]
    client.responses.retrieve("resp_1")  # non-streaming: no flag sent
    assert "stream" not in seen[1].url.params


def test_query_stream_flag_is_not_nullable_in_the_signature() -> None:
    import inspect

    from openai.resources.responses.responses import Responses

    assert inspect.signature(Responses.retrieve).parameters["stream"].annotation == (
        "Literal[False] | Literal[True] | Omit"
    )
