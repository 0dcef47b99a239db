"""What goes on the wire for ordinary user calls: headers, bodies, query strings, per-request extras."""

from __future__ import annotations

import json
import platform
from urllib.parse import unquote

import httpx
import pytest

import openai
from openai import NOT_GIVEN, Omit, omit, not_given

from .conftest import MESSAGES, Server, json_answer, sync_client, async_client, chat_completion


def test_a_chat_call_sends_the_documented_header_family(server: Server) -> None:
    client = sync_client(server, organization="org-1", project="proj-1")
    server.script(json_answer(chat_completion()))
    client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    headers = server.last.headers
    assert server.last.method == "POST"
    assert str(server.last.url) == "https://api.example.test/v1/chat/completions"
    assert headers["Authorization"] == "Bearer sk-compat-test"
    assert headers["OpenAI-Organization"] == "org-1"
    assert headers["OpenAI-Project"] == "proj-1"
    assert headers["Content-Type"] == "application/json"
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"] == f"OpenAI/Python {openai.__version__}"
    assert headers["X-Stainless-Lang"] == "python"
    assert headers["X-Stainless-Package-Version"] == openai.__version__
    assert headers["X-Stainless-Runtime"] == platform.python_implementation()
    assert headers["X-Stainless-Runtime-Version"] == platform.python_version()
    assert headers["X-Stainless-Async"] == "false"
    assert headers["X-Stainless-OS"] and headers["X-Stainless-Arch"]
    assert headers["x-stainless-retry-count"] == "0"
    assert headers["x-stainless-read-timeout"] == "600"
    # The official SDK sends no idempotency key.
    assert "Idempotency-Key" not in headers
    assert server.body() == {"messages": MESSAGES, "model": "gpt-4o"}


async def test_async_calls_name_the_event_loop(server: Server, anyio_backend: str) -> None:
    client = async_client(server)
    server.script(json_answer(chat_completion()))
    await client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert server.last.headers["X-Stainless-Async"] == f"async:{anyio_backend}"
    assert server.last.headers["User-Agent"] == f"AsyncOpenAI/Python {openai.__version__}"
    await client.close()


def test_assistants_and_threads_carry_the_beta_header_other_resources_do_not(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    client.beta.assistants.list()
    assert server.last.headers["OpenAI-Beta"] == "assistants=v2"
    server.script(json_answer({"id": "thread_1", "object": "thread", "created_at": 1, "metadata": {}}))
    client.beta.threads.create()
    assert server.last.headers["OpenAI-Beta"] == "assistants=v2"
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    client.vector_stores.list()
    assert "OpenAI-Beta" not in server.last.headers
    # A user may still pin another beta value per request.
    client.beta.assistants.list(extra_headers={"OpenAI-Beta": "assistants=v1"})
    assert server.last.headers["OpenAI-Beta"] == "assistants=v1"


def test_extra_headers_query_and_body_reach_the_request(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer(chat_completion()))
    client.chat.completions.create(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        extra_headers={"X-Custom": "yes"},
        extra_query={"debug": "true"},
        extra_body={"my_undocumented_param": {"nested": [1, 2]}, "model": "gpt-4o-mini"},
    )
    assert server.last.headers["X-Custom"] == "yes"
    assert server.last.url.params["debug"] == "true"
    # extra_body is merged into the JSON body and wins over the documented arguments.
    assert server.body() == {"messages": MESSAGES, "model": "gpt-4o-mini", "my_undocumented_param": {"nested": [1, 2]}}


def test_none_is_sent_as_null_while_not_given_and_omit_leave_the_key_out(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer(chat_completion()))
    client.chat.completions.create(model="gpt-4o", messages=MESSAGES, temperature=None)  # type: ignore[arg-type]
    assert server.body()["temperature"] is None
    client.chat.completions.create(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        temperature=NOT_GIVEN,  # type: ignore[arg-type]  # typed `| Omit` officially too, still accepted
        top_p=not_given,  # type: ignore[arg-type]
        max_tokens=omit,
        user=Omit(),
    )
    assert server.body() == {"messages": MESSAGES, "model": "gpt-4o"}


def test_omit_in_extra_headers_removes_a_default_header(server: Server) -> None:
    client = sync_client(server, default_headers={"X-Team": "a"})
    client.models.list(extra_headers={"X-Team": omit, "X-Stainless-Lang": omit})
    assert "X-Team" not in server.last.headers
    assert "X-Stainless-Lang" not in server.last.headers


def test_default_headers_may_override_the_sdk_headers(server: Server) -> None:
    client = sync_client(server, default_headers={"User-Agent": "my-app/1.0"})
    client.models.list()
    assert server.last.headers["User-Agent"] == "my-app/1.0"


def test_user_supplied_stainless_headers_are_kept(server: Server) -> None:
    client = sync_client(server)
    client.models.list(extra_headers={"x-stainless-retry-count": "42", "x-stainless-read-timeout": "1"})
    assert server.last.headers["x-stainless-retry-count"] == "42"
    assert server.last.headers["x-stainless-read-timeout"] == "1"


def test_default_query_is_sent_with_every_request_and_extra_query_overrides_it(server: Server) -> None:
    client = sync_client(server, default_query={"tenant": "t1"})
    client.models.list()
    assert server.last.url.params["tenant"] == "t1"
    client.models.list(extra_query={"tenant": "t2", "tags": ["a", "b"]})
    assert server.last.url.params["tenant"] == "t2"
    # Arrays are written with brackets, as the API expects.
    assert server.last.url.params.get_list("tags[]") == ["a", "b"]


def test_query_parameters_of_list_methods(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    client.files.list(limit=10, order="asc", purpose="batch")
    assert dict(server.last.url.params) == {"limit": "10", "order": "asc", "purpose": "batch"}
    # Left-out arguments are not sent at all.
    client.files.list()
    assert str(server.last.url) == "https://api.example.test/v1/files"


def test_a_timeout_of_none_disables_the_timeout_and_the_read_timeout_header(server: Server) -> None:
    client = sync_client(server)
    client.models.list(timeout=None)
    assert server.last.extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}
    assert "x-stainless-read-timeout" not in server.last.headers


def test_custom_requests_to_undocumented_endpoints(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer({"ok": True}, headers={"x-foo": "bar"}))
    # README: `response = client.post("/foo", cast_to=httpx.Response, body={"my_param": True})`
    response = client.post("/foo", cast_to=httpx.Response, body={"my_param": True})
    assert isinstance(response, httpx.Response)
    assert response.headers["x-foo"] == "bar"
    assert str(server.last.url) == "https://api.example.test/v1/foo"
    assert server.body() == {"my_param": True}
    assert server.last.headers["Authorization"] == "Bearer sk-compat-test"

    assert client.get("/foo", cast_to=object) == {"ok": True}
    assert server.last.method == "GET"


def test_path_parameters_are_encoded_and_empty_ones_refused(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer({"id": "a/b", "object": "model", "created": 1, "owned_by": "me"}))
    client.models.retrieve("ft:gpt-4o:org/name")
    # One path segment whatever the value holds: the slash cannot open a new one.
    raw_path = server.last.url.raw_path.decode()
    assert raw_path.startswith("/v1/models/") and raw_path.endswith("org%2Fname")
    assert unquote(raw_path[len("/v1/models/") :]) == "ft:gpt-4o:org/name"
    with pytest.raises(ValueError, match="Expected a non-empty value for `model`"):
        client.models.retrieve("")
    with pytest.raises(ValueError, match="Expected a non-empty value for `file_id`"):
        client.files.retrieve("")


def test_delete_sends_no_body(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer({"id": "file-1", "object": "file", "deleted": True}))
    deleted = client.files.delete("file-1")
    assert deleted.deleted is True
    assert server.last.method == "DELETE"
    assert server.last.content == b""


def test_embeddings_ask_for_base64_and_hand_back_floats(server: Server) -> None:
    import base64
    import struct

    vector = [0.5, -1.25, 3.0]
    encoded = base64.b64encode(struct.pack("<3f", *vector)).decode()
    server.script(
        json_answer(
            {
                "object": "list",
                "model": "text-embedding-3-small",
                "data": [{"object": "embedding", "index": 0, "embedding": encoded}],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            }
        )
    )
    client = sync_client(server)
    result = client.embeddings.create(model="text-embedding-3-small", input="hello")
    assert server.body() == {"input": "hello", "model": "text-embedding-3-small", "encoding_format": "base64"}
    assert result.data[0].embedding == vector


def test_request_bodies_serialise_dates_and_iterables(server: Server) -> None:
    client = sync_client(server)
    server.script(json_answer(chat_completion()))
    messages = ({"role": "user", "content": text} for text in ["a", "b"])  # a generator, consumed once
    client.chat.completions.create(model="gpt-4o", messages=messages, stop=("x", "y"))  # type: ignore[arg-type]
    body = json.loads(server.last.content)
    assert body["messages"] == [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
    assert body["stop"] == ["x", "y"]


def test_missing_required_arguments_name_the_accepted_sets(server: Server) -> None:
    client = sync_client(server)
    with pytest.raises(TypeError) as info:
        client.chat.completions.create(model="gpt-4o")  # type: ignore[call-overload]
    assert str(info.value) == (
        "Missing required arguments; Expected either ('messages' and 'model') "
        "or ('messages', 'model' and 'stream') arguments to be given"
    )
    with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
        client.chat.completions.create(model="gpt-4o", messages=MESSAGES, bogus=1)  # type: ignore[call-overload]
    assert server.requests == []
