"""The hand-written Realtime classes are importable from, and labelled with, their public (generated) modules.

The lists are the names the surface table places in these modules: the `connect()` return types
(`methods[...].return_annotation`, `async_methods[...].returns`), `types["openai.types.websocket_*"]`,
plus the connection classes the managers hand out. `ReconnectingEvent`/`ReconnectingOverrides` are also
top-level exports, which the table labels `openai`; `openai.types.websocket_reconnection` re-exports them.
"""

from __future__ import annotations

import pickle
import importlib
from typing import Any, List, Tuple

import pytest

import openai
from openai import OpenAI, AsyncOpenAI

PUBLIC_HOMES: List[Tuple[str, List[str]]] = [
    (
        "openai.resources.realtime.realtime",
        [
            "RealtimeConnectionManager",
            "AsyncRealtimeConnectionManager",
            "RealtimeConnection",
            "AsyncRealtimeConnection",
        ],
    ),
    (
        "openai.resources.beta.realtime.realtime",
        [
            "RealtimeConnectionManager",
            "AsyncRealtimeConnectionManager",
            "RealtimeConnection",
            "AsyncRealtimeConnection",
        ],
    ),
    (
        "openai.resources.responses.responses",
        [
            "ResponsesConnectionManager",
            "AsyncResponsesConnectionManager",
            "ResponsesConnection",
            "AsyncResponsesConnection",
        ],
    ),
    # Top-level exports are labelled `openai`, as the table's `top_level_exports` records for these two.
    ("openai", ["ReconnectingEvent", "ReconnectingOverrides"]),
    ("openai.types.websocket_connection_options", ["WebSocketConnectionOptions"]),
]


@pytest.mark.parametrize(("module_name", "names"), PUBLIC_HOMES, ids=[home for home, _ in PUBLIC_HOMES])
def test_classes_report_the_module_users_import_them_from(module_name: str, names: List[str]) -> None:
    module = importlib.import_module(module_name)
    for name in names:
        cls = getattr(module, name)
        assert (cls.__module__, cls.__qualname__) == (module_name, name)
        assert repr(cls) == f"<class '{module_name}.{name}'>"
        # The label is a real import path: what pickle and `inspect` follow finds the same class.
        assert getattr(importlib.import_module(cls.__module__), cls.__qualname__) is cls


def test_ga_and_beta_managers_are_distinct_classes_with_distinct_homes() -> None:
    from openai.resources.realtime.realtime import RealtimeConnectionManager as GA
    from openai.resources.beta.realtime.realtime import RealtimeConnectionManager as Beta

    assert GA is not Beta
    assert {GA.__module__, Beta.__module__} == {
        "openai.resources.realtime.realtime",
        "openai.resources.beta.realtime.realtime",
    }


def test_connect_returns_the_public_manager_classes() -> None:
    from openai.resources.realtime import realtime as ga_module
    from openai.resources.responses import responses as responses_module
    from openai.resources.beta.realtime import realtime as beta_module

    client = OpenAI(api_key="sk-test")
    aclient = AsyncOpenAI(api_key="sk-test")
    # Building a manager opens nothing; the socket is opened on enter.
    pairs: List[Tuple[Any, Any]] = [
        (client.realtime.connect(model="m"), ga_module.RealtimeConnectionManager),
        (aclient.realtime.connect(model="m"), ga_module.AsyncRealtimeConnectionManager),
        (client.beta.realtime.connect(model="m"), beta_module.RealtimeConnectionManager),
        (aclient.beta.realtime.connect(model="m"), beta_module.AsyncRealtimeConnectionManager),
        (client.responses.connect(), responses_module.ResponsesConnectionManager),
        (aclient.responses.connect(), responses_module.AsyncResponsesConnectionManager),
    ]
    for manager, cls in pairs:
        assert type(manager) is cls


def test_reconnecting_event_round_trips_through_pickle_and_is_the_top_level_name() -> None:
    from openai.types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides
    from openai.types.websocket_connection_options import WebSocketConnectionOptions, WebsocketConnectionOptions

    event = ReconnectingEvent(
        attempt=2, max_attempts=5, delay=0.5, close_code=1006, extra_query={"a": "b"}, extra_headers={}
    )
    assert pickle.loads(pickle.dumps(event)) == event
    assert openai.ReconnectingEvent is ReconnectingEvent  # the label `openai` is an import path too
    assert openai.ReconnectingOverrides is ReconnectingOverrides
    assert openai.types.ReconnectingEvent is ReconnectingEvent
    assert openai.types.WebSocketConnectionOptions is WebSocketConnectionOptions
    assert WebsocketConnectionOptions is WebSocketConnectionOptions  # the older spelling is an alias
