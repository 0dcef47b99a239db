"""The Responses API over one persistent WebSocket (`client.responses.connect()`), two chained turns.

Each `connection.response.create(...)` takes the `POST /responses` fields as typed keywords; the answer
arrives as the usual Responses stream events. With OPENAI_API_KEY set (and OPENAI_BASE_URL unset) it talks
to the real API; otherwise it starts a small scripted server on 127.0.0.1, so it runs anywhere.

Needs the extra: pip install 'openai[realtime]'
"""

# expect: turn 1: Hello over a socket!
# expect: turn 2 (after resp_1): Still the same socket.
# expect: responses websocket done

from __future__ import annotations

import os
import json
import threading
from typing import Any, Dict, List, Optional

from openai import OpenAI

REPLIES = [["Hello", " over", " a", " socket!"], ["Still", " the", " same", " socket."]]


def start_fake_responses_server() -> Any:
    """A scripted stand-in: answers each `response.create` with created, text deltas and completed events."""
    from websockets.sync.server import ServerConnection, serve

    def handler(ws: ServerConnection) -> None:
        sequence = 0

        def send(event: Dict[str, Any]) -> None:
            nonlocal sequence
            ws.send(json.dumps({**event, "sequence_number": sequence}))
            sequence += 1

        for turn, message in enumerate(ws):  # ends when the client closes
            request = json.loads(message)
            if request["type"] != "response.create":
                continue
            words = REPLIES[turn % len(REPLIES)]
            response: Dict[str, Any] = {
                "id": f"resp_{turn + 1}",
                "object": "response",
                "created_at": 0,
                "model": request.get("model", "gpt-5"),
                "previous_response_id": request.get("previous_response_id"),
                "status": "in_progress",
                "output": [],
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "tools": [],
            }
            send({"type": "response.created", "response": response})
            ids = {"item_id": "msg_1", "output_index": 0, "content_index": 0, "logprobs": []}
            for word in words:
                send({"type": "response.output_text.delta", "delta": word, **ids})
            text = "".join(words)
            message_item = {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
            send(
                {
                    "type": "response.completed",
                    "response": {**response, "status": "completed", "output": [message_item]},
                }
            )

    server = serve(handler, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    fake_server = None
    if os.environ.get("OPENAI_API_KEY") and not os.environ.get("OPENAI_BASE_URL"):
        client = OpenAI()
    else:
        fake_server = start_fake_responses_server()
        port = fake_server.socket.getsockname()[1]
        client = OpenAI(api_key="sk-fake", base_url=f"http://127.0.0.1:{port}/v1")

    prompts = ["Say hello in four words.", "Now say something else in four words."]
    try:
        with client.responses.connect() as connection:
            previous: Optional[str] = None
            for turn, prompt in enumerate(prompts, start=1):
                if previous is None:
                    connection.response.create(model="gpt-5", input=prompt, store=False)
                else:
                    connection.response.create(model="gpt-5", input=prompt, previous_response_id=previous, store=False)
                parts: List[str] = []
                for event in connection:
                    if event.type == "response.output_text.delta":
                        parts.append(event.delta)
                    elif event.type == "error":
                        print("server error:", event.message)
                    elif event.type == "response.completed":
                        label = f"turn {turn}" + (f" (after {previous})" if previous else "")
                        print(f"{label}: {''.join(parts)}")
                        previous = event.response.id
                        break
    finally:
        if fake_server is not None:
            fake_server.shutdown()
    print("responses websocket done")


if __name__ == "__main__":
    main()
