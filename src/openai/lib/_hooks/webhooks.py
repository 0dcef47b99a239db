"""`client.webhooks.unwrap` and `client.webhooks.verify_signature`.

OpenAI signs webhook deliveries with the Standard Webhooks scheme:

- headers `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature`, the latter a
  space-separated list of `v1,<base64 signature>` entries (several while a secret is being rotated);
- the secret is `whsec_<base64 key>`; the signature is HMAC-SHA256 of `{id}.{timestamp}.{payload}`.

Both methods are pure (no HTTP request), so the sync and async resources share one implementation.
"""

from __future__ import annotations

import hmac
import json
import time
import base64
import hashlib
from typing import TYPE_CHECKING, Any, Mapping, cast

from ..._types import HeadersLike, HeadersLikeProtocol
from ..._exceptions import InvalidWebhookSignatureError

if TYPE_CHECKING:
    from ...types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = ["SyncHooks", "AsyncHooks", "HeadersLikeProtocol", "verify_webhook_signature"]

_SECRET_PREFIX = "whsec_"
_SIGNATURE_VERSION = "v1"


def _header(headers: HeadersLike, name: str) -> str:
    """Header lookup that is case-insensitive also for plain dicts (frameworks differ in casing)."""
    value: object = headers.get(name)
    if value is None and isinstance(headers, Mapping):
        lowered = name.lower()
        for key, candidate in cast("Mapping[str, object]", headers).items():
            if key.lower() == lowered:
                value = candidate
                break
    if not isinstance(value, str) or not value:
        # InvalidWebhookSignatureError is a ValueError, so callers catching either see it.
        raise InvalidWebhookSignatureError(f"Could not find {name} header")
    return value


def _secret_key(secret: str) -> bytes:
    # A `whsec_` secret carries a base64 key; anything else is used as raw bytes, as the scheme allows.
    if secret.startswith(_SECRET_PREFIX):
        return base64.b64decode(secret[len(_SECRET_PREFIX) :])
    return secret.encode("utf-8")


def verify_webhook_signature(
    payload: str | bytes,
    headers: HeadersLike,
    *,
    secret: str,
    tolerance: int = 300,
    now: float | None = None,
) -> None:
    """Raise `InvalidWebhookSignatureError` unless one of the `v1` signatures matches and the timestamp is fresh."""
    msg_id = _header(headers, "webhook-id")
    timestamp_header = _header(headers, "webhook-timestamp")
    signature_header = _header(headers, "webhook-signature")

    try:
        timestamp = int(timestamp_header)
    except ValueError:
        raise InvalidWebhookSignatureError("Invalid webhook timestamp format") from None

    current = int(time.time() if now is None else now)
    # The window applies both ways: an old delivery may be a replay, a future one a forged clock.
    if current - timestamp > tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too old")
    if timestamp > current + tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too new")

    # Sign the bytes as received: decoding and re-encoding could change them.
    body = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    signed = f"{msg_id}.{timestamp_header}.".encode() + body
    expected = base64.b64encode(hmac.new(_secret_key(secret), signed, hashlib.sha256).digest())

    for entry in signature_header.split(" "):
        version, _, candidate = entry.partition(",")
        if version != _SIGNATURE_VERSION or not candidate:
            continue
        # compare_digest keeps the comparison constant-time, so the signature cannot be guessed byte by byte.
        if hmac.compare_digest(expected, candidate.encode("utf-8")):
            return
    raise InvalidWebhookSignatureError("The given webhook signature does not match the expected signature")


def _resolve_secret(resource: object, secret: str | None) -> str:
    if secret is not None:
        return secret
    client_secret = cast(Any, resource)._client.webhook_secret
    if client_secret is None:
        raise ValueError(
            "The webhook secret must either be set using the env var, OPENAI_WEBHOOK_SECRET, "
            "on the client class, OpenAI(webhook_secret='123'), or passed to this function"
        )
    return cast(str, client_secret)


def _unwrap(resource: object, payload: str | bytes, headers: HeadersLike, secret: str | None) -> UnwrapWebhookEvent:
    verify_webhook_signature(payload, headers, secret=_resolve_secret(resource, secret))

    # Imported on first use: the event types are many modules that `import openai` need not load.
    from ..._models import construct_type
    from ...types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

    body = payload.decode("utf-8") if isinstance(payload, bytes) else payload
    return cast("UnwrapWebhookEvent", construct_type(type_=UnwrapWebhookEvent, value=json.loads(body)))


class SyncHooks:
    def unwrap(
        self,
        payload: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None = None,
    ) -> UnwrapWebhookEvent:
        """Verify the delivery's signature, then parse its body into the typed webhook event."""
        return _unwrap(self, payload, headers, secret)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None = None,
        tolerance: int = 300,
    ) -> None:
        """Raise `InvalidWebhookSignatureError` if the delivery is not signed with the secret or is stale."""
        verify_webhook_signature(payload, headers, secret=_resolve_secret(self, secret), tolerance=tolerance)


class AsyncHooks:
    # The async resource's methods are plain (not coroutines): verification does no I/O.
    def unwrap(
        self,
        payload: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None = None,
    ) -> UnwrapWebhookEvent:
        """Verify the delivery's signature, then parse its body into the typed webhook event."""
        return _unwrap(self, payload, headers, secret)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None = None,
        tolerance: int = 300,
    ) -> None:
        """Raise `InvalidWebhookSignatureError` if the delivery is not signed with the secret or is stale."""
        verify_webhook_signature(payload, headers, secret=_resolve_secret(self, secret), tolerance=tolerance)
