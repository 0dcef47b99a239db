"""Webhook signature verification and unwrapping (Standard Webhooks scheme).

Signatures here are computed independently with hmac/hashlib, so the tests check the scheme,
not the implementation against itself.
"""

from __future__ import annotations

import hmac
import json
import time
import base64
import hashlib
from typing import Any, Dict

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI, InvalidWebhookSignatureError

KEY = b"super-secret-key-bytes-0123456789"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"a different key").decode()

PAYLOAD = json.dumps(
    {
        "id": "evt_685343a1381c819085d44c354e1b330e",
        "object": "event",
        "created_at": 1750287018,
        "type": "response.completed",
        "data": {"id": "resp_abc123"},
    }
)


def sign(payload: str, *, msg_id: str = "wh_123", timestamp: int | None = None, key: bytes = KEY) -> Dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(key, f"{msg_id}.{ts}.{payload}".encode(), hashlib.sha256).digest()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": ts,
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


@pytest.fixture
def client() -> OpenAI:
    return OpenAI(api_key="sk-test", webhook_secret=SECRET)


def test_unwrap_returns_typed_event(client: OpenAI) -> None:
    event = client.webhooks.unwrap(PAYLOAD, sign(PAYLOAD))
    assert type(event).__name__ == "ResponseCompletedWebhookEvent"
    assert event.type == "response.completed"
    assert event.id == "evt_685343a1381c819085d44c354e1b330e"
    assert event.data.id == "resp_abc123"


def test_unwrap_accepts_bytes_and_httpx_headers(client: OpenAI) -> None:
    headers = httpx.Headers({k.upper(): v for k, v in sign(PAYLOAD).items()})
    event = client.webhooks.unwrap(PAYLOAD.encode(), headers)
    assert event.type == "response.completed"


def test_header_lookup_is_case_insensitive_for_plain_dicts(client: OpenAI) -> None:
    headers = {k.title(): v for k, v in sign(PAYLOAD).items()}
    client.webhooks.verify_signature(PAYLOAD, headers)


def test_verify_signature_valid_returns_none(client: OpenAI) -> None:
    assert client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD)) is None


def test_wrong_secret_is_rejected(client: OpenAI) -> None:
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD), secret=OTHER_SECRET)


def test_tampered_body_is_rejected(client: OpenAI) -> None:
    headers = sign(PAYLOAD)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.unwrap(PAYLOAD.replace("resp_abc123", "resp_evil"), headers)


def test_tampered_id_is_rejected(client: OpenAI) -> None:
    headers = sign(PAYLOAD)
    headers["webhook-id"] = "wh_other"
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_stale_timestamp_is_rejected(client: OpenAI) -> None:
    headers = sign(PAYLOAD, timestamp=int(time.time()) - 301)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_future_timestamp_is_rejected(client: OpenAI) -> None:
    headers = sign(PAYLOAD, timestamp=int(time.time()) + 301)
    with pytest.raises(InvalidWebhookSignatureError, match="too new"):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_timestamp_within_tolerance_is_accepted(client: OpenAI) -> None:
    client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD, timestamp=int(time.time()) - 290))
    client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD, timestamp=int(time.time()) + 290))


def test_custom_tolerance(client: OpenAI) -> None:
    headers = sign(PAYLOAD, timestamp=int(time.time()) - 100)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(PAYLOAD, headers, tolerance=10)
    client.webhooks.verify_signature(PAYLOAD, headers, tolerance=1000)


def test_non_numeric_timestamp_is_rejected(client: OpenAI) -> None:
    headers = sign(PAYLOAD)
    headers["webhook-timestamp"] = "yesterday"
    with pytest.raises(InvalidWebhookSignatureError, match="timestamp"):
        client.webhooks.verify_signature(PAYLOAD, headers)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_missing_header_is_rejected(client: OpenAI, missing: str) -> None:
    headers = sign(PAYLOAD)
    del headers[missing]
    with pytest.raises(ValueError, match=missing):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_one_matching_signature_among_several_is_enough(client: OpenAI) -> None:
    headers = sign(PAYLOAD)
    stale = sign(PAYLOAD, key=b"rotated-out key")["webhook-signature"]
    headers["webhook-signature"] = f"{stale} v2,ignored {headers['webhook-signature']}"
    client.webhooks.verify_signature(PAYLOAD, headers)


def test_non_v1_signatures_are_ignored(client: OpenAI) -> None:
    headers = sign(PAYLOAD)
    headers["webhook-signature"] = headers["webhook-signature"].replace("v1,", "v2,")
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_secret_argument_overrides_client_secret() -> None:
    client = OpenAI(api_key="sk-test", webhook_secret=OTHER_SECRET)
    client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD), secret=SECRET)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD))


def test_secret_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    client = OpenAI(api_key="sk-test")
    assert client.webhooks.unwrap(PAYLOAD, sign(PAYLOAD)).type == "response.completed"


def test_no_secret_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    client = OpenAI(api_key="sk-test")
    with pytest.raises(ValueError, match="webhook secret"):
        client.webhooks.unwrap(PAYLOAD, sign(PAYLOAD))


def test_unknown_event_type_is_still_returned(client: OpenAI) -> None:
    # A new event type the SDK does not know yet must not break the consumer.
    payload = json.dumps({"id": "evt_1", "object": "event", "created_at": 1, "type": "thing.new", "data": {}})
    event: Any = client.webhooks.unwrap(payload, sign(payload))
    assert event.type == "thing.new"


def test_async_client_methods_are_synchronous() -> None:
    client = AsyncOpenAI(api_key="sk-test", webhook_secret=SECRET)
    event = client.webhooks.unwrap(PAYLOAD, sign(PAYLOAD))
    assert event.type == "response.completed"
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(PAYLOAD, sign(PAYLOAD), secret=OTHER_SECRET)


def test_signature_covers_the_raw_bytes(client: OpenAI) -> None:
    raw = b'{"note": "\xff not utf-8"}'
    ts = str(int(time.time()))
    digest = hmac.new(KEY, b"wh_9." + ts.encode() + b"." + raw, hashlib.sha256).digest()
    headers = {
        "webhook-id": "wh_9",
        "webhook-timestamp": ts,
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }
    client.webhooks.verify_signature(raw, headers)
