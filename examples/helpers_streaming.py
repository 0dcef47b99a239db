"""`chat.completions.stream()`: typed events while the answer arrives, then the parsed final completion.

With a real OPENAI_API_KEY (and no OPENAI_BASE_URL pointing elsewhere) this streams from the API.
Otherwise, since the Prism mock answers stream requests with plain JSON, it replays a stream of the
documented shape from an in-process transport, so the example always runs.
"""

import os
import json
from typing import List

import httpx
from pydantic import BaseModel

import openai


class Haiku(BaseModel):
    title: str
    lines: List[str]


def scripted_stream(request: httpx.Request) -> httpx.Response:
    """`chat.completion.chunk` events as the API sends them, then `data: [DONE]`."""
    answer = json.dumps(
        {"title": "Tide", "lines": ["salt wind at dusk", "the tide counts its pebbles", "one gull answers"]}
    )
    pieces = [answer[i : i + 12] for i in range(0, len(answer), 12)]
    base = {"id": "chatcmpl-local", "object": "chat.completion.chunk", "created": 0, "model": "gpt-4o"}
    deltas = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces]
    chunks = [{**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())


def make_client() -> openai.OpenAI:
    base_url = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
    if os.environ.get("OPENAI_API_KEY") and "api.openai.com" in base_url:
        return openai.OpenAI()
    transport = httpx.MockTransport(scripted_stream)
    return openai.OpenAI(
        api_key="sk-local", base_url="http://local.invalid/v1", http_client=httpx.Client(transport=transport)
    )


client = make_client()
with client.chat.completions.stream(
    model="gpt-4o-2024-08-06",
    messages=[{"role": "user", "content": "Write a haiku about the sea as JSON."}],
    response_format=Haiku,
) as stream:
    for event in stream:
        if event.type == "content.delta":
            print("delta:", repr(event.delta), "partial:", event.parsed)
        elif event.type == "content.done":
            print("content done:", event.parsed)

completion = stream.get_final_completion()
haiku = completion.choices[0].message.parsed
print("final title:", haiku.title if haiku else None)
print("stream done")
