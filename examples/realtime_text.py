"""A text conversation over the Realtime API (WebSocket), sync client.

With OPENAI_API_KEY set (and OPENAI_BASE_URL unset) it talks to the real API. Otherwise (no key,
or a base URL such as the Prism mock, which does not speak WebSocket) it starts a small scripted
Realtime server on 127.0.0.1 and talks to that, so it runs anywhere.

Needs the extra: pip install 'openai[realtime]'
"""

from __future__ import annotations

import os
import json
import threading
from typing import Any, Dict

from openai import OpenAI


def start_fake_realtime_server() -> Any:
    """A scripted stand-in: session.created, then streams a reply to each response.create."""
    from websockets.sync.server import ServerConnection, serve

    def send(ws: ServerConnection, event: Dict[str, Any]) -> None:
        ws.send(json.dumps(event))

    def handler(ws: ServerConnection) -> None:
        send(ws, {"type": "session.created", "event_id": "evt_0", "session": {"type": "realtime", "id": "sess_fake"}})
        for message in ws:  # ends when the client closes
            event = json.loads(message)
            if event["type"] != "response.create":
                continue
            ids = {"response_id": "resp_1", "item_id": "item_1", "output_index": 0, "content_index": 0}
            for i, word in enumerate(["Hello", " from", " the", " fake", " Realtime", " server!"]):
                send(ws, {"type": "response.output_text.delta", "event_id": f"evt_{i + 1}", "delta": word, **ids})
            send(
                ws,
                {
                    "type": "response.done",
                    "event_id": "evt_done",
                    "response": {"object": "realtime.response", "id": "resp_1", "status": "completed", "output": []},
                },
            )

    server = serve(handler, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    fake_server = None
    if os.environ.get("OPENAI_API_KEY") and not os.environ.get("OPENAI_BASE_URL"):
        client = OpenAI()
    else:
        fake_server = start_fake_realtime_server()
        port = fake_server.socket.getsockname()[1]
        client = OpenAI(api_key="sk-fake", base_url=f"http://127.0.0.1:{port}/v1")

    try:
        with client.realtime.connect(model="gpt-realtime") as connection:
            connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            connection.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Say hello in six words."}],
                }
            )
            connection.response.create()

            text = ""
            for event in connection:
                if event.type == "session.created":
                    print("session:", event.session.id)
                elif event.type == "response.output_text.delta":
                    text += event.delta
                elif event.type == "error":
                    print("server error:", event.error.message)  # the session stays usable
                elif event.type == "response.done":
                    break
            print("assistant:", text)
    finally:
        if fake_server is not None:
            fake_server.shutdown()
    print("realtime done")


if __name__ == "__main__":
    main()
