"""Pure pieces of the Realtime connection: URL/header building, backoff, close-code policy, send queue."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from openai import WebSocketQueueFullError, omit
from openai.lib.realtime._common import SendQueue
from openai.lib.realtime._handshake import ApiFlavour, Credentials, build_handshake
from openai.lib.realtime._reconnect import backoff_delay, is_retryable_close

FLAVOUR = ApiFlavour(path="/realtime", azure_path="/openai/realtime", beta_header=None)


def openai_like(**overrides: object) -> SimpleNamespace:
    fields: dict[str, object] = {
        "base_url": "https://api.openai.com/v1/",
        "websocket_base_url": None,
        "default_query": {},
        "default_headers": {"Accept": "application/json", "Content-Type": "application/json", "User-Agent": "UA"},
        "api_key": "sk",
    }
    fields.update(overrides)
    return SimpleNamespace(**fields)


def test_https_base_url_becomes_wss_and_http_only_headers_are_dropped() -> None:
    url, headers = build_handshake(
        openai_like(), FLAVOUR, Credentials({"Authorization": "Bearer sk"}), model="gpt-realtime"
    )
    assert url == "wss://api.openai.com/v1/realtime?model=gpt-realtime"
    assert headers == {"User-Agent": "UA", "Authorization": "Bearer sk"}


def test_default_query_extra_query_and_omit_layers() -> None:
    client = openai_like(base_url="http://localhost:8080/v1", default_query={"a": "1", "b": "2"})
    url, headers = build_handshake(
        client,
        ApiFlavour(path="/realtime", azure_path="/openai/realtime", beta_header="realtime=v1"),
        Credentials({}),
        model="m",
        extra_query={"b": omit, "flag": True},
        extra_headers={"user-agent": omit, "X-A": "x"},
    )
    assert url == "ws://localhost:8080/v1/realtime?a=1&model=m&flag=true"
    assert headers == {"OpenAI-Beta": "realtime=v1", "X-A": "x"}


def test_azure_endpoint_from_base_url_when_private_endpoint_is_absent() -> None:
    client = openai_like(
        base_url="https://res.openai.azure.com/openai/deployments/dep-1/",
        _api_version="2025-04-01-preview",
        _azure_deployment=None,
        default_headers={"Authorization": "Bearer stale", "api-key": "stale"},
    )
    url, headers = build_handshake(client, FLAVOUR, Credentials({"api-key": "k"}), model="dep-2")
    assert url == "wss://res.openai.azure.com/openai/realtime?api-version=2025-04-01-preview&deployment=dep-2"
    assert headers == {"api-key": "k"}


def test_backoff_doubles_and_is_capped() -> None:
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (9, 8.0)]:
        delays = [backoff_delay(attempt, initial_delay=0.5, max_delay=8.0) for _ in range(50)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays)


@pytest.mark.parametrize(
    ("code", "retry"),
    [(None, True), (1006, True), (1011, True), (1012, True), (1000, False), (1008, False), (4001, False)],
)
def test_which_close_codes_are_retried(code: int | None, retry: bool) -> None:
    assert is_retryable_close(code) is retry


def test_send_queue_counts_utf8_bytes() -> None:
    queue = SendQueue(max_bytes=6)
    queue.push("é")  # 2 bytes
    queue.push("abcd")
    with pytest.raises(WebSocketQueueFullError):
        queue.push("x")
    assert queue.pop() == "é"
    queue.push("xy")
    assert queue.drain() == ["abcd", "xy"] and len(queue) == 0
