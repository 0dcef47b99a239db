"""A tiny HTTP server on 127.0.0.1 for the backend tests: real sockets, no network.

It answers `/models` with a list page and `/chat/completions` with a completion, or with an SSE stream
when the body asks for `"stream": true`. Every request line and header set is recorded, so tests can
check what reached the wire (also when the server is used as an HTTP proxy: the request line then
carries the absolute URL). Optionally serves TLS and requires a client certificate.
"""

from __future__ import annotations

import ssl
import json
import threading
from typing import Any, Dict, List, Iterator, Optional
from contextlib import contextmanager
from dataclasses import field, dataclass
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

CHUNKS = ["Hel", "lo", "!"]


def completion_body() -> Dict[str, Any]:
    return {
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "created": 0,
        "model": "gpt-4o",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello!"}}],
    }


def chunk_event(index: int, content: str) -> bytes:
    chunk = {
        "id": "chatcmpl-local",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


@dataclass
class Seen:
    request_line: str
    path: str
    headers: Dict[str, str]
    body: bytes
    client_cert_subject: Optional[str] = None


@dataclass
class LocalServer:
    url: str
    seen: List[Seen] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr logging
        pass

    def _record(self, body: bytes) -> None:
        subject: Optional[str] = None
        if isinstance(self.connection, ssl.SSLSocket):
            cert = self.connection.getpeercert()
            if cert:
                subject = dict(x[0] for x in cert["subject"]).get("commonName")  # type: ignore[arg-type,misc]
        headers = {k.lower(): v for k, v in self.headers.items()}  # backends differ in header-name case
        self.server.record.seen.append(Seen(self.requestline, self.path, headers, body, subject))

    def _send_json(self, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", "req_local")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._record(b"")
        self._send_json({"object": "list", "data": [{"id": "m1", "object": "model", "created": 0, "owned_by": "me"}]})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._record(body)
        if not json.loads(body or b"{}").get("stream"):
            self._send_json(completion_body())
            return
        # A streamed answer: chunked transfer, one SSE event per write, then [DONE].
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        events = [chunk_event(i, c) for i, c in enumerate(CHUNKS)] + [b"data: [DONE]\n\n"]
        for event in events:
            self.wfile.write(f"{len(event):x}\r\n".encode() + event + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")


@contextmanager
def serve(ssl_context: Optional[ssl.SSLContext] = None) -> Iterator[LocalServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    scheme = "http"
    if ssl_context is not None:
        httpd.socket = ssl_context.wrap_socket(httpd.socket, server_side=True)
        scheme = "https"
    record = LocalServer(url=f"{scheme}://127.0.0.1:{httpd.server_address[1]}")
    httpd.record = record  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield record
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
