"""What goes on the wire: headers, URL, query string and bodies (compared with wire-facts.json)."""

from __future__ import annotations

import platform
from typing import Any

import httpx
import pytest

from openai import OpenAI, omit
from openai._version import __version__
from openai._base_client import make_request_options

from .conftest import API_KEY, BASE_URL, Recorder, make_client, sent_headers, make_async_client


def expected_headers(*, async_value: str = "false", user_agent: str = "OpenAI") -> dict[str, str]:
    return {
        "accept": "application/json",
        "accept-encoding": "gzip, deflate",
        "authorization": f"Bearer {API_KEY}",
        "connection": "keep-alive",
        "host": "api.example.test",
        "user-agent": f"{user_agent}/Python {__version__}",
        "x-stainless-arch": {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(
            platform.machine().lower(), platform.machine().lower()
        ),
        "x-stainless-async": async_value,
        "x-stainless-lang": "python",
        "x-stainless-os": {"Linux": "Linux", "Darwin": "MacOS", "Windows": "Windows"}[platform.system()],
        "x-stainless-package-version": __version__,
        "x-stainless-runtime": platform.python_implementation(),
        "x-stainless-runtime-version": platform.python_version(),
        "x-stainless-read-timeout": "600",
        "x-stainless-retry-count": "0",
    }


def test_get_sends_exactly_the_official_headers() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.get("/models", cast_to=dict)
    request = recorder.last
    assert request.method == "GET"
    assert str(request.url) == "https://api.example.test/v1/models"
    # GET carries no body, so no Content-Type (as captured from the official SDK).
    assert sent_headers(request) == expected_headers()


def test_post_sends_json_and_content_type() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.post(
        "/chat/completions", cast_to=dict, body={"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}
    )
    request = recorder.last
    headers = sent_headers(request)
    assert headers.pop("content-type") == "application/json"
    headers.pop("content-length")
    assert headers == expected_headers()
    assert recorder.json() == {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}


def test_delete_sends_content_type_without_body() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.delete("/files/file-1", cast_to=dict)
    assert recorder.last.method == "DELETE"
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert recorder.last.content == b""


async def test_async_headers_name_the_event_loop(anyio_backend: str) -> None:
    recorder = Recorder()
    client = make_async_client(recorder)
    await client.get("/models", cast_to=dict)
    assert sent_headers(recorder.last) == expected_headers(
        async_value=f"async:{anyio_backend}", user_agent="AsyncOpenAI"
    )


def test_user_agent_uses_the_class_name() -> None:
    class MyClient(OpenAI):
        pass

    recorder = Recorder()
    client = MyClient(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    client.get("/models", cast_to=dict)
    assert recorder.last.headers["User-Agent"] == f"MyClient/Python {__version__}"
    assert client.user_agent == f"MyClient/Python {__version__}"


def test_organization_and_project_headers() -> None:
    recorder = Recorder()
    client = make_client(recorder, organization="org-1", project="proj-1")
    client.get("/models", cast_to=dict)
    assert recorder.last.headers["OpenAI-Organization"] == "org-1"
    assert recorder.last.headers["OpenAI-Project"] == "proj-1"


def test_extra_headers_query_and_body() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.post(
        "/chat/completions",
        cast_to=dict,
        body={"model": "gpt-4o"},
        options=make_request_options(
            extra_headers={"X-Custom": "1"}, extra_query={"trace": "yes"}, extra_body={"custom_field": True}
        ),
    )
    request = recorder.last
    assert request.headers["X-Custom"] == "1"
    assert str(request.url) == "https://api.example.test/v1/chat/completions?trace=yes"
    assert recorder.json() == {"model": "gpt-4o", "custom_field": True}


def test_extra_headers_override_defaults_case_insensitively() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.get("/models", cast_to=dict, options={"headers": {"accept": "text/plain", "x-stainless-retry-count": "7"}})
    assert recorder.last.headers.get_list("Accept") == ["text/plain"]
    assert recorder.last.headers["x-stainless-retry-count"] == "7"


def test_omit_removes_a_default_header() -> None:
    recorder = Recorder()
    client = make_client(recorder, organization="org-1")
    client.get("/models", cast_to=dict, options={"headers": {"OpenAI-Organization": omit, "X-Stainless-Lang": omit}})
    assert "OpenAI-Organization" not in recorder.last.headers
    assert "X-Stainless-Lang" not in recorder.last.headers


def test_default_headers_and_query_of_the_client() -> None:
    recorder = Recorder()
    client = make_client(recorder, default_headers={"X-Team": "a"}, default_query={"api-version": "1"})
    client.get("/models", cast_to=dict, options={"params": {"limit": 2}})
    assert recorder.last.headers["X-Team"] == "a"
    assert recorder.last.url.params.multi_items() == [("api-version", "1"), ("limit", "2")]


def test_query_arrays_nested_objects_and_booleans() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.get(
        "/organization/audit_logs",
        cast_to=dict,
        options={
            "params": {
                "effective_at": {"gte": 1700000000, "lt": 1800000000},
                "event_types": ["project.created", "project.updated"],
                "flag": True,
                "skip": None,
            }
        },
    )
    assert str(recorder.last.url) == (
        "https://api.example.test/v1/organization/audit_logs?effective_at%5Bgte%5D=1700000000"
        "&effective_at%5Blt%5D=1800000000&event_types%5B%5D=project.created&event_types%5B%5D=project.updated"
        "&flag=true"
    )


def test_read_timeout_header_follows_per_request_timeout() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.get("/models", cast_to=dict, options={"timeout": 12.5})
    assert recorder.last.headers["x-stainless-read-timeout"] == "12.5"
    assert recorder.last.extensions["timeout"] == {"connect": 12.5, "read": 12.5, "write": 12.5, "pool": 12.5}


def test_multipart_body_with_form_fields() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.post(
        "/files",
        cast_to=dict,
        body={"purpose": "fine-tune", "meta": {"a": "b"}, "tags": ["x", "y"]},
        files=[("file", ("data.jsonl", b'{"a": 1}\n', "application/jsonl"))],
        options={"headers": {"content-type": "multipart/form-data"}},
    )
    request = recorder.last
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = request.content.decode()
    assert 'name="purpose"\r\n\r\nfine-tune' in body
    assert 'name="meta[a]"\r\n\r\nb' in body
    assert body.count('name="tags[]"') == 2
    assert 'name="file"; filename="data.jsonl"' in body
    assert "Content-Type: application/jsonl" in body


def test_raw_content_body() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.post(
        "/uploads/raw",
        cast_to=dict,
        content=b"\x00\x01raw",
        options={"headers": {"Content-Type": "application/octet-stream"}},
    )
    assert recorder.last.content == b"\x00\x01raw"
    assert recorder.last.headers["Content-Type"] == "application/octet-stream"


def test_absolute_url_is_used_as_is() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    client.get("https://other.example.test/x", cast_to=dict)
    assert str(recorder.last.url) == "https://other.example.test/x"


def test_base_url_gets_a_trailing_slash() -> None:
    client = OpenAI(api_key=API_KEY, base_url="https://api.example.test/v2")
    assert str(client.base_url) == "https://api.example.test/v2/"
    client.base_url = "https://other.example.test/v3"  # type: ignore[assignment]
    assert str(client.base_url) == "https://other.example.test/v3/"


@pytest.mark.parametrize("field", ["api_key", "organization", "project"])
def test_crlf_in_credentials_is_rejected_before_sending(field: str) -> None:
    kwargs: dict[str, Any] = {"api_key": API_KEY, field: "abc\r\nX-Evil: 1"}
    with pytest.raises(ValueError, match="CR, LF") as info:
        OpenAI(**kwargs)
    assert "X-Evil" not in str(info.value)


def test_crlf_in_extra_header_is_rejected_before_sending() -> None:
    recorder = Recorder()
    client = make_client(recorder)
    with pytest.raises(ValueError, match="X-Custom"):
        client.get("/models", cast_to=dict, options={"headers": {"X-Custom": "a\nb"}})
    with pytest.raises(ValueError):
        OpenAI(api_key=API_KEY, default_headers={"X-Custom": "a\rb"})
    client.api_key = "changed\nlater"
    with pytest.raises(ValueError):
        client.get("/models", cast_to=dict)
    assert recorder.requests == []


def test_api_key_callable_is_called_per_request() -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return f"sk-rotated-{len(calls)}"

    recorder = Recorder()
    client = make_client(recorder, api_key=provider)
    client.get("/models", cast_to=dict)
    client.get("/models", cast_to=dict)
    assert [r.headers["Authorization"] for r in recorder.requests] == ["Bearer sk-rotated-1", "Bearer sk-rotated-2"]


async def test_async_api_key_callable_may_be_a_coroutine(anyio_backend: str) -> None:
    async def provider() -> str:
        return "sk-async-key"

    recorder = Recorder()
    client = make_async_client(recorder, api_key=provider)
    await client.get("/models", cast_to=dict)
    assert recorder.last.headers["Authorization"] == "Bearer sk-async-key"


def test_admin_api_key_is_sent_for_admin_operations() -> None:
    recorder = Recorder()
    client = make_client(recorder, admin_api_key="sk-admin-test")
    client.get("/organization/users", cast_to=dict, options=make_request_options(security="admin_api_key"))
    client.get("/models", cast_to=dict)
    assert [r.headers["Authorization"] for r in recorder.requests] == [
        "Bearer sk-admin-test",
        f"Bearer {API_KEY}",
    ]


def test_admin_key_only_client_rejects_non_admin_calls() -> None:
    recorder = Recorder()
    client = make_client(recorder, api_key=None, admin_api_key="sk-admin-test")
    client.get("/organization/admin_api_keys", cast_to=dict, options={"security": "admin_api_key"})
    assert recorder.last.headers["Authorization"] == "Bearer sk-admin-test"
    with pytest.raises(TypeError) as info:
        client.get("/models", cast_to=dict)
    assert str(info.value) == (  # quotes included, as the official message (wire-facts.json)
        '"Could not resolve authentication method. Expected either api_key or admin_api_key to be set. '
        'Or for one of the `Authorization` or `Authorization` headers to be explicitly omitted"'
    )
    assert len(recorder.requests) == 1


def test_omitting_authorization_allows_a_keyless_request() -> None:
    recorder = Recorder()
    client = make_client(recorder, api_key=None, _enforce_credentials=False)
    client.get("/models", cast_to=dict, options={"headers": {"Authorization": omit}})
    assert "Authorization" not in recorder.last.headers


def test_idempotency_key_is_stable_across_retries() -> None:
    recorder = Recorder(httpx.Response(500), httpx.Response(200, json={}))
    client = make_client(recorder)
    client._idempotency_header = "Idempotency-Key"
    client.post("/x", cast_to=dict, body={})
    keys = [r.headers["Idempotency-Key"] for r in recorder.requests]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0].startswith("stainless-python-retry-")


def test_path_template_values_cannot_escape_the_endpoint() -> None:
    from openai._utils import path_template

    recorder = Recorder()
    client = make_client(recorder)
    for value in ["../admin", "a/b", "x?y=1", "frag#1", "..", "."]:
        client.get(path_template("/files/{file_id}/content", file_id=value), cast_to=dict)
        url = recorder.last.url
        assert url.path.startswith("/v1/files/") and url.path.endswith("/content")
        assert url.raw_path.count(b"/") == 4, url.raw_path
        assert url.query == b""
        assert url.fragment == ""


def test_user_http_client_headers_cookies_and_params_are_kept() -> None:
    recorder = Recorder()
    plain = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-From-Client": "1", "Accept": "*/*"})
    OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=plain).get("/models", cast_to=dict)
    fast = recorder.last
    assert fast.headers["X-From-Client"] == "1"
    assert fast.headers.get_list("Accept") == ["application/json"]  # the SDK's value wins

    configured = httpx.Client(
        transport=httpx.MockTransport(recorder),
        headers={"X-From-Client": "1"},
        cookies={"session": "abc"},
        params={"from_client": "yes"},
    )
    OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=configured).get("/models", cast_to=dict)
    general = recorder.last
    assert general.headers["Cookie"] == "session=abc"
    assert general.url.params["from_client"] == "yes"
    # Both paths build the same request apart from what the client itself adds.
    fast_headers, general_headers = dict(fast.headers), dict(general.headers)
    general_headers.pop("cookie")
    assert fast_headers == general_headers


def test_every_custom_request_verb_honours_the_client_options() -> None:
    recorder = Recorder()
    client = make_client(recorder, default_headers={"X-Team": "a"}, default_query={"v": "1"}, timeout=9.0)
    client.get("/r", cast_to=dict)
    client.post("/r", cast_to=dict, body={"a": 1})
    client.put("/r", cast_to=dict, body={"a": 2})
    client.patch("/r", cast_to=dict, body={"a": 3})
    client.delete("/r", cast_to=dict)
    assert [r.method for r in recorder.requests] == ["GET", "POST", "PUT", "PATCH", "DELETE"]
    for request in recorder.requests:
        assert request.headers["X-Team"] == "a"
        assert request.headers["Authorization"] == f"Bearer {API_KEY}"
        assert request.url.params["v"] == "1"
        assert request.extensions["timeout"]["read"] == 9.0
    assert [r.content for r in recorder.requests[1:4]] == [b'{"a":1}', b'{"a":2}', b'{"a":3}']


async def test_async_custom_request_verbs(anyio_backend: str) -> None:
    recorder = Recorder()
    client = make_async_client(recorder, default_query={"v": "1"})
    await client.get("/r", cast_to=dict)
    await client.post("/r", cast_to=dict, body={"a": 1})
    await client.put("/r", cast_to=dict, body={"a": 2})
    await client.patch("/r", cast_to=dict, body={"a": 3})
    await client.delete("/r", cast_to=dict)
    assert [r.method for r in recorder.requests] == ["GET", "POST", "PUT", "PATCH", "DELETE"]
    assert all(r.url.params["v"] == "1" for r in recorder.requests)


def test_auth_configured_on_the_user_http_client_is_kept() -> None:
    recorder = Recorder()
    http_client = httpx.Client(transport=httpx.MockTransport(recorder), auth=("user", "pass"))
    client = OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http_client)
    client.get("/models", cast_to=dict, options={"headers": {"Authorization": omit}})
    assert recorder.last.headers["Authorization"].startswith("Basic ")


def test_follow_redirects_per_request() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/old":
            return httpx.Response(307, headers={"Location": "/v1/new"})
        return httpx.Response(200, json={"path": request.url.path})

    recorder = Recorder(handler)
    client = make_client(recorder)
    # A plain httpx.Client does not follow redirects; the per-request option overrides it.
    assert client.get("/old", cast_to=dict, options={"follow_redirects": True}) == {"path": "/v1/new"}
    from openai import APIStatusError

    with pytest.raises(APIStatusError) as info:
        client.get("/old", cast_to=dict)
    assert info.value.status_code == 307
