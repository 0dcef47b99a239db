"""Chat Completions bodies shaped as the spec documents them (`CreateChatCompletionResponse` and the
`CreateChatCompletionStreamResponse` chunks: a first chunk with the role, content/tool-call deltas, a
chunk with `finish_reason`, an optional usage chunk with no choices, then `data: [DONE]`)."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Optional

import httpx

from .conftest import sse_response

USAGE = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}


def completion(message: Dict[str, Any], finish_reason: str = "stop") -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "gpt-4o-2024-08-06",
        "system_fingerprint": "fp_1",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "logprobs": None,
                "message": {"role": "assistant", "refusal": None, "content": None, **message},
            }
        ],
        "usage": USAGE,
    }


def chunk(
    delta: Dict[str, Any], finish_reason: Optional[str] = None, logprobs: Any = None, index: int = 0
) -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "gpt-4o-2024-08-06",
        "system_fingerprint": "fp_1",
        "choices": [{"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish_reason}],
    }


def usage_chunk() -> Dict[str, Any]:
    return {**chunk({}), "choices": [], "usage": USAGE}


def stream_of(chunks: List[Dict[str, Any]]) -> httpx.Response:
    events: List[Tuple[Optional[str], object]] = [(None, c) for c in chunks]
    events.append((None, "[DONE]"))
    return sse_response(events)


def content_chunks(pieces: List[str], finish_reason: str = "stop") -> List[Dict[str, Any]]:
    out = [chunk({"role": "assistant", "content": "", "refusal": None})]
    out += [chunk({"content": p}) for p in pieces]
    out.append(chunk({}, finish_reason=finish_reason))
    return out


def tool_call_chunks(calls: List[Tuple[str, str, List[str]]]) -> List[Dict[str, Any]]:
    """calls: (id, function name, argument pieces) per tool call, streamed one after the other."""
    out = [chunk({"role": "assistant", "content": None})]
    for index, (call_id, name, pieces) in enumerate(calls):
        out.append(
            chunk(
                {
                    "tool_calls": [
                        {"index": index, "id": call_id, "type": "function", "function": {"name": name, "arguments": ""}}
                    ]
                }
            )
        )
        out += [chunk({"tool_calls": [{"index": index, "function": {"arguments": p}}]}) for p in pieces]
    out.append(chunk({}, finish_reason="tool_calls"))
    return out
