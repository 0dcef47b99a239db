"""The default HTTP clients: SDK defaults (timeouts, limits, redirects) and one shared, verifying SSL context.

Users pass `DefaultHttpxClient(proxy=...)` / `DefaultAsyncHttpxClient(...)` as `http_client` to keep the
defaults while changing transport settings; the SDK builds its own (owned) clients through
`owned_sync_client` / `owned_async_client`.
"""

from __future__ import annotations

import os
import ssl
import weakref
import threading
from typing import Any, Dict, List, Optional

import httpx
from typing_extensions import Self

from ._constants import DEFAULT_TIMEOUT, DEFAULT_CONNECTION_LIMITS

__all__ = [
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "default_ssl_context",
    "owned_sync_client",
    "owned_async_client",
]

_ssl_lock = threading.Lock()
_default_ssl_context: Optional[ssl.SSLContext] = None


def _new_verifying_context() -> ssl.SSLContext:
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    cert_file = os.environ.get("SSL_CERT_FILE")
    if cert_file and os.path.isfile(cert_file):
        context.load_verify_locations(cafile=cert_file)
    cert_dir = os.environ.get("SSL_CERT_DIR")
    if cert_dir and os.path.isdir(cert_dir):
        context.load_verify_locations(capath=cert_dir)
    return context


def default_ssl_context() -> ssl.SSLContext:
    """The verifying SSL context every default client shares (building one costs milliseconds).

    Verification is always on: `SSL_CERT_FILE` / `SSL_CERT_DIR` may add trusted roots, but no
    environment variable can switch checking off. Pass your own `http_client` to change that.
    """
    global _default_ssl_context
    context = _default_ssl_context
    if context is None:
        with _ssl_lock:
            context = _default_ssl_context
            if context is None:
                context = _default_ssl_context = _new_verifying_context()
    return context


def _with_sdk_defaults(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    if "verify" not in kwargs and "transport" not in kwargs:
        if kwargs.get("http2") or kwargs.get("cert") is not None:
            # httpcore writes ALPN protocols and httpx loads client certificates *into* the context, so a
            # shared one would leak those settings into every other client: give this one its own.
            kwargs["verify"] = _new_verifying_context()
        else:
            # An explicit context keeps httpx from deriving TLS settings from the environment.
            kwargs["verify"] = default_ssl_context()
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """`httpx.Client` with the SDK's defaults (timeouts, connection limits, redirects); pass proxies or
    transports through it without losing them: `OpenAI(http_client=DefaultHttpxClient(proxy=...))`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_sdk_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """`httpx.AsyncClient` with the SDK's defaults, see `DefaultHttpxClient`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_sdk_defaults(kwargs))


class DefaultAioHttpClient(httpx.AsyncClient):
    """An aiohttp-backed `httpx.AsyncClient` with the SDK's defaults (needs `pip install openai[aiohttp]`).

    aiohttp is imported when the first one is constructed, not at `import openai` (importing it costs
    about 100 ms): instances are of a subclass that also derives from `httpx_aiohttp.HttpxAiohttpClient`.
    """

    def __new__(cls, **kwargs: Any) -> Self:
        return super().__new__(_aiohttp_backed(cls))

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


_aiohttp_classes: Dict[type, type] = {}


def _aiohttp_backed(cls: Any) -> Any:
    """`cls` combined with httpx_aiohttp's client (whose transport speaks aiohttp), built once per class."""
    backed = _aiohttp_classes.get(cls)
    if backed is not None:
        return backed
    try:
        import httpx_aiohttp
    except ImportError:
        raise RuntimeError(
            "To use the aiohttp client you must have installed the package with the `aiohttp` extra: "
            "pip install openai[aiohttp]"
        ) from None
    if issubclass(cls, httpx_aiohttp.HttpxAiohttpClient):
        backed = cls
    else:
        backed = type(cls.__name__, (httpx_aiohttp.HttpxAiohttpClient, cls), {"__module__": cls.__module__})
        backed.__qualname__ = cls.__qualname__
    _aiohttp_classes[cls] = backed
    return backed


def _close_transports(transports: List[Any]) -> None:
    for transport in transports:
        try:
            transport.close()
        except Exception:  # pragma: no cover - best effort at garbage collection
            pass


def owned_sync_client(**kwargs: Any) -> httpx.Client:
    """A default client the SDK owns: when it is garbage collected its connections are closed.

    The finalizer holds the transports, not the client, so it never keeps the client alive and runs
    only once nothing (the SDK client or a `with_options` copy) uses the pool any more.
    """
    client = DefaultHttpxClient(**kwargs)
    transports: List[Any] = [getattr(client, "_transport", None)]
    transports.extend(getattr(client, "_mounts", {}).values())
    finalizer = weakref.finalize(client, _close_transports, [t for t in transports if t is not None])
    finalizer.atexit = False
    return client


def owned_async_client(**kwargs: Any) -> httpx.AsyncClient:
    # No finalizer: closing async connections needs the event loop that opened them, which may be
    # closed or belong to another library by the time of garbage collection. httpx's transport
    # releases its sockets on collection by itself.
    return DefaultAsyncHttpxClient(**kwargs)
