"""Webhook verification: constant-time comparison and the timestamp tolerance window.

Signatures are made here from the Standard Webhooks definition (HMAC-SHA256 over
`{id}.{timestamp}.{payload}` with the base64 key of a `whsec_` secret), independently of the code
under test. Both the public `client.webhooks` methods (once the resources are generated) and the
hook module behind them are exercised.
"""

from __future__ import annotations

import hmac
import time
import base64
import hashlib
from typing import Any, Dict, List, Callable, Optional

import pytest

import openai

SECRET_KEY = b"fault-suite-webhook-key-32-bytes!"
SECRET = "whsec_" + base64.b64encode(SECRET_KEY).decode()
PAYLOAD = '{"id": "evt_1", "object": "event", "type": "response.completed", "created_at": 1, "data": {"id": "resp_1"}}'

Verify = Callable[..., None]


def _sign(payload: str, msg_id: str, timestamp: int, key: bytes = SECRET_KEY) -> str:
    digest = hmac.new(key, f"{msg_id}.{timestamp}.{payload}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def _headers(timestamp: Optional[int] = None, signature: Optional[str] = None, msg_id: str = "msg_1") -> Dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature if signature is not None else _sign(PAYLOAD, msg_id, ts),
    }


def _via_hook_module() -> Verify:
    from openai.lib._hooks.webhooks import verify_webhook_signature

    def verify(payload: Any, headers: Any, *, tolerance: int = 300) -> None:
        verify_webhook_signature(payload, headers, secret=SECRET, tolerance=tolerance)

    return verify


def _via_client() -> Verify:
    client = openai.OpenAI(api_key="sk-webhooks", webhook_secret=SECRET)
    try:
        webhooks = client.webhooks
    except (AttributeError, ImportError) as exc:
        pytest.skip(f"client.webhooks not generated yet: {exc}")

    def verify(payload: Any, headers: Any, *, tolerance: int = 300) -> None:
        webhooks.verify_signature(payload, headers, tolerance=tolerance)

    return verify


@pytest.fixture(params=["client.webhooks", "hook_module"])
def verify(request: pytest.FixtureRequest) -> Verify:
    return _via_client() if request.param == "client.webhooks" else _via_hook_module()


def test_valid_signature_accepted(verify: Verify) -> None:
    verify(PAYLOAD, _headers())
    verify(PAYLOAD.encode(), _headers())


def test_one_valid_signature_among_several_accepted(verify: Verify) -> None:
    ts = int(time.time())
    other = _sign(PAYLOAD, "msg_1", ts, key=b"another-key")
    verify(PAYLOAD, _headers(ts, f"{other} {_sign(PAYLOAD, 'msg_1', ts)}"))


@pytest.mark.parametrize(
    "forge",
    ["tampered_body", "wrong_secret", "other_msg_id", "timestamp_swapped", "v0_scheme", "empty_signature"],
)
def test_forged_deliveries_rejected(forge: str, verify: Verify) -> None:
    ts = int(time.time())
    payload, headers = PAYLOAD, _headers(ts)
    if forge == "tampered_body":
        payload = PAYLOAD.replace("resp_1", "resp_2")
    elif forge == "wrong_secret":
        headers["webhook-signature"] = _sign(PAYLOAD, "msg_1", ts, key=b"wrong")
    elif forge == "other_msg_id":
        headers["webhook-id"] = "msg_2"
    elif forge == "timestamp_swapped":
        headers["webhook-timestamp"] = str(ts - 1)  # a replay re-stamped without re-signing
    elif forge == "v0_scheme":
        headers["webhook-signature"] = headers["webhook-signature"].replace("v1,", "v0,")
    else:
        headers["webhook-signature"] = "v1,"
    with pytest.raises(openai.InvalidWebhookSignatureError):
        verify(payload, headers)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_missing_header_rejected(missing: str, verify: Verify) -> None:
    headers = _headers()
    del headers[missing]
    with pytest.raises(openai.InvalidWebhookSignatureError):
        verify(PAYLOAD, headers)


# Margins of 10 s keep the tests independent of the second boundary and of a slow machine.
@pytest.mark.parametrize(
    ("age", "tolerance", "accepted"),
    [
        (0, 300, True),
        (290, 300, True),
        (310, 300, False),
        (-290, 300, True),
        (-310, 300, False),  # from the future: a forged clock
        (20, 10, False),
        (3600 * 24, 300, False),
    ],
)
def test_timestamp_tolerance(age: int, tolerance: int, accepted: bool, verify: Verify) -> None:
    ts = int(time.time()) - age
    headers = _headers(ts)  # correctly signed: only the age decides
    if accepted:
        verify(PAYLOAD, headers, tolerance=tolerance)
    else:
        with pytest.raises(openai.InvalidWebhookSignatureError):
            verify(PAYLOAD, headers, tolerance=tolerance)


def test_signature_compared_in_constant_time(verify: Verify, monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision goes through `hmac.compare_digest`: a spy sees the comparison and decides it."""
    calls: List[Any] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    verify(PAYLOAD, _headers())
    assert calls, "a valid signature was accepted without hmac.compare_digest"

    # If compare_digest says no, a correct signature is rejected: no other comparison (==) decides.
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: False)
    with pytest.raises(openai.InvalidWebhookSignatureError):
        verify(PAYLOAD, _headers())
