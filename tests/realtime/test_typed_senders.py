"""Typed sender params: the generated `*Param` TypedDicts go on the wire unchanged, GA and beta.

Each payload is built as a variable annotated with the generated TypedDict, so pyright checks that the
sender accepts exactly that type, and the fake server checks the JSON the sender produced from it.
"""

from __future__ import annotations

from typing import Any

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.types.realtime.conversation_item_param import ConversationItemParam
from openai.types.realtime.session_update_event_param import Session
from openai.types.beta.realtime.conversation_item_param import ConversationItemParam as BetaConversationItemParam
from openai.types.beta.realtime.session_update_event_param import Session as BetaSession
from openai.types.beta.realtime.response_create_event_param import Response as BetaResponse
from openai.types.realtime.realtime_response_create_params_param import RealtimeResponseCreateParamsParam
from openai.types.beta.realtime.transcription_session_update_param import Session as BetaTranscriptionSession

from .fake_server import Peer, FakeServer

API_KEY = "sk-test-realtime"


def _drain(count: int) -> Any:
    def script(peer: Peer) -> None:
        for _ in range(count):
            peer.recv()
        peer.wait_closed()

    return script


def test_ga_typed_params_serialise_as_given() -> None:
    session: Session = {"type": "realtime", "instructions": "be brief", "output_modalities": ["text"]}
    item: ConversationItemParam = {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "hello"}],
    }
    response: RealtimeResponseCreateParamsParam = {"instructions": "answer", "max_output_tokens": 64}

    with FakeServer(_drain(3)) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.realtime.connect(model="m") as connection:
            connection.session.update(session=session)
            connection.conversation.item.create(item=item, event_id="evt_1")
            connection.response.create(response=response)

    assert server.received == [
        {"type": "session.update", "session": session},
        {"type": "conversation.item.create", "item": item, "event_id": "evt_1"},
        {"type": "response.create", "response": response},
    ]
    # The nested content survives as plain JSON, not a model dump with extra keys.
    assert server.received[1]["item"]["content"] == [{"type": "input_text", "text": "hello"}]


def test_beta_typed_params_serialise_as_given() -> None:
    session: BetaSession = {"instructions": "be brief", "modalities": ["text"]}
    item: BetaConversationItemParam = {
        "type": "function_call_output",
        "call_id": "call_1",
        "output": '{"ok": true}',
    }
    response: BetaResponse = {"instructions": "answer", "modalities": ["text"]}
    transcription: BetaTranscriptionSession = {
        "input_audio_format": "pcm16",
        "include": ["item.input_audio_transcription.logprobs"],
    }

    with FakeServer(_drain(4)) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.beta.realtime.connect(model="m") as connection:
            connection.session.update(session=session)
            connection.conversation.item.create(item=item, previous_item_id="root")
            connection.response.create(response=response)
            connection.transcription_session.update(session=transcription)

    assert server.received == [
        {"type": "session.update", "session": session},
        {"type": "conversation.item.create", "item": item, "previous_item_id": "root"},
        {"type": "response.create", "response": response},
        {"type": "transcription_session.update", "session": transcription},
    ]
    assert server.handshakes[0].headers["openai-beta"] == "realtime=v1"


@pytest.mark.anyio
async def test_async_typed_params_serialise_as_given() -> None:
    item: ConversationItemParam = {
        "type": "message",
        "role": "system",
        "content": [{"type": "input_text", "text": "x"}],
    }
    beta_response: BetaResponse = {"conversation": "none"}

    # One event per connection: the script runs once for each of the two handshakes.
    with FakeServer(_drain(1)) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        async with client.realtime.connect(model="m") as connection:
            await connection.conversation.item.create(item=item)
        async with client.beta.realtime.connect(model="m") as beta:
            await beta.response.create(response=beta_response)

    # Each connection's server thread records on its own, so the two may land in either order.
    assert sorted(server.received, key=lambda event: str(event["type"])) == [
        {"type": "conversation.item.create", "item": item},
        {"type": "response.create", "response": beta_response},
    ]
