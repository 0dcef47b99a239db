"""SSE streaming cost: `Stream[ChatCompletionChunk]` vs raw httpx `iter_lines` + `json.loads` (issue 3).

50,000 `chat.completion.chunk` events (~250 bytes each) are served in-process by an `httpx.MockTransport`
in 16 KiB chunks (the network is not what is measured). Both paths read every delta's content.

- raw: `httpx.Client.stream(...)`, `iter_lines()`, `json.loads` of each `data:` line.
- sdk: `client.chat.completions.create(..., stream=True)` and iteration over typed chunks.

Prints the best-of-N CPU time (`time.process_time`, steadier than wall time on a busy machine) of each, their ratio (target: at most 2x), and the peak memory of each
path measured in a separate run with `tracemalloc`.

    .venv/bin/python benchmarks/bench_sse.py [--events 50000] [--rounds 5]
"""

from __future__ import annotations

import gc
import json
import time
import argparse
import tracemalloc
from typing import Any, Dict, Callable, Iterator

import httpx

import openai

CHUNK_SIZE = 16 * 1024


def event_json(i: int) -> Dict[str, Any]:
    return {
        "id": "chatcmpl-9xYzAbCdEfGhIjKlMnOpQrStUv",
        "object": "chat.completion.chunk",
        "created": 1718000000 + i // 100,
        "model": "gpt-4o-2024-08-06",
        "system_fingerprint": "fp_abc123def4",
        "choices": [{"index": 0, "delta": {"content": f" token{i % 997}"}, "logprobs": None, "finish_reason": None}],
    }


def build_body(events: int) -> bytes:
    lines = [b"data: " + json.dumps(event_json(i), separators=(",", ":")).encode() + b"\n\n" for i in range(events)]
    lines.append(b"data: [DONE]\n\n")
    return b"".join(lines)


class Body(httpx.SyncByteStream):
    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        body = self.body
        for start in range(0, len(body), CHUNK_SIZE):
            yield body[start : start + CHUNK_SIZE]


def transport(body: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body(body))

    return httpx.MockTransport(handler)


def run_raw(body: bytes) -> int:
    count = 0
    with httpx.Client(transport=transport(body)) as client:
        with client.stream("POST", "http://bench.test/v1/chat/completions", json={"stream": True}) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                payload = line[6:]
                if payload == "[DONE]":
                    break
                chunk = json.loads(payload)
                if chunk["choices"][0]["delta"].get("content") is not None:
                    count += 1
    return count


def run_sdk(body: bytes) -> int:
    count = 0
    client = openai.OpenAI(
        api_key="sk-bench", base_url="http://bench.test/v1", http_client=httpx.Client(transport=transport(body))
    )
    stream = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True)
    for chunk in stream:
        if chunk.choices[0].delta.content is not None:
            count += 1
    client.close()
    return count


def best_time(rounds: int, work: Callable[[], int], expected: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        got = work()
        best = min(best, time.process_time() - start)
        assert got == expected, (got, expected)
    return best


def peak_memory(work: Callable[[], int]) -> int:
    gc.collect()
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from openai.types.chat import ChatCompletionChunk

    body = build_body(args.events)
    print(f"types: generated {ChatCompletionChunk.__module__}.ChatCompletionChunk")
    print(f"events: {args.events}, body: {len(body) / 1e6:.1f} MB, ~{len(body) // max(args.events, 1)} bytes/event")
    run_sdk(build_body(10))  # warm-up: class plans and converters are built once per process
    raw = sdk = float("inf")
    for _ in range(args.rounds):  # alternate the paths so machine load drifts affect both alike
        raw = min(raw, best_time(1, lambda: run_raw(body), args.events))
        sdk = min(sdk, best_time(1, lambda: run_sdk(body), args.events))
    print(f"raw httpx iter_lines + json.loads: {raw * 1000:8.1f} ms  ({raw / args.events * 1e6:.2f} us/event)")
    print(f"Stream[ChatCompletionChunk]:        {sdk * 1000:8.1f} ms  ({sdk / args.events * 1e6:.2f} us/event)")
    print(f"ratio sdk/raw: {sdk / raw:.2f}x (target <= 2x)")
    raw_peak = peak_memory(lambda: run_raw(body))
    sdk_peak = peak_memory(lambda: run_sdk(body))
    print(f"peak memory (tracemalloc, body of {len(body) / 1e6:.1f} MB held by the mock server):")
    print(f"  raw: {raw_peak / 1e6:.1f} MB   sdk: {sdk_peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
