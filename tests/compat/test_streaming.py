"""`stream=True` as the README shows it: iterate chunks, close early, use it as a context manager, see errors."""

from __future__ import annotations

import httpx
import pytest

import openai
from openai import Stream, AsyncStream
from openai.types.chat import ChatCompletionChunk

from .conftest import MESSAGES, Server, chat_chunk, sse_answer, sync_client, async_client


def hello_stream() -> httpx.Response:
    return sse_answer(
        chat_chunk("Hel"),
        chat_chunk("lo"),
        chat_chunk("", finish_reason="stop"),
        "data: [DONE]\n\n",
        headers={"x-request-id": "req_stream"},
    )


def test_stream_true_yields_typed_chunks_until_done(server: Server) -> None:
    server.script(hello_stream())
    stream = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    assert isinstance(stream, Stream)
    assert server.body()["stream"] is True
    assert server.last.headers["Accept"] == "application/json"
    text = ""
    for chunk in stream:
        assert isinstance(chunk, ChatCompletionChunk)
        text += chunk.choices[0].delta.content or ""
    assert text == "Hello"
    assert stream.response.headers["x-request-id"] == "req_stream"
    assert stream.response.is_closed


def test_events_after_done_are_not_delivered(server: Server) -> None:
    server.script(sse_answer(chat_chunk("a"), "data: [DONE]\n\n", chat_chunk("never")))
    stream = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    assert [c.choices[0].delta.content for c in stream] == ["a"]


def test_next_and_close_by_hand(server: Server) -> None:
    server.script(hello_stream())
    stream = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    first = next(stream)
    assert first.choices[0].delta.content == "Hel"
    stream.close()
    assert stream.response.is_closed


def test_context_manager_closes_the_connection_on_early_exit(server: Server) -> None:
    server.script(hello_stream())
    client = sync_client(server)
    with client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True) as stream:  # type: ignore[arg-type]
        for chunk in stream:
            assert chunk.choices[0].delta.content == "Hel"
            break
    assert stream.response.is_closed


def test_an_error_payload_mid_stream_raises_api_error(server: Server) -> None:
    server.script(
        sse_answer(chat_chunk("partial"), {"error": {"message": "The server had an error", "type": "server_error"}})
    )
    stream = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    received = []
    with pytest.raises(openai.APIError) as info:
        for chunk in stream:
            received.append(chunk.choices[0].delta.content)
    assert received == ["partial"]
    assert type(info.value) is openai.APIError
    assert info.value.message == "The server had an error"
    assert info.value.body == {"message": "The server had an error", "type": "server_error"}
    assert info.value.type == "server_error"
    assert info.value.request.url == "https://api.example.test/v1/chat/completions"


def test_an_error_without_a_message_gets_the_generic_one(server: Server) -> None:
    server.script(sse_answer({"error": "boom"}))
    stream = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    with pytest.raises(openai.APIError, match="An error occurred during streaming") as info:
        list(stream)
    assert info.value.body == "boom"


def test_an_error_status_before_the_stream_raises_the_status_class(server: Server) -> None:
    server.script(httpx.Response(400, json={"error": {"message": "stream not allowed", "code": "bad"}}))
    client = sync_client(server)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    assert info.value.code == "bad"


def test_raw_and_streaming_response_of_a_stream(server: Server) -> None:
    server.script(hello_stream())
    client = sync_client(server)
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    assert raw.headers["x-request-id"] == "req_stream"
    assert [c.choices[0].delta.content for c in raw.parse()] == ["Hel", "lo", ""]

    with client.chat.completions.with_streaming_response.create(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        stream=True,
    ) as response:
        assert response.headers["content-type"] == "text/event-stream"
        stream = response.parse()
        assert isinstance(stream, Stream)
        assert [c.choices[0].delta.content for c in stream] == ["Hel", "lo", ""]


def test_completions_stream_too(server: Server) -> None:
    chunk = {
        "id": "cmpl-1",
        "object": "text_completion",
        "created": 1,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"index": 0, "text": "Hi", "finish_reason": None, "logprobs": None}],
    }
    server.script(sse_answer(chunk, "data: [DONE]\n\n"))
    stream = sync_client(server).completions.create(model="gpt-3.5-turbo-instruct", prompt="Say", stream=True)
    assert [c.choices[0].text for c in stream] == ["Hi"]


async def test_async_stream(server: Server) -> None:
    server.script(hello_stream())
    client = async_client(server)
    stream = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    assert isinstance(stream, AsyncStream)
    assert [c.choices[0].delta.content async for c in stream] == ["Hel", "lo", ""]

    async with await client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True) as early:  # type: ignore[arg-type]
        first = await early.__anext__()
        assert first.choices[0].delta.content == "Hel"
    assert early.response.is_closed

    server.script(sse_answer({"error": {"message": "async boom"}}))
    failing = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    with pytest.raises(openai.APIError, match="async boom"):
        async for _ in failing:
            pass
    await client.close()


def response_event(kind: str, sequence: int, **fields: object) -> str:
    import json

    return f"event: {kind}\ndata: {json.dumps({'type': kind, 'sequence_number': sequence, **fields})}\n\n"


def test_responses_stream_yields_typed_events(server: Server) -> None:
    from openai.types.responses import ResponseCompletedEvent, ResponseTextDeltaEvent

    response = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "gpt-4o",
        "output": [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "status": "completed",
    }
    server.script(
        sse_answer(
            response_event("response.created", 0, response={**response, "status": "in_progress"}),
            response_event(
                "response.output_text.delta", 1, item_id="m", output_index=0, content_index=0, delta="Hi", logprobs=[]
            ),
            response_event("response.completed", 2, response=response),
        )
    )
    events = list(sync_client(server).responses.create(model="gpt-4o", input="Say hi", stream=True))
    assert [e.type for e in events] == ["response.created", "response.output_text.delta", "response.completed"]
    assert isinstance(events[1], ResponseTextDeltaEvent) and events[1].delta == "Hi"
    assert isinstance(events[2], ResponseCompletedEvent) and events[2].response.status == "completed"
    assert server.body() == {"input": "Say hi", "model": "gpt-4o", "stream": True}


def test_assistants_run_stream_yields_typed_thread_events(server: Server) -> None:
    import json

    from openai.types.beta.threads import Run
    from openai.types.beta.assistant_stream_event import ThreadRunCreated, ThreadMessageDelta

    run = {
        "id": "run_1",
        "object": "thread.run",
        "created_at": 1,
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "status": "queued",
        "instructions": "",
        "model": "gpt-4o",
        "tools": [],
        "parallel_tool_calls": True,
    }
    delta = {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hi"}}]},
    }
    server.script(
        sse_answer(
            f"event: thread.run.created\ndata: {json.dumps(run)}\n\n",
            f"event: thread.message.delta\ndata: {json.dumps(delta)}\n\n",
            "event: done\ndata: [DONE]\n\n",
        )
    )
    client = sync_client(server)
    events = list(client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    assert [e.event for e in events] == ["thread.run.created", "thread.message.delta"]
    created, message_delta = events
    assert isinstance(created, ThreadRunCreated) and isinstance(created.data, Run)
    assert created.data.status == "queued"
    assert isinstance(message_delta, ThreadMessageDelta)
    assert message_delta.data.delta.content is not None
    assert server.last.headers["OpenAI-Beta"] == "assistants=v2"
    assert server.body() == {"assistant_id": "asst_1", "stream": True}


def test_responses_error_event_is_yielded_as_a_typed_event(server: Server) -> None:
    # The Responses API's `event: error` carries an event object (no `error` key): it is data, as in
    # the official SDK, so `if event.type == "error"` handlers see it.
    from openai.types.responses import ResponseErrorEvent

    server.script(sse_answer(response_event("error", 0, code="server_error", message="The model failed", param=None)))
    events = list(sync_client(server).responses.create(model="gpt-4o", input="hi", stream=True))
    assert len(events) == 1
    assert isinstance(events[0], ResponseErrorEvent)
    assert (events[0].type, events[0].code, events[0].message) == ("error", "server_error", "The model failed")


def test_an_error_event_with_an_error_object_raises(server: Server) -> None:
    server.script(sse_answer('event: error\ndata: {"error": {"message": "overloaded", "type": "server_error"}}\n\n'))
    stream = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    with pytest.raises(openai.APIError, match="overloaded") as info:
        list(stream)
    assert info.value.body == {"message": "overloaded", "type": "server_error"}
