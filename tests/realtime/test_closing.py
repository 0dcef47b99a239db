"""How connections end: a server close without reconnection, sends after the end, and cancellation inside `async with`."""

from __future__ import annotations

import json
import asyncio
from typing import Any, List, Optional

import pytest
from websockets.exceptions import ConnectionClosed

from openai import OpenAI, AsyncOpenAI, WebSocketConnectionClosedError

from .fake_server import TIMEOUT, Peer, FakeServer, session_created

API_KEY = "sk-test-closing"


def _close_with(code: int, reason: str) -> Any:
    def script(peer: Peer) -> None:
        peer.send(session_created())
        peer.close(code, reason)

    return script


def _record_client_close(codes: List[Optional[int]]) -> Any:
    """Send one event, then wait for the client to close and record the code of its close frame."""

    def script(peer: Peer) -> None:
        peer.send(session_created())
        try:
            peer.ws.recv(timeout=TIMEOUT)
        except ConnectionClosed as exc:
            codes.append(exc.rcvd.code if exc.rcvd is not None else None)

    return script


# ---- a server close with reconnection off raises from recv, with the code and reason ----


def test_retryable_close_without_reconnection_raises_with_code_and_reason() -> None:
    # 1011 would be retried with max_retries > 0; with 0 it ends the session at once.
    with FakeServer(_close_with(1011, "overloaded")) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.realtime.connect(model="m", max_retries=0) as connection:
            assert connection.recv().type == "session.created"
            with pytest.raises(WebSocketConnectionClosedError) as info:
                connection.recv()
            # Asking again gives the same answer rather than hanging on the dead socket.
            with pytest.raises(WebSocketConnectionClosedError) as again:
                connection.recv()
    assert getattr(info.value, "close_code", None) == 1011
    assert getattr(info.value, "close_reason", None) == "overloaded"
    assert "code 1011 (overloaded)" in str(info.value)
    assert getattr(again.value, "close_code", None) == 1011
    assert len(server.handshakes) == 1


def test_beta_connection_never_reconnects() -> None:
    with FakeServer(_close_with(1001, "going away")) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.beta.realtime.connect(model="m") as connection:
            connection.recv()
            with pytest.raises(WebSocketConnectionClosedError) as info:
                connection.recv()
    assert getattr(info.value, "close_code", None) == 1001
    assert len(server.handshakes) == 1


@pytest.mark.anyio
async def test_async_retryable_close_without_reconnection_raises_with_code_and_reason() -> None:
    with FakeServer(_close_with(1011, "overloaded")) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        async with client.responses.connect(max_retries=0) as connection:
            await connection.recv_bytes()
            with pytest.raises(WebSocketConnectionClosedError) as info:
                await connection.recv()
    assert (getattr(info.value, "close_code", None), getattr(info.value, "close_reason", None)) == (1011, "overloaded")
    assert len(server.handshakes) == 1


# ---- sending after the end raises, and hands back what was not sent ----


def test_send_after_server_close_raises_with_the_unsent_message() -> None:
    with FakeServer(_close_with(4001, "session expired")) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.realtime.connect(model="m") as connection:
            connection.recv()
            with pytest.raises(WebSocketConnectionClosedError):
                connection.recv()
            with pytest.raises(WebSocketConnectionClosedError) as info:
                connection.input_audio_buffer.commit(event_id="late")
    assert getattr(info.value, "close_code", None) == 4001
    assert [json.loads(m) for m in info.value.unsent_messages] == [
        {"type": "input_audio_buffer.commit", "event_id": "late"}
    ]


@pytest.mark.anyio
async def test_async_send_after_close_raises() -> None:
    codes: List[Optional[int]] = []
    with FakeServer(_record_client_close(codes)) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        async with client.realtime.connect(model="m") as connection:
            await connection.recv()
        with pytest.raises(WebSocketConnectionClosedError) as info:
            await connection.response.cancel(response_id="resp_1")
        with pytest.raises(WebSocketConnectionClosedError):
            await connection.recv()
    assert [json.loads(m) for m in info.value.unsent_messages] == [{"type": "response.cancel", "response_id": "resp_1"}]
    assert codes == [1000]


# ---- cancellation inside `async with` ----


@pytest.mark.anyio
async def test_timeout_around_recv_exits_async_with_cleanly() -> None:
    codes: List[Optional[int]] = []
    with FakeServer(_record_client_close(codes)) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with pytest.raises(asyncio.TimeoutError):
            async with client.realtime.connect(model="m") as connection:
                assert (await connection.recv()).type == "session.created"
                await asyncio.wait_for(connection.recv(), timeout=0.2)  # nothing more arrives
        assert connection.websocket.close_code == 1000
    # The server saw a normal close frame, not a vanished peer.
    assert codes == [1000]


@pytest.mark.anyio
async def test_cancelled_task_closes_its_connection() -> None:
    codes: List[Optional[int]] = []
    entered = asyncio.Event()
    holder: List[Any] = []

    async def session(client: AsyncOpenAI) -> None:
        async with client.realtime.connect(model="m") as connection:
            holder.append(connection)
            await connection.recv()
            entered.set()
            await connection.recv()  # blocks until cancelled

    with FakeServer(_record_client_close(codes)) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        task = asyncio.ensure_future(session(client))
        await asyncio.wait_for(entered.wait(), timeout=TIMEOUT)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert holder[0].websocket.close_code == 1000
    assert codes == [1000]


@pytest.mark.anyio
async def test_anyio_cancel_scope_around_async_with_still_closes_cleanly() -> None:
    import anyio

    # An anyio scope keeps cancelling every await inside it, `__aexit__`'s close included.
    codes: List[Optional[int]] = []
    holder: List[Any] = []
    with FakeServer(_record_client_close(codes)) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with anyio.move_on_after(0.3) as scope:
            async with client.realtime.connect(model="m") as connection:
                holder.append(connection)
                await connection.recv()
                await connection.recv()  # nothing more arrives: cancelled by the scope
        assert scope.cancelled_caught
        assert holder[0].websocket.close_code == 1000
    assert codes == [1000]
