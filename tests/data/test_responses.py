"""Raw (`with_raw_response`), streamed (`with_streaming_response`) and binary responses (issue 3, Responses)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Union, Optional
from pathlib import Path

import httpx
import pytest

import openai
from openai._models import BaseModel
from openai._response import (
    APIResponse,
    AsyncAPIResponse,
    StreamAlreadyConsumed,
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_streamed_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai._legacy_response import (
    LegacyAPIResponse,
    HttpxBinaryResponseContent,
    to_raw_response_wrapper,
    async_to_raw_response_wrapper,
)
from openai._request_options import FinalRequestOptions

from .conftest import ChunkedStream, make_client, make_async_client

pytestmark = pytest.mark.filterwarnings("ignore:Async generator .* was garbage collected:ResourceWarning")


class FileObject(BaseModel):
    id: str
    bytes: int
    purpose: str


FILE_JSON = {"id": "file-1", "bytes": 12, "purpose": "assistants", "new": True}


class Recorder:
    """A MockTransport handler answering from a table and remembering the requests."""

    def __init__(self, responder: Any = None) -> None:
        self.requests: List[httpx.Request] = []
        self.responder = responder

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.responder is not None:
            return self.responder(request)
        # Bodies as streams, like a network transport's (a `content=` body counts as read from the start).
        if request.url.path.endswith("/content"):
            return httpx.Response(
                200,
                headers={"content-type": "application/octet-stream"},
                stream=ChunkedStream([b"\x00bin", b"ary\xff"]),
            )
        body = ChunkedStream([json.dumps(FILE_JSON).encode()])
        return httpx.Response(200, headers={"content-type": "application/json", "x-request-id": "req_abc"}, stream=body)


class Files:
    """Stands in for a generated resource: the same calls into the client a generated method makes."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def retrieve(self, file_id: str, *, extra_headers: Optional[Dict[str, Any]] = None) -> FileObject:
        return self._client.get(
            f"/files/{file_id}", cast_to=FileObject, options=make_request_options(extra_headers=extra_headers)
        )

    def content(self, file_id: str, *, extra_headers: Optional[Dict[str, Any]] = None) -> HttpxBinaryResponseContent:
        headers = {"Accept": "application/binary", **(extra_headers or {})}
        return self._client.get(
            f"/files/{file_id}/content",
            cast_to=HttpxBinaryResponseContent,
            options=make_request_options(extra_headers=headers),
        )


class AsyncFiles(Files):
    async def retrieve(self, file_id: str, *, extra_headers: Optional[Dict[str, Any]] = None) -> FileObject:  # type: ignore[override]
        return await super().retrieve(file_id, extra_headers=extra_headers)  # type: ignore[misc]

    async def content(
        self, file_id: str, *, extra_headers: Optional[Dict[str, Any]] = None
    ) -> HttpxBinaryResponseContent:  # type: ignore[override]
        return await super().content(file_id, extra_headers=extra_headers)  # type: ignore[misc]


# --- legacy raw responses -------------------------------------------------------------------------


def test_plain_call_sets_request_id_on_the_model() -> None:
    files = Files(make_client(Recorder()))
    f = files.retrieve("file-1")
    assert isinstance(f, FileObject) and f.id == "file-1" and f.new is True  # type: ignore[attr-defined]
    assert f._request_id == "req_abc"


def test_raw_response_wrapper() -> None:
    recorder = Recorder()
    files = Files(make_client(recorder))
    raw = to_raw_response_wrapper(files.retrieve)("file-1")
    assert isinstance(raw, LegacyAPIResponse)
    assert recorder.requests[0].headers["X-Stainless-Raw-Response"] == "true"
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req_abc"
    assert raw.request_id == "req_abc"
    assert raw.http_request.method == "GET" and raw.method == "GET"
    assert str(raw.url) == "http://api.test/v1/files/file-1"
    assert raw.retries_taken == 0
    assert raw.elapsed.total_seconds() >= 0
    assert raw.http_version == "HTTP/1.1"
    assert json.loads(raw.text) == FILE_JSON
    assert json.loads(raw.content) == FILE_JSON
    assert raw.json() == FILE_JSON
    parsed = raw.parse()
    assert isinstance(parsed, FileObject) and parsed._request_id == "req_abc"
    assert raw.parse() is parsed  # cached

    class Other(BaseModel):
        purpose: str

    other = raw.parse(to=Other)
    assert isinstance(other, Other) and other.purpose == "assistants"
    assert raw.parse(to=dict) == FILE_JSON  # type: ignore[comparison-overlap]
    assert "LegacyAPIResponse [200 OK]" in repr(raw)


async def test_raw_response_on_the_async_client_parses_synchronously() -> None:
    recorder = Recorder()
    files = AsyncFiles(make_async_client(recorder))
    raw = await async_to_raw_response_wrapper(files.retrieve)("file-1")
    assert isinstance(raw, LegacyAPIResponse)
    assert recorder.requests[0].headers["X-Stainless-Raw-Response"] == "true"
    parsed = raw.parse()  # not a coroutine
    assert isinstance(parsed, FileObject) and parsed.bytes == 12
    assert raw.text == json.dumps(FILE_JSON) or json.loads(raw.text) == FILE_JSON


# --- streamed responses ---------------------------------------------------------------------------


def test_streaming_response_wrapper() -> None:
    recorder = Recorder()
    files = Files(make_client(recorder))
    with to_streamed_response_wrapper(files.retrieve)("file-1") as response:
        assert isinstance(response, APIResponse)
        assert recorder.requests[0].headers["X-Stainless-Raw-Response"] == "stream"
        assert response.request_id == "req_abc"
        parsed = response.parse()
        assert isinstance(parsed, FileObject) and parsed._request_id == "req_abc"
        assert response.parse() is parsed
        assert response.json() == FILE_JSON
        assert json.loads(response.text()) == FILE_JSON
        assert json.loads(response.read()) == FILE_JSON
    assert response.is_closed


async def test_async_streaming_response_wrapper() -> None:
    recorder = Recorder()
    files = AsyncFiles(make_async_client(recorder))
    async with async_to_streamed_response_wrapper(files.retrieve)("file-1") as response:
        assert isinstance(response, AsyncAPIResponse)
        assert recorder.requests[0].headers["X-Stainless-Raw-Response"] == "stream"
        parsed = await response.parse()
        assert isinstance(parsed, FileObject)
        assert await response.json() == FILE_JSON
        assert json.loads(await response.text()) == FILE_JSON
    assert response.is_closed


def unread_response(
    stream: ChunkedStream, *, cast_to: Any = FileObject, client: Any = None, content_type: str = "application/json"
) -> APIResponse[Any]:
    """An `APIResponse` over a body that has not been read (as `with_streaming_response` hands it out)."""
    request = httpx.Request("GET", "http://api.test/v1/x")
    raw = httpx.Response(200, headers={"content-type": content_type}, stream=stream, request=request)
    return APIResponse(
        raw=raw,
        cast_to=cast_to,
        client=client or make_client(Recorder()),
        stream=False,
        stream_cls=None,
        options=FinalRequestOptions(method="get", url="/x"),
    )


def test_api_response_does_not_read_the_body_up_front_and_iterates() -> None:
    stream = ChunkedStream([b"line one\n", b"line two\nline", b" three"])
    response = unread_response(stream)
    assert stream.chunks_sent == 0
    assert list(response.iter_lines()) == ["line one", "line two", "line three"]
    with pytest.raises(StreamAlreadyConsumed):
        response.read()

    assert b"".join(unread_response(ChunkedStream([b"ab", b"cd"])).iter_bytes()) == b"abcd"
    assert "".join(unread_response(ChunkedStream([b"h\xc3", b"\xa9"])).iter_text()) == "h\u00e9"


def test_api_response_reset_mid_body_raises_connection_error() -> None:
    response = unread_response(ChunkedStream([b'{"id":'], error=httpx.ReadError("reset")))
    with pytest.raises(openai.APIConnectionError):
        response.parse()
    response = unread_response(ChunkedStream([b'{"id":'], error=httpx.ReadTimeout("slow")))
    with pytest.raises(openai.APITimeoutError):
        list(response.iter_bytes())


async def test_async_api_response_iterators_are_async() -> None:
    request = httpx.Request("GET", "http://api.test/v1/x")
    raw = httpx.Response(200, stream=ChunkedStream([b"a\nb", b"\nc"]), request=request)
    response: AsyncAPIResponse[Any] = AsyncAPIResponse(
        raw=raw,
        cast_to=str,
        client=make_async_client(Recorder()),
        stream=False,
        stream_cls=None,
        options=FinalRequestOptions(method="get", url="/x"),
    )
    assert [line async for line in response.iter_lines()] == ["a", "b", "c"]
    await response.close()
    assert response.is_closed


# --- parse targets and failures -------------------------------------------------------------------


def respond_with(content: bytes, content_type: str = "application/json", **client_kwargs: Any) -> Any:
    def responder(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": content_type}, content=content)

    return make_client(Recorder(responder), **client_kwargs)


def test_invalid_json_raises_validation_error_with_the_response() -> None:
    client = respond_with(b'{"id": "broken"')
    with pytest.raises(openai.APIResponseValidationError) as exc_info:
        client.get("/files/x", cast_to=FileObject)
    assert exc_info.value.response.status_code == 200
    assert exc_info.value.body == '{"id": "broken"'


def test_invalid_utf8_raises_validation_error() -> None:
    client = respond_with(b'{"id": "\xff\xfe"}')
    with pytest.raises(openai.APIResponseValidationError):
        client.get("/files/x", cast_to=FileObject)


def test_wrong_shape_kept_by_default_and_rejected_when_strict() -> None:
    body = json.dumps({"id": 1, "bytes": "many", "purpose": None}).encode()
    lenient = respond_with(body).get("/files/x", cast_to=FileObject)
    assert lenient.bytes == "many"
    with pytest.raises(openai.APIResponseValidationError):
        respond_with(body, _strict_response_validation=True).get("/files/x", cast_to=FileObject)


def test_scalar_and_passthrough_targets() -> None:
    assert respond_with(b"hello", "text/plain").get("/x", cast_to=str) == "hello"
    assert respond_with(b"\x00\x01", "application/octet-stream").get("/x", cast_to=bytes) == b"\x00\x01"
    assert respond_with(b"42", "text/plain").get("/x", cast_to=int) == 42
    assert respond_with(b"1.5", "text/plain").get("/x", cast_to=float) == 1.5
    assert respond_with(b"true", "text/plain").get("/x", cast_to=bool) is True
    assert respond_with(b"{}").get("/x", cast_to=type(None)) is None
    assert respond_with(b'{"a": [1]}').get("/x", cast_to=object) == {"a": [1]}
    assert respond_with(b'[{"id": "f", "bytes": 1, "purpose": "p"}]').get("/x", cast_to=List[FileObject])[0].id == "f"
    raw = respond_with(b'{"a": 1}').get("/x", cast_to=httpx.Response)
    assert isinstance(raw, httpx.Response) and raw.json() == {"a": 1}


def test_json_model_with_generic_content_type_still_parses() -> None:
    f = respond_with(json.dumps(FILE_JSON).encode(), "text/plain").get("/x", cast_to=FileObject)
    assert isinstance(f, FileObject) and f.id == "file-1"
    assert respond_with(b"not json", "text/plain").get("/x", cast_to=FileObject) == "not json"


def test_union_cast_to() -> None:
    class A(BaseModel):
        a: int

    class B(BaseModel):
        b: int

    result = respond_with(b'{"b": 2}').get("/x", cast_to=Union[A, B])  # type: ignore[arg-type]
    assert isinstance(result, B)


def test_post_parser_is_applied() -> None:
    client = respond_with(json.dumps(FILE_JSON).encode())
    result = client.get("/x", cast_to=FileObject, options=make_request_options(post_parser=lambda f: {"wrapped": f.id}))
    assert result == {"wrapped": "file-1"}


# --- binary ---------------------------------------------------------------------------------------


def test_binary_content(tmp_path: Path) -> None:
    files = Files(make_client(Recorder()))
    content = files.content("file-1")
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.content == b"\x00binary\xff"
    assert content.read() == b"\x00binary\xff"
    assert b"".join(content.iter_bytes()) == b"\x00binary\xff"
    target = tmp_path / "out.bin"
    content.write_to_file(target)
    assert target.read_bytes() == b"\x00binary\xff"
    with pytest.warns(DeprecationWarning, match="doesn't actually stream"):  # as the official SDK warns
        content.stream_to_file(tmp_path / "out2.bin", chunk_size=2)
    assert (tmp_path / "out2.bin").read_bytes() == b"\x00binary\xff"


def test_streamed_binary_response(tmp_path: Path) -> None:
    recorder = Recorder()
    files = Files(make_client(recorder))
    with to_custom_streamed_response_wrapper(files.content, StreamedBinaryAPIResponse)("file-1") as response:
        assert isinstance(response, StreamedBinaryAPIResponse)
        response.stream_to_file(tmp_path / "s.bin")
    assert (tmp_path / "s.bin").read_bytes() == b"\x00binary\xff"
    assert recorder.requests[0].headers["X-Stainless-Raw-Response"] == "stream"
    assert "____stainless_override_cast_to" not in recorder.requests[0].headers


async def test_async_binary(tmp_path: Path) -> None:
    files = AsyncFiles(make_async_client(Recorder()))
    content = await files.content("file-1")
    assert content.content == b"\x00binary\xff"
    assert await content.aread() == b"\x00binary\xff"
    with pytest.warns(DeprecationWarning, match="doesn't actually stream"):
        await content.astream_to_file(tmp_path / "a.bin")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00binary\xff"
    streamed = async_to_custom_streamed_response_wrapper(files.content, AsyncStreamedBinaryAPIResponse)
    async with streamed("file-1") as response:
        assert isinstance(response, AsyncStreamedBinaryAPIResponse)
        await response.stream_to_file(tmp_path / "b.bin")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00binary\xff"


# --- stream responses through the raw and streaming wrappers -------------------------------------


class Delta(BaseModel):
    id: str


def sse_handler(request: httpx.Request) -> httpx.Response:
    body = ChunkedStream([b'data: {"id": "d1"}\n\n', b'data: {"id": "d2"}\n\ndata: [DONE]\n\n'])
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)


class Chat:
    def __init__(self, client: Any) -> None:
        self._client = client

    def create(self, *, extra_headers: Optional[Dict[str, Any]] = None) -> Any:
        return self._client.post(
            "/chat/completions",
            cast_to=Delta,
            body={"stream": True},
            stream=True,
            stream_cls=openai.Stream[Delta],
            options=make_request_options(extra_headers=extra_headers),
        )


def test_raw_response_of_a_stream_parses_to_the_stream() -> None:
    raw = to_raw_response_wrapper(Chat(make_client(sse_handler)).create)()
    stream = raw.parse()
    assert isinstance(stream, openai.Stream)
    assert [d.id for d in stream] == ["d1", "d2"]


def test_streaming_response_of_a_stream() -> None:
    with to_streamed_response_wrapper(Chat(make_client(sse_handler)).create)() as response:
        stream = response.parse()
        assert isinstance(stream, openai.Stream)
        assert [d.id for d in stream] == ["d1", "d2"]

    class Other(BaseModel):
        id: str

    with to_streamed_response_wrapper(Chat(make_client(sse_handler)).create)() as response:
        other = response.parse(to=openai.Stream[Other])
        assert [type(d) for d in other] == [Other, Other]


def test_stream_without_a_stream_class_is_a_clear_error() -> None:
    request = httpx.Request("GET", "http://api.test/v1/x")
    raw = httpx.Response(200, stream=ChunkedStream([b"data: {}\n\n"]), request=request)
    response: APIResponse[Any] = APIResponse(
        raw=raw,
        cast_to=Delta,
        client=object(),  # type: ignore[arg-type]
        stream=True,
        stream_cls=None,
        options=FinalRequestOptions(method="get", url="/x"),
    )
    with pytest.raises(TypeError, match="stream_cls"):
        response.parse()


def test_streaming_response_wrapper_does_not_read_the_body_up_front() -> None:
    body = ChunkedStream([json.dumps(FILE_JSON).encode()])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=body)

    files = Files(make_client(handler))
    with to_streamed_response_wrapper(files.retrieve)("file-1") as response:
        assert body.chunks_sent == 0
        assert response.parse().id == "file-1"
