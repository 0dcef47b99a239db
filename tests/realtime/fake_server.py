"""A scripted WebSocket server on 127.0.0.1 for the Realtime tests.

Each accepted connection records its handshake, then runs the test's script with a `Peer`
(send events, receive client events, drop or close). Every wait is bounded by `TIMEOUT`.
"""

from __future__ import annotations

import json
import socket
import threading
from typing import Any, Dict, List, Callable, Optional, cast
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from websockets.http11 import Request, Response
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

TIMEOUT = 5.0


@dataclass
class Handshake:
    path: str
    query: Dict[str, str]
    headers: Dict[str, str]  # lower-cased names


class Peer:
    """The server's side of one connection, as the script sees it."""

    def __init__(self, ws: ServerConnection, index: int, received: List[Dict[str, Any]]) -> None:
        self.ws = ws
        self.index = index  # 0 for the first connection, 1 after the first reconnect, ...
        self._received = received

    def send(self, event: Dict[str, Any]) -> None:
        self.ws.send(json.dumps(event))

    def recv(self) -> Dict[str, Any]:
        event: Dict[str, Any] = json.loads(self.ws.recv(timeout=TIMEOUT))
        self._received.append(event)
        return event

    def drop(self) -> None:
        """Vanish without a close frame: the client sees code 1006."""
        self.ws.socket.shutdown(socket.SHUT_RDWR)
        self.ws.socket.close()

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.ws.close(code=code, reason=reason)

    def wait_closed(self) -> None:
        """Block (bounded) until the client closes."""
        try:
            self.ws.recv(timeout=TIMEOUT)
        except (ConnectionClosed, TimeoutError):
            pass


Script = Callable[[Peer], None]


class FakeServer:
    def __init__(
        self, script: Script, *, reject_from: Optional[int] = None, reject_status: int = 503, reject_body: str = ""
    ) -> None:
        self._script = script
        self._reject_from = reject_from  # handshakes from this index on are refused with `reject_status`
        self._reject_status = reject_status
        self._reject_body = reject_body
        self.handshakes: List[Handshake] = []
        self.received: List[Dict[str, Any]] = []
        self.errors: List[BaseException] = []
        self._server: Optional[Server] = None
        self._thread: Optional[threading.Thread] = None
        self._lock = threading.Lock()

    def _process_request(self, ws: ServerConnection, request: Request) -> Optional[Response]:
        parts = urlsplit(request.path)
        with self._lock:
            index = len(self.handshakes)
            self.handshakes.append(
                Handshake(
                    path=parts.path,
                    query={k: v[0] for k, v in parse_qs(parts.query).items()},
                    headers={k.lower(): v for k, v in request.headers.raw_items()},
                )
            )
        if self._reject_from is not None and index >= self._reject_from:
            response = ws.respond(self._reject_status, self._reject_body)
            if self._reject_body.startswith("{"):
                response.headers["Content-Type"] = "application/json"
            return response
        return None

    def _handler(self, ws: ServerConnection) -> None:
        index = len(self.handshakes) - 1
        try:
            self._script(Peer(ws, index, self.received))
        except ConnectionClosed:
            pass
        except BaseException as exc:  # surfaced by the test through `errors`
            self.errors.append(exc)

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.socket.getsockname()[1])

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> FakeServer:
        server = serve(self._handler, "127.0.0.1", 0, compression=None, process_request=self._process_request)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._thread.join(TIMEOUT)
        assert not self.errors, self.errors


# ---- server events, shaped after the spec's RealtimeServerEvent* schemas ----


def session_created(event_id: str = "event_1") -> Dict[str, Any]:
    return {
        "type": "session.created",
        "event_id": event_id,
        "session": {"type": "realtime", "id": "sess_1", "object": "realtime.session", "model": "gpt-realtime"},
    }


def text_delta(delta: str, event_id: str = "event_2") -> Dict[str, Any]:
    return {
        "type": "response.output_text.delta",
        "event_id": event_id,
        "response_id": "resp_1",
        "item_id": "item_1",
        "output_index": 0,
        "content_index": 0,
        "delta": delta,
    }


def audio_delta(delta_b64: str) -> Dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "event_id": "event_audio",
        "response_id": "resp_1",
        "item_id": "item_1",
        "output_index": 0,
        "content_index": 0,
        "delta": delta_b64,
    }


def response_done() -> Dict[str, Any]:
    return {
        "type": "response.done",
        "event_id": "event_done",
        "response": {"object": "realtime.response", "id": "resp_1", "status": "completed", "output": []},
    }


def error_event(message: str = "The 'type' field is missing.") -> Dict[str, Any]:
    return {
        "type": "error",
        "event_id": "event_890",
        "error": {
            "type": "invalid_request_error",
            "code": "invalid_event",
            "message": message,
            "param": None,
            "event_id": "event_567",
        },
    }


def delta_of(event: object) -> str:
    """The text of a `response.output_text.delta` event (asserting that is what arrived)."""
    assert getattr(event, "type", None) == "response.output_text.delta", event
    return str(cast(Any, event).delta)
