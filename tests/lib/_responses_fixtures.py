"""Responses API bodies and event streams shaped as the spec documents them.

A text stream runs: `response.created`, `response.in_progress`, `response.output_item.added`,
`response.content_part.added`, `response.output_text.delta`..., `response.output_text.done`,
`response.content_part.done`, `response.output_item.done`, `response.completed`, each event with its
`sequence_number`; a function call streams `response.function_call_arguments.delta`/`.done` instead.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Optional

import httpx

from .conftest import sse_response


def response(status: str, output: List[Dict[str, Any]], **extra: Any) -> Dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1_700_000_000,
        "status": status,
        "model": "gpt-4o-2024-08-06",
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
        **extra,
    }


def text_part(text: str) -> Dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def message(parts: List[Dict[str, Any]], status: str = "completed") -> Dict[str, Any]:
    return {"type": "message", "id": "msg_1", "status": status, "role": "assistant", "content": parts}


def function_call(name: str, arguments: str, status: str = "completed") -> Dict[str, Any]:
    return {
        "type": "function_call",
        "id": "fc_1",
        "call_id": "call_1",
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def text_events(pieces: List[str]) -> List[Dict[str, Any]]:
    text = "".join(pieces)
    events: List[Dict[str, Any]] = [
        {"type": "response.created", "response": response("in_progress", [])},
        {"type": "response.in_progress", "response": response("in_progress", [])},
        {"type": "response.output_item.added", "output_index": 0, "item": message([], "in_progress")},
        {
            "type": "response.content_part.added",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "part": text_part(""),
        },
    ]
    events += [
        {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": piece,
            "logprobs": [],
        }
        for piece in pieces
    ]
    events += [
        {
            "type": "response.output_text.done",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "text": text,
            "logprobs": [],
        },
        {
            "type": "response.content_part.done",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "part": text_part(text),
        },
        {"type": "response.output_item.done", "output_index": 0, "item": message([text_part(text)])},
        {"type": "response.completed", "response": response("completed", [message([text_part(text)])])},
    ]
    return [{**event, "sequence_number": n} for n, event in enumerate(events)]


def function_call_events(name: str, pieces: List[str]) -> List[Dict[str, Any]]:
    arguments = "".join(pieces)
    events: List[Dict[str, Any]] = [
        {"type": "response.created", "response": response("in_progress", [])},
        {"type": "response.output_item.added", "output_index": 0, "item": function_call(name, "", "in_progress")},
    ]
    events += [
        {"type": "response.function_call_arguments.delta", "item_id": "fc_1", "output_index": 0, "delta": piece}
        for piece in pieces
    ]
    events += [
        {
            "type": "response.function_call_arguments.done",
            "item_id": "fc_1",
            "output_index": 0,
            "name": name,
            "arguments": arguments,
        },
        {"type": "response.output_item.done", "output_index": 0, "item": function_call(name, arguments)},
        {"type": "response.completed", "response": response("completed", [function_call(name, arguments)])},
    ]
    return [{**event, "sequence_number": n} for n, event in enumerate(events)]


def event_stream(events: List[Dict[str, Any]]) -> httpx.Response:
    frames: List[Tuple[Optional[str], object]] = [(e["type"], e) for e in events]
    return sse_response(frames)
