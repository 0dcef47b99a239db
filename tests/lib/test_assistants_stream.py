"""Assistants streaming helpers: event handler callbacks, snapshots, text deltas, final objects."""

from __future__ import annotations

from typing import Any, List, Tuple, cast

import pytest

import openai
from openai import AssistantEventHandler, AsyncAssistantEventHandler

from .conftest import FakeAPI, body_of, json_response
from ._assistant_fixtures import text_run_events, assistant_stream, tool_call_run_events


class Recorder(AssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.calls: List[Tuple[str, Any]] = []

    def on_event(self, event: Any) -> None:
        self.calls.append(("event", event.event))

    def on_message_created(self, message: Any) -> None:
        self.calls.append(("message_created", message.id))

    def on_message_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(("message_delta", snapshot.content[0].text.value))

    def on_message_done(self, message: Any) -> None:
        self.calls.append(("message_done", message.content[0].text.value))

    def on_text_created(self, text: Any) -> None:
        self.calls.append(("text_created", text.value))

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(("text_delta", (delta.value, snapshot.value)))

    def on_text_done(self, text: Any) -> None:
        self.calls.append(("text_done", text.value))

    def on_run_step_created(self, run_step: Any) -> None:
        self.calls.append(("step_created", run_step.id))

    def on_run_step_done(self, run_step: Any) -> None:
        self.calls.append(("step_done", run_step.status))

    def on_tool_call_created(self, tool_call: Any) -> None:
        self.calls.append(("tool_created", tool_call.id))

    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(("tool_delta", snapshot.function.arguments))

    def on_tool_call_done(self, tool_call: Any) -> None:
        self.calls.append(("tool_done", (tool_call.id, tool_call.function.arguments)))

    def on_end(self) -> None:
        self.calls.append(("end", None))


def test_text_run_callbacks_in_order(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/threads/thread_1/runs", lambda r: assistant_stream(text_run_events(["Hel", "lo"])))
    handler = Recorder()
    with client.beta.threads.runs.stream(thread_id="thread_1", assistant_id="asst_1", event_handler=handler) as h:
        assert h is handler
        h.until_done()

    specific = [c for c in handler.calls if c[0] != "event"]
    assert specific == [
        ("step_created", "step_1"),
        ("message_created", "msg_1"),
        ("message_delta", "Hel"),
        ("text_created", "Hel"),
        ("text_delta", ("Hel", "Hel")),
        ("message_delta", "Hello"),
        ("text_delta", ("lo", "Hello")),
        ("text_done", "Hello"),
        ("message_done", "Hello"),
        ("step_done", "completed"),
        ("end", None),
    ]
    events = [c[1] for c in handler.calls if c[0] == "event"]
    assert events[0] == "thread.run.created" and events[-1] == "thread.run.completed" and len(events) == 12

    assert handler.current_run is not None and handler.current_run.status == "completed"
    messages = handler.get_final_messages()
    assert [cast(Any, m).content[0].text.value for m in messages] == ["Hello"]
    assert handler.get_final_run().status == "completed"

    request = api.calls("POST", "/threads/thread_1/runs")[0]
    assert body_of(request) == {"assistant_id": "asst_1", "stream": True}
    assert request.headers["X-Stainless-Custom-Event-Handler"] == "true"


def test_tool_call_callbacks_and_run_step_snapshot(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/threads/thread_1/runs", lambda r: assistant_stream(tool_call_run_events()))
    handler = Recorder()
    with client.beta.threads.runs.create_and_stream(
        thread_id="thread_1", assistant_id="asst_1", event_handler=handler
    ) as h:
        run = h.get_final_run()

    tool_calls = [c for c in handler.calls if c[0].startswith("tool_")]
    assert tool_calls == [
        ("tool_created", "call_a"),
        ("tool_delta", ""),
        ("tool_delta", '{"a":'),
        ("tool_delta", '{"a": 1}'),
        ("tool_done", ("call_a", '{"a": 1}')),
        ("tool_created", "call_b"),
        ("tool_delta", ""),
        ("tool_delta", '{"b": 2}'),
        ("tool_done", ("call_b", '{"b": 2}')),
    ]
    assert run.status == "requires_action"
    assert run.required_action is not None
    assert [c.id for c in run.required_action.submit_tool_outputs.tool_calls] == ["call_a", "call_b"]
    steps = handler.get_final_run_steps()
    assert steps[0].status == "completed"


def test_text_deltas_with_the_default_handler(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/threads/runs", lambda r: assistant_stream(text_run_events(["a", "b", "c"])))
    with client.beta.threads.create_and_run_stream(assistant_id="asst_1") as stream:
        assert list(stream.text_deltas) == ["a", "b", "c"]
        assert stream.current_message_snapshot is not None
    request = api.calls("POST", "/threads/runs")[0]
    assert request.headers["X-Stainless-Custom-Event-Handler"] == "false"
    assert request.headers["X-Stainless-Stream-Helper"] == "threads.create_and_run_stream"


def test_submit_tool_outputs_stream(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route(
        "POST",
        "/threads/thread_1/runs/run_1/submit_tool_outputs",
        lambda r: assistant_stream(text_run_events(["done"])[2:]),
    )
    with client.beta.threads.runs.submit_tool_outputs_stream(
        thread_id="thread_1", run_id="run_1", tool_outputs=[{"tool_call_id": "call_a", "output": "1"}]
    ) as stream:
        run = stream.get_final_run()
    assert run.status == "completed"
    sent = body_of(api.calls("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs")[0])
    assert sent == {"tool_outputs": [{"tool_call_id": "call_a", "output": "1"}], "stream": True}


def test_errors_reach_on_exception_and_propagate(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/threads/thread_1/runs", lambda r: json_response({"error": {"message": "nope"}}, 400))
    with pytest.raises(openai.BadRequestError):
        with client.beta.threads.runs.stream(thread_id="thread_1", assistant_id="asst_1"):
            pass

    seen: List[Exception] = []

    class Failing(AssistantEventHandler):
        def on_text_delta(self, delta: Any, snapshot: Any) -> None:
            raise KeyError("boom")

        def on_exception(self, exception: Exception) -> None:
            seen.append(exception)

    api.route("POST", "/threads/thread_2/runs", lambda r: assistant_stream(text_run_events(["x"])))
    with pytest.raises(KeyError):
        with client.beta.threads.runs.stream(thread_id="thread_2", assistant_id="asst_1", event_handler=Failing()) as h:
            h.until_done()
    assert len(seen) == 1 and isinstance(seen[0], KeyError)


def test_handler_cannot_be_reused(api: FakeAPI, client: openai.OpenAI) -> None:
    api.route("POST", "/threads/thread_1/runs", lambda r: assistant_stream(text_run_events(["x"])))
    handler = AssistantEventHandler()
    with client.beta.threads.runs.stream(thread_id="thread_1", assistant_id="asst_1", event_handler=handler) as h:
        h.until_done()
    with pytest.raises(RuntimeError, match="cannot be shared"):
        with client.beta.threads.runs.stream(thread_id="thread_1", assistant_id="asst_1", event_handler=handler):
            pass


class AsyncRecorder(AsyncAssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.texts: List[str] = []
        self.done: List[str] = []

    async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.texts.append(snapshot.value)

    async def on_message_done(self, message: Any) -> None:
        self.done.append(message.content[0].text.value)


async def test_async_handler(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("POST", "/threads/thread_1/runs", lambda r: assistant_stream(text_run_events(["Hi", " there"])))
    handler = AsyncRecorder()
    async with async_client.beta.threads.runs.stream(
        thread_id="thread_1", assistant_id="asst_1", event_handler=handler
    ) as h:
        run = await h.get_final_run()
    assert handler.texts == ["Hi", "Hi there"] and handler.done == ["Hi there"]
    assert run.status == "completed"


async def test_async_text_deltas(api: FakeAPI, async_client: openai.AsyncOpenAI) -> None:
    api.route("POST", "/threads/runs", lambda r: assistant_stream(text_run_events(["1", "2"])))
    async with async_client.beta.threads.create_and_run_stream(assistant_id="asst_1") as stream:
        assert [t async for t in stream.text_deltas] == ["1", "2"]
