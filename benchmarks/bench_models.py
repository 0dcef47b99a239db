"""Model construction cost against `json.loads` alone (issue 3, Speed and memory).

1. `client.files.list()` answering one page of 20,000 file objects, every `id` read, vs `json.loads` of the
   same body (target: at most 3x).
2. `client.responses.create(...)` answering a response with 500 output items (messages with text and
   annotations, function calls, reasoning), every item's type read, vs `json.loads` (target: at most 3x).

Both SDK calls go through the real client over an in-process `httpx.MockTransport`, so they include the
request and response handling the user pays for; the baseline is `json.loads` only. Best-of-N CPU times,
their ratio, and peak memory (`tracemalloc`, separate runs) are printed.

    .venv/bin/python benchmarks/bench_models.py [--files 20000] [--items 500] [--rounds 5]
"""

from __future__ import annotations

import gc
import json
import time
import argparse
import tracemalloc
from typing import Any, Dict, List, Callable

import httpx

import openai


def file_object(i: int) -> Dict[str, Any]:
    return {
        "id": f"file-{i:024d}",
        "object": "file",
        "bytes": 120_000 + i,
        "created_at": 1_700_000_000 + i,
        "expires_at": None,
        "filename": f"training-data-{i}.jsonl",
        "purpose": "fine-tune",
        "status": "processed",
        "status_details": None,
    }


def output_item(i: int) -> Dict[str, Any]:
    kind = i % 3
    if kind == 0:
        return {
            "type": "message",
            "id": f"msg_{i}",
            "role": "assistant",
            "status": "completed",
            "content": [
                {
                    "type": "output_text",
                    "text": f"Paragraph {i}: " + "lorem ipsum dolor sit amet " * 4,
                    "annotations": [
                        {"type": "url_citation", "start_index": 0, "end_index": 10, "url": "https://e.x", "title": "t"}
                    ],
                    "logprobs": [],
                }
            ],
        }
    if kind == 1:
        return {
            "type": "function_call",
            "id": f"fc_{i}",
            "call_id": f"call_{i}",
            "name": "get_weather",
            "arguments": json.dumps({"city": "Paris", "unit": "c", "n": i}),
            "status": "completed",
        }
    return {
        "type": "reasoning",
        "id": f"rs_{i}",
        "summary": [{"type": "summary_text", "text": "Thinking about step " + str(i)}],
        "encrypted_content": None,
    }


def response_body(items: int) -> Dict[str, Any]:
    return {
        "id": "resp_123",
        "object": "response",
        "created_at": 1_741_476_542,
        "status": "completed",
        "model": "gpt-4.1-2025-04-14",
        "output": [output_item(i) for i in range(items)],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "temperature": 1.0,
        "top_p": 1.0,
        "usage": {
            "input_tokens": 36,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 87,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 123,
        },
        "metadata": {},
    }


def client_for(body: bytes) -> openai.OpenAI:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, content=body)

    return openai.OpenAI(
        api_key="sk-bench",
        base_url="http://bench.test/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def best_time(rounds: int, work: Callable[[], int]) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def peak_memory(work: Callable[[], int]) -> int:
    gc.collect()
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def interleaved_best(rounds: int, baseline: Callable[[], int], sdk: Callable[[], int]) -> tuple[float, float]:
    """Best time of each path, alternating them round by round so machine load drifts affect both alike."""
    raw = typed = float("inf")
    for _ in range(rounds):
        raw = min(raw, best_time(1, baseline))
        typed = min(typed, best_time(1, sdk))
    return raw, typed


def report(name: str, baseline: Callable[[], int], sdk: Callable[[], int], rounds: int, target: float) -> None:
    assert baseline() == sdk(), "both paths must read the same data"
    raw, typed = interleaved_best(rounds, baseline, sdk)
    print(f"{name}")
    print(f"  json.loads alone: {raw * 1000:8.2f} ms")
    print(f"  SDK (typed):      {typed * 1000:8.2f} ms")
    print(f"  ratio: {typed / raw:.2f}x (target <= {target:g}x)")
    print(f"  peak memory: json.loads {peak_memory(baseline) / 1e6:.1f} MB, SDK {peak_memory(sdk) / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    from openai.types import FileObject
    from openai.types.responses import Response

    print(f"types: generated {FileObject.__module__}.FileObject, {Response.__module__}.Response")

    files_body = json.dumps(
        {"object": "list", "data": [file_object(i) for i in range(args.files)], "has_more": False}
    ).encode()
    files_client = client_for(files_body)

    def files_raw() -> int:
        return sum(len(f["id"]) for f in json.loads(files_body)["data"])

    def files_sdk() -> int:
        page = files_client.files.list()
        return sum(len(f.id) for f in page.data)

    files_sdk()  # warm-up: plans are built once per class
    report(
        f"files.list, {args.files} file objects ({len(files_body) / 1e6:.1f} MB)", files_raw, files_sdk, args.rounds, 3
    )

    response_bytes = json.dumps(response_body(args.items)).encode()
    responses_client = client_for(response_bytes)

    def response_raw() -> int:
        return sum(len(item["type"]) for item in json.loads(response_bytes)["output"])

    def response_sdk() -> int:
        response = responses_client.responses.create(model="gpt-4.1", input="hi")
        output: List[Any] = response.output
        return sum(len(item.type) for item in output)

    response_sdk()
    report(
        f"responses.create, {args.items} output items ({len(response_bytes) / 1e6:.2f} MB)",
        response_raw,
        response_sdk,
        args.rounds,
        3,
    )


if __name__ == "__main__":
    main()
