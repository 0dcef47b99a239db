"""The WebSocket handshake: URL, query and headers, derived from an OpenAI or Azure client.

I/O-free except for credential providers, which the sync and async connections resolve with
`resolve_credentials` / `async_resolve_credentials` before calling `build_handshake`.

What this module reads from the client (duck-typed, so the runtime core stays the only owner):
`base_url`, `websocket_base_url`, `default_query`, `default_headers`, `api_key`; Azure clients are
recognised by an `_api_version` attribute and also provide `_azure_deployment`, `_azure_endpoint`,
`_azure_ad_token` and `_azure_ad_token_provider` (each optional).
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, Tuple, Mapping, Optional
from dataclasses import dataclass

import httpx

from ..._types import Omit, NotGiven

__all__ = [
    "ApiFlavour",
    "Credentials",
    "build_handshake",
    "resolve_credentials",
    "async_resolve_credentials",
    "is_azure_client",
]

# Headers meaningful for JSON-over-HTTP requests but not for a WebSocket upgrade.
_HTTP_ONLY_HEADERS = frozenset({"accept", "content-type", "content-length", "x-stainless-read-timeout"})


@dataclass(frozen=True)
class ApiFlavour:
    """What differs between the WebSocket APIs: the path and any required beta header."""

    path: str  # appended to the (websocket) base URL, e.g. "/realtime"
    azure_path: str  # appended to the Azure endpoint, e.g. "/openai/realtime"
    beta_header: Optional[str] = None  # value of `OpenAI-Beta`, e.g. "realtime=v1"


@dataclass(frozen=True)
class Credentials:
    """The auth header(s) for one handshake, resolved from keys or token providers."""

    headers: Mapping[str, str]


def is_azure_client(client: Any) -> bool:
    return hasattr(client, "_api_version")


def _is_set(value: object) -> bool:
    return value is not None and not isinstance(value, (Omit, NotGiven))


def _openai_credentials(client: Any, api_key: object) -> Credentials:
    if isinstance(api_key, str) and api_key:
        return Credentials({"Authorization": f"Bearer {api_key}"})
    auth = getattr(client, "auth_headers", None)
    if isinstance(auth, Mapping):
        return Credentials({str(k): str(v) for k, v in auth.items() if isinstance(v, str)})  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
    return Credentials({})


def resolve_credentials(client: Any) -> Credentials:
    """Credentials for a sync client; token providers are called now, once per handshake."""
    if is_azure_client(client):
        provider = getattr(client, "_azure_ad_token_provider", None)
        token = provider() if callable(provider) else getattr(client, "_azure_ad_token", None)
        return _azure_credentials(client, token)
    refresh = getattr(client, "_refresh_api_key", None)
    if callable(refresh):
        refresh()
    return _openai_credentials(client, getattr(client, "api_key", None))


async def async_resolve_credentials(client: Any) -> Credentials:
    """As `resolve_credentials`, awaiting providers that return awaitables."""
    if is_azure_client(client):
        provider = getattr(client, "_azure_ad_token_provider", None)
        token: object = getattr(client, "_azure_ad_token", None)
        if callable(provider):
            token = provider()
            if inspect.isawaitable(token):
                token = await token
        return _azure_credentials(client, token)
    refresh = getattr(client, "_refresh_api_key", None)
    if callable(refresh):
        result = refresh()
        if inspect.isawaitable(result):
            await result
    return _openai_credentials(client, getattr(client, "api_key", None))


def _azure_credentials(client: Any, token: object) -> Credentials:
    # An Azure AD token wins over a key, as for HTTP requests.
    if isinstance(token, str) and token:
        return Credentials({"Authorization": f"Bearer {token}"})
    api_key = getattr(client, "api_key", None)
    if isinstance(api_key, str) and api_key and api_key != "<missing API key>":
        return Credentials({"api-key": api_key})
    return Credentials({})


def _to_ws_scheme(url: httpx.URL) -> httpx.URL:
    if url.scheme == "https":
        return url.copy_with(scheme="wss")
    if url.scheme == "http":
        return url.copy_with(scheme="ws")
    return url


def _join(base: httpx.URL, path: str) -> httpx.URL:
    return base.copy_with(raw_path=(base.raw_path.split(b"?", 1)[0].rstrip(b"/") + path.encode("ascii")))


def _azure_endpoint(client: Any) -> httpx.URL:
    endpoint = getattr(client, "_azure_endpoint", None)
    if endpoint:
        return httpx.URL(str(endpoint))
    # base_url is `{endpoint}/openai` or `{endpoint}/openai/deployments/{name}`: cut at `/openai`.
    base = httpx.URL(str(client.base_url))
    raw = base.raw_path.split(b"?", 1)[0]
    index = raw.find(b"/openai")
    return base.copy_with(raw_path=raw[:index] if index >= 0 else raw)


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _merge_query(*layers: Optional[Mapping[str, object]]) -> Dict[str, str]:
    merged: Dict[str, str] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            if _is_set(value):
                merged[key] = _query_value(value)
            else:
                merged.pop(key, None)  # an explicit omit removes a default
    return merged


def _merge_headers(*layers: Optional[Mapping[str, object]]) -> Dict[str, str]:
    # Case-insensitive merge; later layers win and `Omit` removes a header.
    merged: Dict[str, Tuple[str, str]] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            if isinstance(value, str):
                merged[key.lower()] = (key, value)
            elif isinstance(value, (Omit, NotGiven)):
                merged.pop(key.lower(), None)
    return dict(merged.values())


def build_handshake(
    client: Any,
    flavour: ApiFlavour,
    credentials: Credentials,
    *,
    model: Optional[str] = None,
    call_id: Optional[str] = None,
    extra_query: Optional[Mapping[str, object]] = None,
    extra_headers: Optional[Mapping[str, object]] = None,
) -> Tuple[str, Dict[str, str]]:
    """Return the `ws(s)://` URL and the handshake headers for one connection attempt."""
    defaults = getattr(client, "default_headers", None) or {}
    base_headers = {k: v for k, v in defaults.items() if k.lower() not in _HTTP_ONLY_HEADERS}

    websocket_base_url = getattr(client, "websocket_base_url", None)
    if is_azure_client(client):
        deployment = getattr(client, "_azure_deployment", None) or model
        params: Dict[str, object] = {"api-version": getattr(client, "_api_version", None), "deployment": deployment}
        if websocket_base_url:
            url = _join(httpx.URL(str(websocket_base_url)), flavour.path)
        else:
            url = _join(_to_ws_scheme(_azure_endpoint(client)), flavour.azure_path)
        # Azure auth replaces whatever OpenAI-style Authorization the defaults might carry.
        base_headers = {k: v for k, v in base_headers.items() if k.lower() not in ("authorization", "api-key")}
    else:
        params = {"model": model, "call_id": call_id}
        base = (
            httpx.URL(str(websocket_base_url)) if websocket_base_url else _to_ws_scheme(httpx.URL(str(client.base_url)))
        )
        url = _join(base, flavour.path)

    query = _merge_query(getattr(client, "default_query", None), params, extra_query)
    if query:
        url = url.copy_merge_params(query)
    beta = {"OpenAI-Beta": flavour.beta_header} if flavour.beta_header else {}
    headers = _merge_headers(base_headers, credentials.headers, beta, extra_headers)
    return str(url), headers
