"""Realtime over a real WebSocket on loopback, sync client."""

from __future__ import annotations

import json
import base64
from typing import Any, List

import pytest

import openai
from openai import OpenAI, WebSocketQueueFullError, WebSocketConnectionClosedError
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

API_KEY = "sk-test-realtime"


def make_client(server: FakeServer, **kwargs: Any) -> OpenAI:
    return OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0, **kwargs)


def test_text_round_trip() -> None:
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
        client = make_client(server)
        with client.realtime.connect(model="gpt-realtime") as connection:
            first = connection.recv()
            assert first.type == "session.created"
            assert first.session.id == "sess_1"
            connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            connection.conversation.item.create(
                item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Say hello"}]}
            )
            connection.response.create()
            text = ""
            for event in connection:
                if event.type == "response.output_text.delta":
                    text += event.delta
                elif event.type == "response.done":
                    assert event.response.status == "completed"
                    break
        assert text == "Hello"

    handshake = server.handshakes[0]
    assert handshake.path == "/v1/realtime"
    assert handshake.query == {"model": "gpt-realtime"}
    assert handshake.headers["authorization"] == f"Bearer {API_KEY}"
    assert "openai-beta" not in handshake.headers
    # Omitted optional fields (event_id, previous_item_id) are not sent at all.
    assert server.received == [
        {"type": "session.update", "session": {"type": "realtime", "output_modalities": ["text"]}},
        {
            "type": "conversation.item.create",
            "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Say hello"}]},
        },
        {"type": "response.create"},
    ]


def test_every_typed_sender_serialises_its_event() -> None:
    def script(peer: Peer) -> None:
        for _ in range(11):
            peer.recv()
        peer.wait_closed()

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m") as connection:
            connection.session.update(session={"type": "realtime"}, event_id="e1")
            connection.input_audio_buffer.append(audio="AAAA")
            connection.input_audio_buffer.commit()
            connection.input_audio_buffer.clear()
            connection.conversation.item.create(
                item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
                previous_item_id="root",
            )
            connection.conversation.item.retrieve(item_id="i1")
            connection.conversation.item.truncate(item_id="i1", content_index=0, audio_end_ms=1500)
            connection.conversation.item.delete(item_id="i1")
            connection.response.create(response={"instructions": "be brief"})
            connection.response.cancel(response_id="resp_1")
            connection.output_audio_buffer.clear()
            connection.send({"type": "noop"})  # raw events still go through `send`

    assert server.received == [
        {"type": "session.update", "session": {"type": "realtime"}, "event_id": "e1"},
        {"type": "input_audio_buffer.append", "audio": "AAAA"},
        {"type": "input_audio_buffer.commit"},
        {"type": "input_audio_buffer.clear"},
        {
            "type": "conversation.item.create",
            "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
            "previous_item_id": "root",
        },
        {"type": "conversation.item.retrieve", "item_id": "i1"},
        {"type": "conversation.item.truncate", "audio_end_ms": 1500, "content_index": 0, "item_id": "i1"},
        {"type": "conversation.item.delete", "item_id": "i1"},
        {"type": "response.create", "response": {"instructions": "be brief"}},
        {"type": "response.cancel", "response_id": "resp_1"},
        {"type": "output_audio_buffer.clear"},
    ]


def test_error_event_is_delivered_and_connection_stays_usable() -> None:
    def script(peer: Peer) -> None:
        peer.recv()  # a malformed event from the client
        peer.send(error_event())
        assert peer.recv()["type"] == "response.create"
        peer.send(text_delta("still here"))
        peer.wait_closed()

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m") as connection:
            connection.send({"typo": "oops"})
            error = connection.recv()
            assert error.type == "error"
            assert error.error.code == "invalid_event"
            assert error.error.message == "The 'type' field is missing."
            connection.response.create()
            assert delta_of(connection.recv()) == "still here"


def test_unknown_event_types_are_kept() -> None:
    future = {"type": "response.hologram.delta", "event_id": "e9", "hologram": {"frames": 3}}

    def script(peer: Peer) -> None:
        peer.send(future)
        peer.wait_closed()

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m") as connection:
            event = connection.recv()
    assert event.type == "response.hologram.delta"
    assert event.event_id == "e9"
    assert event.hologram == {"frames": 3}
    assert isinstance(event, openai.BaseModel)


def test_audio_bytes_both_ways() -> None:
    pcm = bytes(range(256)) * 8

    def script(peer: Peer) -> None:
        first = peer.recv()
        second = peer.recv()
        assert base64.b64decode(first["audio"]) == pcm
        assert base64.b64decode(second["audio"]) == pcm
        peer.send(audio_delta(base64.b64encode(pcm[::-1]).decode()))
        peer.ws.send(b"\x00\x01binary")
        peer.wait_closed()

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m") as connection:
            connection.input_audio_buffer.append(audio=pcm)  # raw bytes are base64-encoded for you
            connection.input_audio_buffer.append(audio=base64.b64encode(pcm).decode())
            delta = connection.recv()
            assert delta.type == "response.output_audio.delta"
            assert base64.b64decode(delta.delta) == pcm[::-1]
            assert connection.recv_bytes() == b"\x00\x01binary"


def test_drop_reconnects_and_flushes_queued_sends_in_order() -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.send(session_created())
            peer.recv()
            peer.drop()  # no close frame: 1006
            return
        peer.recv()
        peer.recv()
        peer.send(text_delta("resumed"))
        peer.wait_closed()

    events: List[ReconnectingEvent] = []
    holder: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        events.append(event)
        # Sent while the socket is down: queued, then flushed first on the new socket.
        holder[0].conversation.item.create(item={"type": "message", "id": "queued-1"})
        holder[0].send({"type": "response.create", "event_id": "queued-2"})
        return {"extra_query": {"resume": "yes"}, "extra_headers": {"X-Resume": "1"}}

    with FakeServer(script) as server:
        client = make_client(server)
        with client.realtime.connect(model="m", on_reconnecting=on_reconnecting, initial_delay=0.01) as connection:
            holder.append(connection)
            assert connection.recv().type == "session.created"
            connection.response.create(event_id="before-drop")
            assert delta_of(connection.recv()) == "resumed"

    assert len(events) == 1
    assert events[0].attempt == 1 and events[0].max_attempts == 5
    assert events[0].close_code == 1006
    assert 0 <= events[0].delay <= 0.01
    assert [e.get("event_id") or e["item"]["id"] for e in server.received] == ["before-drop", "queued-1", "queued-2"]
    assert server.handshakes[1].query == {"model": "m", "resume": "yes"}
    assert server.handshakes[1].headers["x-resume"] == "1"


def test_send_queue_is_bounded() -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.drop()
            return
        peer.send(text_delta("ok"))
        peer.wait_closed()

    raised: List[BaseException] = []
    holder: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> None:
        holder[0].send({"type": "small"})
        try:
            holder[0].send({"type": "big", "blob": "x" * 500})
        except WebSocketQueueFullError as exc:
            raised.append(exc)

    with FakeServer(script) as server:
        client = make_client(server)
        with client.realtime.connect(
            model="m", on_reconnecting=on_reconnecting, initial_delay=0.01, max_queue_size=100
        ) as connection:
            holder.append(connection)
            assert delta_of(connection.recv()) == "ok"

    assert len(raised) == 1 and isinstance(raised[0], openai.OpenAIError)


def test_on_reconnecting_can_abort() -> None:
    def script(peer: Peer) -> None:
        peer.close(1011, "server hiccup")

    holder: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        holder[0].send({"type": "never-sent"})
        return {"abort": True}

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m", on_reconnecting=on_reconnecting) as connection:
            holder.append(connection)
            with pytest.raises(WebSocketConnectionClosedError) as info:
                connection.recv()
            assert "1011" in str(info.value) and "server hiccup" in str(info.value)
            assert [json.loads(m) for m in info.value.unsent_messages] == [{"type": "never-sent"}]
            with pytest.raises(WebSocketConnectionClosedError):
                connection.send({"type": "after"})
    assert len(server.handshakes) == 1


def test_gives_up_after_max_retries_with_close_code() -> None:
    def script(peer: Peer) -> None:
        peer.drop()

    with FakeServer(script, reject_from=1) as server:
        with make_client(server).realtime.connect(model="m", max_retries=2, initial_delay=0.01) as connection:
            with pytest.raises(WebSocketConnectionClosedError) as info:
                connection.recv()
    assert "1006" in str(info.value) and "2 reconnection attempts" in str(info.value)
    assert len(server.handshakes) == 3


@pytest.mark.parametrize("code", [1000, 1008, 4000])
def test_close_codes_that_end_the_session(code: int) -> None:
    def script(peer: Peer) -> None:
        peer.send(session_created())
        peer.close(code, "bye")

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m", initial_delay=0.01) as connection:
            if code == 1000:
                assert [event.type for event in connection] == ["session.created"]  # iteration just ends
            else:
                assert connection.recv().type == "session.created"
                with pytest.raises(WebSocketConnectionClosedError) as info:
                    connection.recv()
                assert f"code {code} (bye)" in str(info.value)
                assert getattr(info.value, "close_code", None) == code
    assert len(server.handshakes) == 1  # not retried


def test_send_after_close_raises() -> None:
    with FakeServer(lambda peer: peer.wait_closed()) as server:
        with make_client(server).realtime.connect(model="m") as connection:
            pass
        with pytest.raises(WebSocketConnectionClosedError) as info:
            connection.response.create()
    assert [json.loads(m) for m in info.value.unsent_messages] == [{"type": "response.create"}]


def test_handshake_options() -> None:
    with FakeServer(lambda peer: peer.wait_closed()) as server:
        client = make_client(
            server,
            organization="org_1",
            websocket_base_url=f"ws://127.0.0.1:{server.port}/custom",
            default_headers={"X-Default": "d"},
        )
        with client.realtime.connect(
            model="m",
            extra_query={"foo": "bar"},
            extra_headers={"X-Extra": "e", "X-Default": openai.omit},
            websocket_connection_options={"compression": None},  # passed to websockets.connect
        ) as connection:
            assert connection.websocket is not None
    handshake = server.handshakes[0]
    assert handshake.path == "/custom/realtime"
    assert handshake.query == {"model": "m", "foo": "bar"}
    assert handshake.headers["x-extra"] == "e"
    assert handshake.headers["openai-organization"] == "org_1"
    assert "x-default" not in handshake.headers
    assert "sec-websocket-extensions" not in handshake.headers  # compression=None reached websockets


def test_call_id_for_sip_calls() -> None:
    with FakeServer(lambda peer: peer.wait_closed()) as server:
        with make_client(server).realtime.connect(call_id="rtc_123"):
            pass
    assert server.handshakes[0].query == {"call_id": "rtc_123"}


def test_beta_realtime_sends_beta_header() -> None:
    def script(peer: Peer) -> None:
        assert peer.recv() == {"type": "transcription_session.update", "session": {"input_audio_format": "pcm16"}}
        peer.send(session_created())
        peer.wait_closed()

    with FakeServer(script) as server:
        with make_client(server).beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
            connection.transcription_session.update(session={"input_audio_format": "pcm16"})
            assert connection.recv().type == "session.created"
    assert server.handshakes[0].headers["openai-beta"] == "realtime=v1"
    assert server.handshakes[0].query == {"model": "gpt-4o-realtime-preview"}


def test_responses_connect() -> None:
    def script(peer: Peer) -> None:
        assert peer.recv() == {"type": "response.create", "model": "gpt-5", "input": "hi", "store": False}
        peer.send(
            {
                "type": "response.output_text.delta",
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "delta": "hello",
                "sequence_number": 1,
                "logprobs": [],
            }
        )
        peer.wait_closed()

    with FakeServer(script) as server:
        with make_client(server).responses.connect() as connection:
            connection.response.create(model="gpt-5", input="hi", store=False)
            event = connection.recv()
            assert event.type == "response.output_text.delta" and event.delta == "hello"
    assert server.handshakes[0].path == "/v1/responses"
    assert server.handshakes[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_azure_api_key_url_and_auth() -> None:
    with FakeServer(lambda peer: peer.wait_closed()) as server:
        client = openai.AzureOpenAI(
            api_key="azure-key",
            api_version="2025-04-01-preview",
            azure_endpoint=f"http://127.0.0.1:{server.port}",
            azure_deployment="my-realtime",
        )
        with client.realtime.connect(model="ignored-when-deployment-set"):
            pass
    handshake = server.handshakes[0]
    assert handshake.path == "/openai/realtime"
    assert handshake.query == {"api-version": "2025-04-01-preview", "deployment": "my-realtime"}
    assert handshake.headers["api-key"] == "azure-key"
    assert "authorization" not in handshake.headers


def test_azure_ad_token_provider_and_model_as_deployment() -> None:
    with FakeServer(lambda peer: peer.wait_closed()) as server:
        client = openai.AzureOpenAI(
            azure_ad_token_provider=lambda: "ad-token",
            api_version="2025-04-01-preview",
            azure_endpoint=f"http://127.0.0.1:{server.port}",
        )
        with client.realtime.connect(model="gpt-realtime"):
            pass
    handshake = server.handshakes[0]
    assert handshake.path == "/openai/realtime"
    assert handshake.query == {"api-version": "2025-04-01-preview", "deployment": "gpt-realtime"}
    assert handshake.headers["authorization"] == "Bearer ad-token"
    assert "api-key" not in handshake.headers


def test_missing_websockets_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "websockets.sync.client", None)  # makes the import fail
    client = OpenAI(api_key=API_KEY, base_url="http://127.0.0.1:9/v1")
    manager = client.realtime.connect(model="m")  # creating the manager needs no websockets
    with pytest.raises(openai.OpenAIError, match=r"openai\[realtime\]"):
        manager.enter()


def test_send_from_another_thread_while_reconnecting_is_queued() -> None:
    import threading

    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.drop()
            return
        event = peer.recv()
        peer.send({"type": "ack", "of": event["event_id"]})
        peer.wait_closed()

    reconnecting = threading.Event()
    queued = threading.Event()
    holder: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> None:
        reconnecting.set()
        assert queued.wait(5)  # hold the attempt until the other thread has sent

    def sender() -> None:
        assert reconnecting.wait(5)
        holder[0].response.create(event_id="from-thread")  # returns at once: queued
        queued.set()

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(
            model="m", on_reconnecting=on_reconnecting, initial_delay=0.01
        ) as connection:
            holder.append(connection)
            thread = threading.Thread(target=sender)
            thread.start()
            ack = connection.recv()
            thread.join(5)
    assert ack.type == "ack" and ack.of == "from-thread"
    assert server.received == [{"type": "response.create", "event_id": "from-thread"}]


def test_api_key_provider_is_called_for_each_handshake() -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.close(1012, "restart")
            return
        peer.send(text_delta("again"))
        peer.wait_closed()

    keys = iter(["key-1", "key-2"])
    with FakeServer(script) as server:
        client = OpenAI(api_key=lambda: next(keys), base_url=server.http_url)
        with client.realtime.connect(model="m", initial_delay=0.01) as connection:
            assert delta_of(connection.recv()) == "again"
    assert [h.headers["authorization"] for h in server.handshakes] == ["Bearer key-1", "Bearer key-2"]


def test_rejected_handshake_raises_the_matching_status_error() -> None:
    body = '{"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "code": "invalid_api_key"}}'
    with FakeServer(lambda peer: None, reject_from=0, reject_status=401, reject_body=body) as server:
        with pytest.raises(openai.AuthenticationError) as info:
            with make_client(server).realtime.connect(model="m"):
                pass
    assert info.value.status_code == 401
    assert info.value.code == "invalid_api_key"


def test_a_server_that_keeps_dropping_uses_up_the_retry_budget() -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.send(session_created())
        peer.close(1011, "flapping")  # every reconnection is accepted, then dropped at once

    with FakeServer(script) as server:
        with make_client(server).realtime.connect(model="m", max_retries=3, initial_delay=0.001) as connection:
            assert connection.recv().type == "session.created"
            with pytest.raises(WebSocketConnectionClosedError, match="gave up after 3 reconnection attempts"):
                connection.recv()
    assert len(server.handshakes) == 4


def test_close_during_reconnection_stops_it() -> None:
    def script(peer: Peer) -> None:
        if peer.index == 0:
            peer.drop()
            return
        peer.wait_closed()

    holder: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> None:
        holder[0].close()  # e.g. the user gives up from another thread while we back off

    with FakeServer(script) as server:
        connection = (
            make_client(server).realtime.connect(model="m", on_reconnecting=on_reconnecting, initial_delay=0.01).enter()
        )
        holder.append(connection)
        assert list(connection) == []  # iteration ends: the connection was closed by us
        with pytest.raises(WebSocketConnectionClosedError, match="closed by the client"):
            connection.send({"type": "late"})
    assert len(server.handshakes) <= 2
