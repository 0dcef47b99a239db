"""A tiny keep-alive HTTP/1.1 server on 127.0.0.1 for the benchmarks.

Runs in its own process (so the benchmark's CPU clock only measures the client), answers every
request with the same small JSON body, and exits when stdin closes or after `--max-seconds`.

    python benchmarks/_server.py   # prints the port on the first line of stdout
"""

from __future__ import annotations

import sys
import asyncio
import argparse

BODY = b'{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4o","choices":[]}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json\r\n"
    b"Connection: keep-alive\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY
)
MAX_HEADER_BYTES = 64 * 1024


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if len(head) > MAX_HEADER_BYTES:
                break
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:].strip())
            if length:
                await reader.readexactly(length)
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, asyncio.CancelledError):
        # Client went away, or the server is shutting down: nothing to answer.
        pass
    finally:
        writer.close()


async def main(max_seconds: float) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    stdin_closed = loop.run_in_executor(None, sys.stdin.read)
    async with server:
        # Bounded: stop when the parent closes our stdin, or after max_seconds in any case.
        await asyncio.wait({asyncio.ensure_future(stdin_closed)}, timeout=max_seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args()
    asyncio.run(main(args.max_seconds))
