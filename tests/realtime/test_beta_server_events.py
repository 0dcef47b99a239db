"""`client.beta.realtime.connect()` yields the beta server event classes (the beta union), not the GA ones.

Payloads follow the beta event shapes: `response.text.delta` (GA says `response.output_text.delta`) and a
session with `modalities` (GA: `output_modalities`).
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from typing_extensions import assert_type

from openai import OpenAI, AsyncOpenAI
from openai.lib.realtime import UnknownServerEvent
from openai.types.beta.realtime.session import Session as BetaSession
from openai.types.beta.realtime.error_event import ErrorEvent as BetaErrorEvent
from openai.types.realtime.session_created_event import SessionCreatedEvent as GASessionCreatedEvent
from openai.types.beta.realtime.conversation_item import ConversationItem as BetaConversationItem
from openai.types.beta.realtime.realtime_server_event import RealtimeServerEvent, ConversationItemRetrieved
from openai.types.beta.realtime.session_created_event import SessionCreatedEvent as BetaSessionCreatedEvent
from openai.types.beta.realtime.response_text_delta_event import ResponseTextDeltaEvent as BetaTextDelta
from openai.types.beta.realtime.transcription_session_updated_event import TranscriptionSessionUpdatedEvent

from .fake_server import Peer, FakeServer, error_event, session_created

API_KEY = "sk-test-beta"

BETA_EVENTS: List[Dict[str, Any]] = [
    {
        "type": "session.created",
        "event_id": "event_1",
        "session": {
            "id": "sess_1",
            "object": "realtime.session",
            "model": "gpt-4o-realtime-preview",
            "modalities": ["text", "audio"],
            "voice": "alloy",
            "input_audio_format": "pcm16",
            "turn_detection": {"type": "server_vad", "threshold": 0.5},
        },
    },
    {
        "type": "response.text.delta",
        "event_id": "event_2",
        "response_id": "resp_1",
        "item_id": "item_1",
        "output_index": 0,
        "content_index": 0,
        "delta": "Hi",
    },
    {
        "type": "conversation.item.retrieved",
        "event_id": "event_3",
        "item": {
            "id": "item_1",
            "object": "realtime.item",
            "type": "message",
            "role": "user",
            "status": "completed",
            "content": [{"type": "input_text", "text": "hello"}],
        },
    },
    {
        "type": "transcription_session.updated",
        "event_id": "event_4",
        "session": {"input_audio_format": "pcm16", "modalities": ["text"]},
    },
    error_event("bad event"),
    {"type": "beta.future_event", "event_id": "event_5", "detail": {"x": 1}},
]


def _play(peer: Peer) -> None:
    for event in BETA_EVENTS:
        peer.send(event)
    peer.wait_closed()


def _check(events: List[Any]) -> None:
    created, delta, retrieved, transcription, error, unknown = events

    assert type(created) is BetaSessionCreatedEvent
    assert type(created.session) is BetaSession
    assert created.session.modalities == ["text", "audio"]
    assert created.session.turn_detection is not None and created.session.turn_detection.threshold == 0.5

    assert type(delta) is BetaTextDelta and delta.delta == "Hi"

    assert type(retrieved) is ConversationItemRetrieved
    assert type(retrieved.item) is BetaConversationItem and retrieved.item.role == "user"

    assert type(transcription) is TranscriptionSessionUpdatedEvent
    assert transcription.session.input_audio_format == "pcm16"

    assert type(error) is BetaErrorEvent and error.error.message == "bad event"

    # A type this SDK does not know is kept with every field, not raised.
    assert type(unknown) is UnknownServerEvent
    assert unknown.to_dict() == {"type": "beta.future_event", "event_id": "event_5", "detail": {"x": 1}}


def test_beta_events_parse_into_the_beta_classes() -> None:
    with FakeServer(_play) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
            first = connection.recv()
            # Static typing (checked by pyright): the beta union, so `type` narrows to beta classes.
            assert_type(first, RealtimeServerEvent)
            if first.type == "session.created":
                assert_type(first, BetaSessionCreatedEvent)
            events = [first] + [connection.recv() for _ in BETA_EVENTS[1:]]
    _check(events)


@pytest.mark.anyio
async def test_async_beta_events_parse_into_the_beta_classes() -> None:
    with FakeServer(_play) as server:
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        async with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
            events = [await connection.recv() for _ in BETA_EVENTS]
            assert_type(events[0], RealtimeServerEvent)
    _check(events)


def test_the_same_frame_parses_by_api_version() -> None:
    # `session.created` exists in both unions; each connection picks its own class for it.
    def script(peer: Peer) -> None:
        peer.send(session_created())
        peer.wait_closed()

    with FakeServer(script) as server:
        client = OpenAI(api_key=API_KEY, base_url=server.http_url, max_retries=0)
        with client.realtime.connect(model="m") as ga:
            ga_event = ga.recv()
        with client.beta.realtime.connect(model="m") as beta:
            beta_event = beta.recv()
    assert type(ga_event) is GASessionCreatedEvent
    assert type(beta_event) is BetaSessionCreatedEvent
