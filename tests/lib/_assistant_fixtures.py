"""Assistants stream events in the order the spec documents (`AssistantStreamEvent`): run created,
queued, in progress; a run step; message created / in progress / deltas / completed; step completed;
run completed (or requires_action for tool calls); then `event: done` with `data: [DONE]`."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Optional

import httpx

from . import _objects as obj
from .conftest import sse_response


def message(status: str, content: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "id": "msg_1",
        "object": "thread.message",
        "created_at": 1_700_000_000,
        "thread_id": "thread_1",
        "status": status,
        "incomplete_details": None,
        "completed_at": None,
        "incomplete_at": None,
        "role": "assistant",
        "content": content,
        "assistant_id": "asst_1",
        "run_id": "run_1",
        "attachments": [],
        "metadata": {},
    }


def run_step(status: str, details: Dict[str, Any], id: str = "step_1") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "thread.run.step",
        "created_at": 1_700_000_000,
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "run_id": "run_1",
        "type": details["type"],
        "status": status,
        "step_details": details,
        "last_error": None,
        "expired_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "metadata": None,
        "usage": None,
    }


def text_block(value: str) -> Dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": []}}


def text_delta(pieces: List[str]) -> List[Tuple[str, Any]]:
    return [
        (
            "thread.message.delta",
            {
                "id": "msg_1",
                "object": "thread.message.delta",
                "delta": {"content": [{"index": 0, "type": "text", "text": {"value": piece}}]},
            },
        )
        for piece in pieces
    ]


def text_run_events(pieces: List[str]) -> List[Tuple[str, Any]]:
    text = "".join(pieces)
    creation = {"type": "message_creation", "message_creation": {"message_id": "msg_1"}}
    return [
        ("thread.run.created", obj.run("queued")),
        ("thread.run.queued", obj.run("queued")),
        ("thread.run.in_progress", obj.run("in_progress")),
        ("thread.run.step.created", run_step("in_progress", creation)),
        ("thread.run.step.in_progress", run_step("in_progress", creation)),
        ("thread.message.created", message("in_progress", [])),
        ("thread.message.in_progress", message("in_progress", [])),
        *text_delta(pieces),
        ("thread.message.completed", message("completed", [text_block(text)])),
        ("thread.run.step.completed", run_step("completed", creation)),
        ("thread.run.completed", obj.run("completed")),
    ]


def tool_call_run_events() -> List[Tuple[str, Any]]:
    """Two function calls streamed in one tool_calls step; the run then requires action."""

    def call_delta(index: int, **fields: Any) -> Tuple[str, Any]:
        return (
            "thread.run.step.delta",
            {
                "id": "step_2",
                "object": "thread.run.step.delta",
                "delta": {"step_details": {"type": "tool_calls", "tool_calls": [{"index": index, **fields}]}},
            },
        )

    final_calls = [
        {"id": "call_a", "type": "function", "function": {"name": "add", "arguments": '{"a": 1}', "output": None}},
        {"id": "call_b", "type": "function", "function": {"name": "mul", "arguments": '{"b": 2}', "output": None}},
    ]
    action = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": final_calls}}
    return [
        ("thread.run.created", obj.run("queued")),
        ("thread.run.in_progress", obj.run("in_progress")),
        ("thread.run.step.created", run_step("in_progress", {"type": "tool_calls", "tool_calls": []}, "step_2")),
        call_delta(0, id="call_a", type="function", function={"name": "add", "arguments": "", "output": None}),
        call_delta(0, type="function", function={"arguments": '{"a":'}),
        call_delta(0, type="function", function={"arguments": " 1}"}),
        call_delta(1, id="call_b", type="function", function={"name": "mul", "arguments": "", "output": None}),
        call_delta(1, type="function", function={"arguments": '{"b": 2}'}),
        ("thread.run.requires_action", obj.run("requires_action", required_action=action)),
        (
            "thread.run.step.completed",
            run_step("completed", {"type": "tool_calls", "tool_calls": final_calls}, "step_2"),
        ),
    ]


def assistant_stream(events: List[Tuple[str, Any]]) -> httpx.Response:
    frames: List[Tuple[Optional[str], object]] = list(events)
    frames.append(("done", "[DONE]"))
    return sse_response(frames)
