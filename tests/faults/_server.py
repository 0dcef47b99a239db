"""A fault-injecting HTTP/1.1 server on 127.0.0.1, run in background threads for the fault suite.

Why raw sockets: the faults we need (a TCP reset before the headers, a body cut in the middle, a
chunked stream that ends without its last chunk, headers trickled byte by byte, a Content-Length
that lies) are exactly what a well-behaved HTTP server library refuses to produce.

Usage:
    server = FaultServer()
    server.route("/v1/thing", json_ok({"id": "x"}))
    with server:
        ... point a client at server.base_url ...
        server.hits("/v1/thing")   # attempts seen on the server side

A route's handler is called with an `Exchange` (the parsed request plus the raw socket helpers)
and the 0-based index of this hit on that path, so a handler can fail N times and then succeed.

Every loop here is bounded in count and in time, so a broken client can never hang the suite:
the accept loop polls a stop flag, a connection serves at most `MAX_REQUESTS_PER_CONNECTION`
requests, every recv/send has a socket timeout, and "stall forever" waits at most `MAX_STALL`
seconds (or until the server stops, which closes every socket).
"""

from __future__ import annotations

import ssl
import gzip
import json
import time
import select
import socket
import struct
import threading
from typing import Any, Callable, Optional
from dataclasses import field, dataclass

__all__ = [
    "FaultServer",
    "Exchange",
    "Handler",
    "json_ok",
    "json_status",
    "fail_then_ok",
    "reset_before_headers",
    "reset_mid_body",
    "raw_body",
    "sse_stream",
    "stall_after_headers",
    "slow_headers",
    "huge_page",
    "Prebuilt",
    "gzip_short_body",
    "gzip_lying_trailer",
    "sse_event",
]

MAX_REQUESTS_PER_CONNECTION = 1000
MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_STALL = 20.0
SOCKET_TIMEOUT = 10.0
THREAD_PREFIX = "faults-server"


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class Exchange:
    """One request on one connection; the handler answers (or misbehaves) through it."""

    request: Request
    sock: socket.socket
    stop: threading.Event
    # Set by a handler that ended the connection (reset/close): the server then stops reading it.
    closed: bool = False

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def send_head(self, status: int, headers: list[tuple[str, str]]) -> None:
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        lines += [f"{name}: {value}" for name, value in headers]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def send_response(self, status: int, body: bytes, headers: Optional[list[tuple[str, str]]] = None) -> None:
        all_headers = [("Content-Length", str(len(body)))]
        if not any(name.lower() == "content-type" for name, _ in headers or []):
            all_headers.append(("Content-Type", "application/json"))
        all_headers += headers or []
        self.send_head(status, all_headers)
        self.send(body)

    def send_chunk(self, data: bytes) -> None:
        self.send(b"%x\r\n%s\r\n" % (len(data), data))

    def end_chunks(self) -> None:
        self.send(b"0\r\n\r\n")

    def reset(self) -> None:
        """Abort with a TCP RST (SO_LINGER 0), which the client sees as 'connection reset by peer'."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()
        self.closed = True

    def close(self) -> None:
        """Close cleanly (FIN) in the middle of whatever was being sent."""
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.closed = True

    def stall(self, seconds: float = MAX_STALL) -> None:
        """Send nothing more for `seconds` (bounded) or until the server stops, then close."""
        self.stop.wait(seconds)
        self.close()


Handler = Callable[[Exchange, int], None]


@dataclass
class _Route:
    handler: Handler
    hits: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: list[Request] = field(default_factory=lambda: [])


class FaultServer:
    """Threaded loopback HTTP server whose routes misbehave on purpose."""

    def __init__(self, ssl_context: Optional[ssl.SSLContext] = None, default: Optional[Handler] = None) -> None:
        # `ssl_context`: serve HTTPS (for the TLS-verification tests); `default`: the handler of
        # paths without a route (those requests are kept in `unrouted`), else a 404.
        self._ssl_context = ssl_context
        self._default = default
        self._routes: dict[str, _Route] = {}
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(128)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.unrouted: list[Request] = []

    @property
    def base_url(self) -> str:
        scheme = "https" if self._ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}/v1"

    def route(self, path: str, handler: Handler) -> None:
        self._routes[path] = _Route(handler)

    def hits(self, path: str) -> int:
        return self._routes[path].hits

    def requests(self, path: str) -> list[Request]:
        return list(self._routes[path].requests)

    def total_hits(self) -> int:
        return sum(route.hits for route in self._routes.values()) + len(self.unrouted)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FaultServer:
        thread = threading.Thread(target=self._accept_loop, name=f"{THREAD_PREFIX}-accept", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # -- serving ---------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        # Bounded: polls the stop flag every 20 ms; each connection gets its own (bounded) thread.
        while not self._stop.is_set():
            readable, _, _ = select.select([self._listener], [], [], 0.02)
            if not readable:
                continue
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            sock.settimeout(SOCKET_TIMEOUT)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._sockets.append(sock)
                thread = threading.Thread(
                    target=self._serve_connection, args=(sock,), name=f"{THREAD_PREFIX}-conn", daemon=True
                )
                self._threads.append(thread)
            thread.start()

    def open_connections(self) -> int:
        """Client connections the server still holds open (each is served by one live thread)."""
        return sum(1 for t in self._threads if t.name == f"{THREAD_PREFIX}-conn" and t.is_alive())

    def _serve_connection(self, sock: socket.socket) -> None:
        buffer = b""
        try:
            if self._ssl_context is not None:
                # A client that rejects the certificate aborts the handshake: an OSError, handled below.
                sock = self._ssl_context.wrap_socket(sock, server_side=True)
            for _ in range(MAX_REQUESTS_PER_CONNECTION):
                request, buffer = _read_request(sock, buffer, self._stop)
                if request is None:
                    return
                exchange = Exchange(request=request, sock=sock, stop=self._stop)
                route = self._routes.get(request.path)
                if route is None:
                    self.unrouted.append(request)
                    if self._default is not None:
                        self._default(exchange, len(self.unrouted) - 1)
                        if exchange.closed:
                            return
                        continue
                    exchange.send_response(404, b'{"error": {"message": "no such route", "type": "not_found"}}')
                    continue
                with route.lock:
                    index = route.hits
                    route.hits += 1
                    route.requests.append(request)
                route.handler(exchange, index)
                if exchange.closed:
                    return
        except OSError:
            # The client went away (or the server is stopping): nothing left to serve.
            pass
        finally:
            try:
                sock.close()
            except OSError:
                pass


def _read_request(sock: socket.socket, buffer: bytes, stop: threading.Event) -> tuple[Optional[Request], bytes]:
    while b"\r\n\r\n" not in buffer:
        if len(buffer) > MAX_HEADER_BYTES or stop.is_set():
            return None, b""
        try:
            data = sock.recv(65536)
        except socket.timeout:
            return None, b""
        if not data:
            return None, b""
        buffer += data
    head, buffer = buffer.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    if length > MAX_BODY_BYTES:
        return None, b""
    while len(buffer) < length:
        data = sock.recv(65536)
        if not data:
            return None, b""
        buffer += data
    body, buffer = buffer[:length], buffer[length:]
    return Request(method=method, target=target, headers=headers, body=body), buffer


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


# -- handler factories ---------------------------------------------------------------------------


def _json_bytes(obj: Any) -> bytes:
    return json.dumps(obj).encode()


def json_ok(obj: Any, headers: Optional[list[tuple[str, str]]] = None) -> Handler:
    body = _json_bytes(obj)

    def handler(ex: Exchange, _: int) -> None:
        ex.send_response(200, body, headers)

    return handler


def json_status(status: int, headers: Optional[list[tuple[str, str]]] = None) -> Handler:
    """Always answer `status` with an API-style error body (a storm when the client retries)."""
    body = _json_bytes({"error": {"message": f"storm {status}", "type": "server_error", "code": None, "param": None}})

    def handler(ex: Exchange, _: int) -> None:
        ex.send_response(status, body, headers)

    return handler


def fail_then_ok(failures: int, failing: Handler, ok: Handler) -> Handler:
    def handler(ex: Exchange, index: int) -> None:
        (failing if index < failures else ok)(ex, index)

    return handler


def reset_before_headers() -> Handler:
    def handler(ex: Exchange, _: int) -> None:
        ex.reset()

    return handler


def reset_mid_body(declared: int = 200, sent: int = 50) -> Handler:
    """Headers promise `declared` bytes of JSON, `sent` of them arrive, then a TCP reset."""

    def handler(ex: Exchange, _: int) -> None:
        ex.send_head(200, [("Content-Type", "application/json"), ("Content-Length", str(declared))])
        ex.send(b'{"id": "' + b"x" * (sent - 8))
        time.sleep(0.02)  # let the client read the partial body before the reset discards it
        ex.reset()

    return handler


def raw_body(body: bytes, status: int = 200, content_type: str = "application/json") -> Handler:
    def handler(ex: Exchange, _: int) -> None:
        ex.send_response(status, body, [("Content-Type", content_type)])

    return handler


def sse_event(obj: Any) -> bytes:
    return b"data: " + _json_bytes(obj) + b"\n\n"


SSE_DONE = b"data: [DONE]\n\n"


def sse_stream(chunks: list[bytes], ending: str = "done") -> Handler:
    """A chunked `text/event-stream` answer.

    `ending`: "done" (a `[DONE]` event and the final chunk), "clean" (final chunk, nothing else),
    "reset" (TCP reset after the chunks), "close" (FIN without the final chunk), "stall" (nothing
    more, bounded by MAX_STALL).
    """

    def handler(ex: Exchange, _: int) -> None:
        ex.send_head(200, [("Content-Type", "text/event-stream"), ("Transfer-Encoding", "chunked")])
        for chunk in chunks:
            ex.send_chunk(chunk)
        if ending == "done":
            ex.send_chunk(SSE_DONE)
            ex.end_chunks()
        elif ending == "clean":
            ex.end_chunks()
        elif ending == "reset":
            time.sleep(0.02)
            ex.reset()
        elif ending == "close":
            time.sleep(0.02)
            ex.close()
        elif ending == "stall":
            ex.stall()
        else:
            raise ValueError(ending)

    return handler


def stall_after_headers(content_length: int = 100) -> Handler:
    """Headers of a JSON answer, then silence (bounded)."""

    def handler(ex: Exchange, _: int) -> None:
        ex.send_head(200, [("Content-Type", "application/json"), ("Content-Length", str(content_length))])
        ex.stall()

    return handler


def slow_headers(interval: float, pieces: int, obj: Any) -> Handler:
    """A correct JSON answer whose status line and headers arrive in `pieces` parts, `interval` apart."""
    body = _json_bytes(obj)
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"X-Padding: {'p' * 64}\r\n\r\n"
    ).encode()

    def handler(ex: Exchange, _: int) -> None:
        size = -(-len(head) // pieces)
        for start in range(0, len(head), size):
            if ex.stop.wait(interval):
                return
            ex.send(head[start : start + size])
        ex.send(body)

    return handler


class Prebuilt:
    """A handler whose (big) answer is built by `prepare()`, called by the test before the request.

    Building 50 MB while the client waits for headers would itself look like a stalled server;
    building at import would cost every test run the memory.
    """

    def __init__(self, build: Callable[[], Handler]) -> None:
        self._build = build
        self._handler: Optional[Handler] = None

    def prepare(self) -> None:
        if self._handler is None:
            self._handler = self._build()

    def __call__(self, ex: Exchange, index: int) -> None:
        self.prepare()
        assert self._handler is not None
        self._handler(ex, index)


def huge_page(total_bytes: int, item_payload: int = 10_000) -> tuple[Prebuilt, int]:
    """A list page of about `total_bytes`, made of items with a large string field.

    Returns the handler and the number of items, so the test can check the parsed page.
    """
    count = total_bytes // (item_payload + 40)

    def build() -> Handler:
        item = b'{"id": "item", "object": "thing", "blob": "' + b"b" * item_payload + b'"}'
        body = b'{"object": "list", "data": [' + b", ".join([item] * count) + b'], "has_more": false}'

        def handler(ex: Exchange, _: int) -> None:
            ex.send_response(200, body)

        return handler

    return Prebuilt(build), count


def gzip_short_body(obj: Any) -> Handler:
    """A gzip body whose Content-Length promises more bytes than are sent before the connection closes."""
    compressed = gzip.compress(_json_bytes(obj))

    def handler(ex: Exchange, _: int) -> None:
        ex.send_head(
            200,
            [
                ("Content-Type", "application/json"),
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(compressed) + 500)),
            ],
        )
        ex.send(compressed)
        time.sleep(0.02)
        ex.close()

    return handler


def gzip_lying_trailer(obj: Any) -> Handler:
    """A complete gzip body (honest Content-Length) whose trailer claims a different uncompressed size."""
    compressed = bytearray(gzip.compress(_json_bytes(obj)))
    # The last 4 bytes of a gzip member are ISIZE (uncompressed length mod 2**32).
    compressed[-4:] = struct.pack("<I", 7)
    body = bytes(compressed)

    def handler(ex: Exchange, _: int) -> None:
        ex.send_response(200, body, [("Content-Encoding", "gzip")])

    return handler
