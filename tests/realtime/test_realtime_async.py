"""Realtime over a real WebSocket on loopback, async client (asyncio: `websockets.asyncio`)."""

from __future__ import annotations

import json
import base64
from typing import Any, List, cast

import pytest

import openai
from openai import AsyncOpenAI, WebSocketQueueFullError, WebSocketConnectionClosedError
from openai.lib.realtime import ReconnectingEvent, ReconnectingOverrides

from .fake_server import (
    Peer,
    FakeServer,
    delta_of,
    text_delta,
    audio_delta,
    error_event,
    response_done,
    session_created,
)

# Marked here (not only by the root conftest) so anyio's plugin sees the marker at collection and
# uses this directory's asyncio-only `anyio_backend` instead of expanding to every backend.
pytestmark = pytest.mark.anyio

API_KEY = "sk-test-realtime"


def make_client(server: FakeServer, **kwargs: Any) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0, **kwargs)


async def test_text_round_trip() -> None:
    def script(peer: Peer) -> None:
        peer.send(session_created())
        assert peer.recv()["type"] == "session.update"
        assert peer.recv()["type"] == "conversation.item.create"
        assert peer.recv()["type"] == "response.create"
        peer.send(text_delta("Hel"))
        peer.send(text_delta("lo"))
        peer.send(response_done())
        peer.wait_closed()

    with FakeServer(script) as server:
        async with make_client(server).realtime.connect(model="gpt-realtime") as connection:
            first = await connection.recv()
            assert first.type == "session.created"
            await connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            await connection.conversation.item.create(
                item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Say hello"}]}
            )
            await connection.response.create()
            text = ""
            async for event in connection:
                if event.type == "response.output_text.delta":
                    text += event.delta
                elif event.type == "response.done":
                    break
        assert text == "Hello"

    handshake = server.handshakes[0]
    assert handshake.path == "/v1/realtime"
    assert handshake.query == {"model": "gpt-realtime"}
    assert handshake.headers["authorization"] == f"Bearer {API_KEY}"
    assert [event["type"] for event in server.received] == [
        "session.update",
        "conversation.item.create",
        "response.create",
    ]


async def test_error_event_then_usable_and_unknown_kept() -> None:
    def script(peer: Peer) -> None:
        peer.recv()
        peer.send(error_event("bad event"))
        peer.send({"type": "brand.new.event", "event_id": "e1", "extra": [1, 2]})
        assert peer.recv()["type"] == "response.create"
        peer.send(text_delta("ok"))
        peer.wait_closed()

    with FakeServer(script) as server:
        async with make_client(server).realtime.connect(model="m") as connection:
            await connection.send({"type": "bogus"})
            error = await connection.recv()
            assert error.type == "error" and error.error.message == "bad event"
            unknown = await connection.recv()
            assert unknown.type == "brand.new.event" and unknown.extra == [1, 2]
            await connection.response.create()
            assert delta_of(await connection.recv()) == "ok"


async def test_audio_bytes() -> None:
    pcm = bytes(range(256)) * 4

    def script(peer: Peer) -> None:
        assert base64.b64decode(peer.recv()["audio"]) == pcm
        peer.send(audio_delta(base64.b64encode(pcm).decode()))
        peer.wait_closed()

    with FakeServer(script) as server:
        async with make_client(server).realtime.connect(model="m") as connection:
            await connection.input_audio_buffer.append(audio=pcm)
            raw = await connection.recv_bytes()
            assert base64.b64decode(json.loads(raw)["delta"]) == pcm


async def test_drop_reconnects_and_flushes_queued_sends() -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.recv()
            peer.drop()
            return
        peer.recv()
        peer.send(text_delta("resumed"))
        peer.wait_closed()

    events: List[ReconnectingEvent] = []
    holder: List[Any] = []

    async def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        events.append(event)
        await holder[0].send({"type": "response.create", "event_id": "queued"})
        return {"extra_headers": {"X-Attempt": str(event.attempt)}}

    with FakeServer(script) as server:
        async with make_client(server).realtime.connect(
            model="m", on_reconnecting=on_reconnecting, initial_delay=0.01
        ) as connection:
            holder.append(connection)
            await connection.response.create(event_id="first")
            assert delta_of(await connection.recv()) == "resumed"

    assert [(e.attempt, e.close_code) for e in events] == [(1, 1006)]
    assert [e["event_id"] for e in server.received] == ["first", "queued"]
    assert server.handshakes[1].headers["x-attempt"] == "1"


async def test_queue_full_and_abort() -> None:
    raised: List[BaseException] = []
    holder: List[Any] = []

    async def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        await holder[0].send({"type": "kept"})
        try:
            await holder[0].send({"type": "too-big", "blob": "x" * 200})
        except WebSocketQueueFullError as exc:
            raised.append(exc)
        return {"abort": True}

    with FakeServer(lambda peer: peer.close(1012, "restarting")) as server:
        async with make_client(server).realtime.connect(
            model="m", on_reconnecting=on_reconnecting, max_queue_size=64
        ) as connection:
            holder.append(connection)
            with pytest.raises(WebSocketConnectionClosedError) as info:
                await connection.recv()
            with pytest.raises(WebSocketConnectionClosedError):
                await connection.send({"type": "after"})
    assert len(raised) == 1
    assert "1012" in str(info.value) and "restarting" in str(info.value)
    assert [json.loads(m) for m in info.value.unsent_messages] == [{"type": "kept"}]


@pytest.mark.parametrize("code", [1000, 1008])
async def test_close_codes(code: int) -> None:
    def script(peer: Peer) -> None:
        peer.send(session_created())
        peer.close(code, "done")

    with FakeServer(script) as server:
        async with make_client(server).realtime.connect(model="m") as connection:
            if code == 1000:
                assert [event.type async for event in connection] == ["session.created"]
            else:
                await connection.recv()
                with pytest.raises(WebSocketConnectionClosedError, match=f"code {code}"):
                    await connection.recv()
    assert len(server.handshakes) == 1


async def test_beta_and_responses_connect() -> None:
    def script(peer: Peer) -> None:
        event = peer.recv()
        peer.send({"type": "echo", "got": event["type"]})
        peer.wait_closed()

    with FakeServer(script) as server:
        client = make_client(server)
        async with client.beta.realtime.connect(model="m") as connection:
            await connection.input_audio_buffer.commit()
            assert cast(Any, await connection.recv()).got == "input_audio_buffer.commit"
        async with client.responses.connect() as responses:
            await responses.response.create(model="gpt-5", input="hi")
            assert cast(Any, await responses.recv()).got == "response.create"
    assert server.handshakes[0].headers["openai-beta"] == "realtime=v1"
    assert server.handshakes[1].path == "/v1/responses"
    assert "openai-beta" not in server.handshakes[1].headers


async def test_azure_async_token_provider() -> None:
    async def provider() -> str:
        return "async-ad-token"

    with FakeServer(lambda peer: peer.wait_closed()) as server:
        client = openai.AsyncAzureOpenAI(
            azure_ad_token_provider=provider,
            api_version="2025-04-01-preview",
            azure_endpoint=f"http://127.0.0.1:{server.port}",
            azure_deployment="dep",
        )
        async with client.realtime.connect(model="gpt-realtime"):
            pass
    handshake = server.handshakes[0]
    assert handshake.path == "/openai/realtime"
    assert handshake.query == {"api-version": "2025-04-01-preview", "deployment": "dep"}
    assert handshake.headers["authorization"] == "Bearer async-ad-token"


async def test_rejected_handshake_raises_the_matching_status_error() -> None:
    with FakeServer(lambda peer: None, reject_from=0, reject_status=503, reject_body="busy") as server:
        with pytest.raises(openai.InternalServerError) as info:
            async with make_client(server).realtime.connect(model="m"):
                pass
    assert info.value.status_code == 503


async def test_cancelled_reconnection_can_be_resumed() -> None:
    import asyncio

    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.drop()
            return
        peer.send(text_delta("back"))
        peer.wait_closed()

    with FakeServer(script) as server:
        async with make_client(server).realtime.connect(model="m", initial_delay=0.5, max_delay=0.5) as connection:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(connection.recv(), timeout=0.1)  # cancelled while backing off
            await connection.send({"type": "after-cancel"})  # not stuck in "reconnecting": raises or queues
            assert delta_of(await asyncio.wait_for(connection.recv(), timeout=5)) == "back"
