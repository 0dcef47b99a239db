"""The SSE decoder and `Stream` / `AsyncStream` through the real clients (issue 3, SSE streaming; issue 8)."""

from __future__ import annotations

import gc
from typing import Any, Dict, List, Tuple, Union, Optional

import httpx
import pytest
from hypothesis import given, settings, strategies as st
from typing_extensions import Literal, Annotated

import openai
from openai._utils import PropertyInfo
from openai._models import BaseModel
from openai._streaming import Stream, SSEDecoder, AsyncStream, ServerSentEvent

from .conftest import ChunkedStream, make_client, sse_response, make_async_client

# Trio warns about any async generator collected before exhaustion, including httpx's own
# `aiter_bytes`/`aiter_raw` when a stream is closed early; closing early is exactly what these tests do.
pytestmark = pytest.mark.filterwarnings("ignore:Async generator .* was garbage collected:ResourceWarning")


def decode(chunks: List[bytes]) -> List[Tuple[Optional[str], str, Optional[str], Optional[int]]]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return [(e.event, e.data, e.id, e.retry) for e in events]


# --- decoder ---------------------------------------------------------------------------------------


def test_data_lines_are_joined_with_newlines() -> None:
    assert decode([b"data: a\ndata: b\ndata:c\n\n"]) == [(None, "a\nb\nc", None, None)]


def test_event_id_retry_and_comments() -> None:
    stream = b": keep-alive\nevent: ping\nid: 7\nretry: 3000\ndata: {}\n\n: another\n\ndata: x\n\n"
    assert decode([stream]) == [("ping", "{}", "7", 3000), (None, "x", "7", None)]


def test_only_the_first_space_after_the_colon_is_stripped() -> None:
    assert decode([b"data:  two spaces\n\n"]) == [(None, " two spaces", None, None)]


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_line_endings(newline: bytes) -> None:
    stream = b"event: e" + newline + b"data: 1" + newline + newline + b"data: 2" + newline + newline
    assert decode([stream]) == [("e", "1", None, None), (None, "2", None, None)]


def test_crlf_split_across_chunks_is_one_line_ending() -> None:
    assert decode([b"data: 1\r", b"\n\r", b"\ndata: 2\r\n\r\n"]) == [(None, "1", None, None), (None, "2", None, None)]


def test_utf8_split_across_chunks() -> None:
    payload = "data: héllo ☃ 🎉\n\n".encode()
    chunks = [payload[i : i + 1] for i in range(len(payload))]
    assert decode(chunks) == [(None, "héllo ☃ 🎉", None, None)]


def test_unknown_fields_and_bad_retry_are_ignored() -> None:
    assert decode([b"foo: bar\nretry: soon\ndata: x\n\n"]) == [(None, "x", None, None)]


def test_pending_event_at_end_is_reported() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: partial") == []
    assert decoder.flush() == []
    assert decoder.has_pending


def canonical_stream(events: List[Dict[str, Any]], newline: bytes) -> bytes:
    out = b""
    for event in events:
        if event.get("comment") is not None:
            out += b":" + event["comment"].encode() + newline
        if event.get("event") is not None:
            out += b"event: " + event["event"].encode() + newline
        for line in event["data"].split("\n"):
            out += b"data: " + line.encode() + newline
        out += newline
    return out


line_text = st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=20)
event_st = st.fixed_dictionaries(
    {"data": st.lists(line_text, min_size=1, max_size=3).map("\n".join)},
    optional={"event": st.none() | line_text.filter(lambda s: s.strip() == s and s != ""), "comment": line_text},
)


@settings(max_examples=200, deadline=None)
@given(
    events=st.lists(event_st, max_size=6),
    newline=st.sampled_from([b"\n", b"\r", b"\r\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12),
)
def test_any_chunking_gives_the_same_events(events: List[Dict[str, Any]], newline: bytes, cuts: List[int]) -> None:
    body = canonical_stream(events, newline)
    whole = decode([body])
    positions = sorted({c % (len(body) + 1) for c in cuts})
    chunks = [body[a:b] for a, b in zip([0, *positions], [*positions, len(body)])]
    assert decode(chunks) == whole
    assert [(e, d) for e, d, _, _ in whole] == [(ev.get("event"), ev["data"]) for ev in events]


# --- Stream through the client ----------------------------------------------------------------------


class Chunk(BaseModel):
    id: str
    n: int


def chunk_stream(count: int, *, done: bool = True) -> ChunkedStream:
    chunks = [f'data: {{"id": "c{i}", "n": {i}}}\n\n'.encode() for i in range(count)]
    if done:
        chunks.append(b"data: [DONE]\n\n")
    return ChunkedStream(chunks)


def stream_client(body: ChunkedStream, **kwargs: object) -> openai.OpenAI:
    return make_client(lambda request: sse_response(body), **kwargs)


def open_stream(client: openai.OpenAI, cast_to: Any = Chunk) -> Stream[Any]:
    return client.post(
        "/chat/completions", cast_to=cast_to, body={"stream": True}, stream=True, stream_cls=Stream[cast_to]
    )


def test_stream_yields_typed_items_and_stops_at_done() -> None:
    body = ChunkedStream([*chunk_stream(3).chunks, b'data: {"id": "after-done", "n": 9}\n\n'])
    stream = open_stream(stream_client(body))
    items = list(stream)
    assert [(type(c), c.id, c.n) for c in items] == [(Chunk, "c0", 0), (Chunk, "c1", 1), (Chunk, "c2", 2)]
    assert body.closed
    assert stream.response.headers["x-request-id"] == "req_stream"


def test_stream_sends_accept_json_and_is_typed_by_stream_cls() -> None:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return sse_response(chunk_stream(1))

    stream = open_stream(make_client(handler))
    assert isinstance(stream, Stream)
    assert [c.id for c in stream] == ["c0"]
    assert seen[0].headers["accept"] == "application/json"


def test_stream_without_done_ends_at_end_of_body() -> None:
    assert [c.n for c in open_stream(stream_client(chunk_stream(2, done=False)))] == [0, 1]


def test_error_payload_raises_api_error() -> None:
    body = ChunkedStream(
        [b'data: {"id": "c0", "n": 0}\n\n', b'data: {"error": {"message": "boom", "type": "server"}}\n\n']
    )
    stream = open_stream(stream_client(body))
    assert next(stream).id == "c0"
    with pytest.raises(openai.APIError) as exc_info:
        next(stream)
    assert exc_info.value.message == "boom"
    assert exc_info.value.body == {"message": "boom", "type": "server"}
    assert body.closed


def test_error_event_raises_api_error() -> None:
    body = ChunkedStream([b'event: error\ndata: {"error": {"message": "rate limited", "code": "rl"}}\n\n'])
    with pytest.raises(openai.APIError, match="rate limited"):
        list(open_stream(stream_client(body)))
    # As the official SDK: without an `error` key the event is data (the Responses API's error event).
    body = ChunkedStream([b'event: error\ndata: {"type": "error", "message": "rate limited", "code": "rl"}\n\n'])
    assert len(list(open_stream(stream_client(body)))) == 1


class ThreadCreated(BaseModel):
    event: Literal["thread.created"]
    data: Dict[str, Any]


class MessageDelta(BaseModel):
    event: Literal["thread.message.delta"]
    data: Dict[str, Any]


AssistantEvent = Annotated[Union[ThreadCreated, MessageDelta], PropertyInfo(discriminator="event")]


def test_assistants_thread_events_are_wrapped_and_typed() -> None:
    body = ChunkedStream(
        [
            b'event: thread.created\ndata: {"id": "th_1"}\n\n',
            b'event: thread.message.delta\ndata: {"delta": "hi"}\n\n',
            b"event: done\ndata: [DONE]\n\n",
        ]
    )
    items = list(open_stream(stream_client(body), cast_to=AssistantEvent))
    assert isinstance(items[0], ThreadCreated) and items[0].data == {"id": "th_1"}
    assert isinstance(items[1], MessageDelta) and items[1].data == {"delta": "hi"}


def test_breaking_out_of_the_loop_closes_the_response() -> None:
    body = chunk_stream(10)
    stream = open_stream(stream_client(body))
    for item in stream:
        if item.n == 1:
            break
    assert body.closed
    assert body.chunks_sent < 10


def test_close_and_context_manager_release_the_connection() -> None:
    body = chunk_stream(5)
    with open_stream(stream_client(body)) as stream:
        assert next(stream).n == 0
    assert body.closed
    assert stream.response.is_closed
    assert list(stream) == []  # nothing more after close

    body2 = chunk_stream(5)
    stream2 = open_stream(stream_client(body2))
    stream2.close()
    assert body2.closed


def test_dropping_an_unconsumed_stream_releases_the_connection() -> None:
    body = chunk_stream(5)
    open_stream(stream_client(body))
    gc.collect()
    assert body.closed


def test_read_timeout_between_events_raises_api_timeout_error() -> None:
    body = ChunkedStream([b'data: {"id": "c0", "n": 0}\n\n'], error=httpx.ReadTimeout("stalled"))
    stream = open_stream(stream_client(body))
    assert next(stream).n == 0
    with pytest.raises(openai.APITimeoutError):
        next(stream)


def test_reset_mid_stream_raises_api_connection_error() -> None:
    body = ChunkedStream([b'data: {"id": "c0", "n": 0}\n\n', b'data: {"id"'], error=httpx.RemoteProtocolError("reset"))
    with pytest.raises(openai.APIConnectionError) as exc_info:
        list(open_stream(stream_client(body)))
    assert not isinstance(exc_info.value, openai.APITimeoutError)


def test_last_event_without_blank_line_is_a_truncation() -> None:
    body = ChunkedStream([b'data: {"id": "c0", "n": 0}\n\n', b'data: {"id": "c1", "n": 1}\n'])
    stream = open_stream(stream_client(body))
    assert next(stream).n == 0
    with pytest.raises(openai.APIConnectionError, match="middle of an event"):
        next(stream)


def test_invalid_json_event_raises_validation_error() -> None:
    body = ChunkedStream([b"data: {not json\n\n"])
    with pytest.raises(openai.APIResponseValidationError) as exc_info:
        list(open_stream(stream_client(body)))
    assert exc_info.value.response.status_code == 200


def test_invalid_utf8_event_raises_validation_error() -> None:
    body = ChunkedStream([b'data: {"id": "\xff\xfe", "n": 1}\n\n'])
    with pytest.raises(openai.APIResponseValidationError):
        list(open_stream(stream_client(body)))


def test_strict_client_validates_stream_items() -> None:
    body = ChunkedStream([b'data: {"id": "c0", "n": "not-int"}\n\n'])
    with pytest.raises(Exception) as exc_info:
        list(open_stream(stream_client(body, _strict_response_validation=True)))
    assert "n" in str(exc_info.value)


# --- AsyncStream ------------------------------------------------------------------------------------


async def open_async_stream(body: ChunkedStream, cast_to: Any = Chunk) -> AsyncStream[Any]:
    client = make_async_client(lambda request: sse_response(body))
    return await client.post(
        "/chat/completions", cast_to=cast_to, body={"stream": True}, stream=True, stream_cls=AsyncStream[cast_to]
    )


async def test_async_stream_yields_typed_items() -> None:
    body = chunk_stream(3)
    stream = await open_async_stream(body)
    assert isinstance(stream, AsyncStream)
    assert [c.n async for c in stream] == [0, 1, 2]
    assert body.closed


async def test_async_stream_anext_error_and_close() -> None:
    body = ChunkedStream([b'data: {"id": "c0", "n": 0}\n\n', b'data: {"error": {"message": "bad"}}\n\n'])
    stream = await open_async_stream(body)
    assert (await stream.__anext__()).n == 0
    with pytest.raises(openai.APIError, match="bad"):
        await stream.__anext__()
    assert body.closed


async def test_async_context_manager_closes() -> None:
    body = chunk_stream(5)
    async with await open_async_stream(body) as stream:
        assert (await stream.__anext__()).n == 0
    assert body.closed


async def test_async_break_then_close_releases() -> None:
    body = chunk_stream(5)
    stream = await open_async_stream(body)
    async for item in stream:
        if item.n == 1:
            break
    await stream.close()
    assert body.closed


async def test_async_timeout_and_truncation() -> None:
    stream = await open_async_stream(ChunkedStream([b"data: {}\n\n"], error=httpx.ReadTimeout("stalled")))
    with pytest.raises(openai.APITimeoutError):
        async for _ in stream:
            pass
    stream = await open_async_stream(ChunkedStream([b'data: {"id": "c1"'], error=None))
    with pytest.raises(openai.APIConnectionError):
        async for _ in stream:
            pass


async def test_async_thread_events() -> None:
    body = ChunkedStream([b'event: thread.created\ndata: {"id": "th_1"}\n\n'])
    stream = await open_async_stream(body, cast_to=AssistantEvent)
    items = [item async for item in stream]
    assert isinstance(items[0], ThreadCreated)


async def test_async_iteration_runs_no_async_generator_of_the_sdk() -> None:
    # An async generator left unfinished by `break` is what trio reports as a ResourceWarning; the
    # stream is iterated by `__anext__` itself, so the only one of the SDK's is the drop guard, which
    # exists from construction and is closed with the stream.
    import sys

    started: List[str] = []
    hooks = sys.get_asyncgen_hooks()

    def firstiter(agen: Any) -> None:
        started.append(f"{agen.ag_frame.f_globals.get('__name__')}.{agen.__qualname__}")
        if hooks.firstiter is not None:
            hooks.firstiter(agen)

    body = chunk_stream(5)
    stream = await open_async_stream(body)
    sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=hooks.finalizer)
    try:
        assert stream.__aiter__() is stream
        async for item in stream:
            if item.n == 1:
                break
        # Nothing was abandoned: the same stream carries on where the loop stopped.
        assert (await stream.__anext__()).n == 2
        await stream.close()
        assert [item async for item in stream] == []
    finally:
        sys.set_asyncgen_hooks(*hooks)
    assert body.closed
    assert started, "the transport's own async generators are seen by the hook"
    assert [name for name in started if name.startswith("openai.")] == []
