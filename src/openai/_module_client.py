"""The module-level client: `openai.api_key = ...` then `openai.chat.completions.create(...)`.

Settings are plain attributes of the `openai` module (exported from here with `from ._module_client import *`,
so users assign them on `openai`, not on this module). The first access to a resource attribute such as
`openai.chat` builds a `_ModuleClient` from the current settings; it is rebuilt when a setting changes, so
`openai.api_key = "new"` takes effect on the next call. Nothing is built at import time.
"""

from __future__ import annotations

import os
import sys
import functools
from typing import TYPE_CHECKING, Any, Tuple, Union, Mapping, Callable, Optional, cast

import httpx
from typing_extensions import Literal, override

from ._types import Timeout
from ._client import OpenAI
from ._constants import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES

if TYPE_CHECKING:
    from .lib.azure import AzureOpenAI

__all__ = [
    "api_key",
    "organization",
    "project",
    "webhook_secret",
    "admin_api_key",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "api_type",
    "api_version",
    "azure_endpoint",
    "azure_ad_token",
    "azure_ad_token_provider",
]

# ---- settings (their live values are read from the `openai` module, where users assign them) ----
api_key: Optional[str] = None
organization: Optional[str] = None
project: Optional[str] = None
webhook_secret: Optional[str] = None
admin_api_key: Optional[str] = None
base_url: Union[str, httpx.URL, None] = None
timeout: Union[float, Timeout, None] = DEFAULT_TIMEOUT
max_retries: int = DEFAULT_MAX_RETRIES
default_headers: Optional[Mapping[str, str]] = None
default_query: Optional[Mapping[str, object]] = None
http_client: Optional[httpx.Client] = None
api_type: Optional[Literal["openai", "azure"]] = None
api_version: Optional[str] = None
azure_endpoint: Optional[str] = None
azure_ad_token: Optional[str] = None
azure_ad_token_provider: Optional[Callable[[], str]] = None

_SETTINGS: Tuple[str, ...] = tuple(__all__)

# Every top-level resource of the client, served as `openai.<name>`.
RESOURCES = frozenset(
    {
        "admin",
        "audio",
        "batches",
        "beta",
        "chat",
        "completions",
        "containers",
        "conversations",
        "embeddings",
        "evals",
        "files",
        "fine_tuning",
        "images",
        "models",
        "moderations",
        "realtime",
        "responses",
        "skills",
        "uploads",
        "vector_stores",
        "videos",
        "webhooks",
    }
)


class _ModuleClient(OpenAI):
    """The client behind `openai.<resource>`; its class name is what the User-Agent reports.

    An explicitly set `openai.base_url` is used exactly as given: paths are appended to it without adding a
    slash (`.../v1` + `models` -> `.../v1models`), as scripts written for the official module client expect.
    """

    _base_url_as_given: bool = False

    def __init__(self, *, base_url: Union[str, httpx.URL, None] = None, **kwargs: Any) -> None:
        self._base_url_as_given = base_url is not None
        super().__init__(base_url=base_url, **kwargs)

    @override
    def _enforce_trailing_slash(self, url: httpx.URL) -> httpx.URL:
        if self._base_url_as_given:
            return url
        return super()._enforce_trailing_slash(url)


_client: Optional[OpenAI] = None
_client_settings: Optional[Tuple[object, ...]] = None


def _settings_source() -> Any:
    # Users assign `openai.api_key`, which lands in the package's namespace, not in this module's.
    return sys.modules.get("openai", sys.modules[__name__])


# Settings that are mappings: copied into the snapshot, so an in-place change
# (`openai.default_headers["x"] = "y"`) also counts as a change.
_MAPPING_SETTINGS = frozenset({"default_headers", "default_query"})


def _snapshot(source: Any) -> Tuple[object, ...]:
    # Runs on every `openai.<resource>` use, so it avoids per-setting ABC isinstance checks.
    return tuple(
        dict(value) if name in _MAPPING_SETTINGS and value is not None else value
        for name, value in ((name, getattr(source, name, None)) for name in _SETTINGS)
    )


def _effective_api_type(source: Any) -> str:
    configured = getattr(source, "api_type", None) or os.environ.get("OPENAI_API_TYPE") or "openai"
    if configured not in ("openai", "azure"):
        raise ValueError(f"openai.api_type must be 'openai' or 'azure', not {configured!r}")
    return cast(str, configured)


def _build_client(source: Any) -> OpenAI:
    common: dict[str, Any] = {
        "api_key": source.api_key,
        "organization": source.organization,
        "project": source.project,
        "webhook_secret": source.webhook_secret,
        "admin_api_key": source.admin_api_key,
        "timeout": source.timeout,
        "max_retries": source.max_retries,
        "default_headers": source.default_headers,
        "default_query": source.default_query,
        "http_client": source.http_client,
    }
    if _effective_api_type(source) == "azure":
        return _build_azure_client(source, common)
    return _ModuleClient(base_url=source.base_url, **common)


@functools.cache
def _azure_module_client_class() -> type[AzureOpenAI]:
    # Defined on first use: importing lib.azure at `import openai` would cost every user.
    from .lib.azure import AzureOpenAI

    class _AzureModuleClient(AzureOpenAI):
        """The Azure flavour of the module client (`openai.api_type = "azure"`)."""

    return _AzureModuleClient


def _build_azure_client(source: Any, common: dict[str, Any]) -> AzureOpenAI:
    return _azure_module_client_class()(
        azure_endpoint=source.azure_endpoint,
        api_version=source.api_version,
        azure_ad_token=source.azure_ad_token,
        azure_ad_token_provider=source.azure_ad_token_provider,
        base_url=source.base_url,
        **common,
    )


def _load_client() -> OpenAI:
    """The client for the current settings, built on first use and rebuilt after a change."""
    global _client, _client_settings
    source = _settings_source()
    settings = _snapshot(source)
    if _client is None or settings != _client_settings:
        _client = _build_client(source)
        _client_settings = settings
    return _client


def reset_client() -> None:
    """Forget the built client (tests use it to start from a clean state)."""
    global _client, _client_settings
    _client = None
    _client_settings = None


class _ResourceProxy:
    """What `openai.<resource>` returns: forwards every use to that resource of the current client.

    Building the client waits until the resource is actually used, so `openai.chat` (or `hasattr`,
    `dir(openai)`, an IDE) works before a key is set, and a proxy kept in a variable follows later
    setting changes. `isinstance(openai.chat, Chat)` holds once the client can be built.
    """

    __slots__ = ("_resource_name",)

    def __init__(self, name: str) -> None:
        self._resource_name = name

    def __load__(self) -> Any:
        return getattr(_load_client(), self._resource_name)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.__load__(), attr)

    def __dir__(self) -> list[str]:
        return dir(self.__load__())

    def __repr__(self) -> str:
        try:
            return repr(self.__load__())
        except Exception:
            return f"<lazy openai.{self._resource_name}>"

    @property
    def __class__(self) -> type[Any]:  # type: ignore[override]
        try:
            loaded: object = self.__load__()
            return type(loaded)
        except Exception:
            return _ResourceProxy


_proxies: dict[str, _ResourceProxy] = {}


def __getattr__(name: str) -> Any:
    if name in RESOURCES:
        proxy = _proxies.get(name)
        if proxy is None:
            proxy = _proxies[name] = _ResourceProxy(name)
        return proxy
    raise AttributeError(f"module 'openai' has no attribute {name!r}")
