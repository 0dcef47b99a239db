"""Assistants streaming with an `AssistantEventHandler`: callbacks for text and tool calls.

With a real OPENAI_API_KEY, set ASSISTANT_ID (and optionally THREAD_ID) to stream a real run.
Otherwise, since the Prism mock answers stream requests with plain JSON, it replays a run's event
stream of the documented shape from an in-process transport, so the example always runs.
"""

import os
import json
from typing import Any, Dict, List, Tuple

import httpx
from typing_extensions import override

import openai
from openai import AssistantEventHandler


class Printer(AssistantEventHandler):
    @override
    def on_text_created(self, text: Any) -> None:
        print("assistant: ", end="", flush=True)

    @override
    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        print(delta.value, end="", flush=True)

    @override
    def on_text_done(self, text: Any) -> None:
        print()

    @override
    def on_run_step_done(self, run_step: Any) -> None:
        print("step done:", run_step.type)


def scripted_run(request: httpx.Request) -> httpx.Response:
    run: Dict[str, Any] = {
        "id": "run_local",
        "object": "thread.run",
        "created_at": 0,
        "assistant_id": "asst_local",
        "thread_id": "thread_local",
        "status": "queued",
        "instructions": "",
        "model": "gpt-4o",
        "parallel_tool_calls": True,
        "tools": [],
    }
    message: Dict[str, Any] = {
        "id": "msg_local",
        "object": "thread.message",
        "created_at": 0,
        "thread_id": "thread_local",
        "status": "in_progress",
        "role": "assistant",
        "content": [],
        "assistant_id": "asst_local",
        "run_id": "run_local",
        "attachments": [],
        "metadata": {},
    }
    step: Dict[str, Any] = {
        "id": "step_local",
        "object": "thread.run.step",
        "created_at": 0,
        "assistant_id": "asst_local",
        "thread_id": "thread_local",
        "run_id": "run_local",
        "type": "message_creation",
        "status": "in_progress",
        "step_details": {"type": "message_creation", "message_creation": {"message_id": "msg_local"}},
    }
    pieces = ["Hello", " from", " a", " streamed", " run!"]
    text = "".join(pieces)
    events: List[Tuple[str, Any]] = [
        ("thread.run.created", run),
        ("thread.run.in_progress", {**run, "status": "in_progress"}),
        ("thread.run.step.created", step),
        ("thread.message.created", message),
    ]
    events += [
        (
            "thread.message.delta",
            {
                "id": "msg_local",
                "object": "thread.message.delta",
                "delta": {"content": [{"index": 0, "type": "text", "text": {"value": p}}]},
            },
        )
        for p in pieces
    ]
    done_message = {
        **message,
        "status": "completed",
        "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
    }
    events += [
        ("thread.message.completed", done_message),
        ("thread.run.step.completed", {**step, "status": "completed"}),
        ("thread.run.completed", {**run, "status": "completed"}),
    ]
    body = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events)
    body += "event: done\ndata: [DONE]\n\n"
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())


base_url = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
if os.environ.get("OPENAI_API_KEY") and "api.openai.com" in base_url and os.environ.get("ASSISTANT_ID"):
    client = openai.OpenAI()
    assistant_id = os.environ["ASSISTANT_ID"]
    thread_id = os.environ.get("THREAD_ID") or client.beta.threads.create().id
else:
    transport = httpx.MockTransport(scripted_run)
    client = openai.OpenAI(
        api_key="sk-local", base_url="http://local.invalid/v1", http_client=httpx.Client(transport=transport)
    )
    assistant_id, thread_id = "asst_local", "thread_local"

with client.beta.threads.runs.stream(thread_id=thread_id, assistant_id=assistant_id, event_handler=Printer()) as stream:
    run = stream.get_final_run()
    messages = stream.get_final_messages()

print("run status:", run.status)
print("messages:", len(messages))
