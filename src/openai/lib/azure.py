"""`AzureOpenAI` / `AsyncAzureOpenAI`: the OpenAI clients, speaking Azure OpenAI's dialect on the wire.

What differs from `OpenAI`, all decided here and applied through the transport core's hooks:
- URL: `{azure_endpoint}/openai/...`; the deployment-scoped endpoints (chat, completions, embeddings, audio,
  images) go to `{azure_endpoint}/openai/deployments/{deployment}/...`, where the deployment is the client's
  `azure_deployment` (then also in `client.base_url`), else the request's `model`. A `base_url` given instead
  of an endpoint is used as is when it names a deployment, else `model` names it.
- Query: `api-version=<api_version>` on every request.
- Credentials: the `api-key` header, or `Authorization: Bearer <token>` for Microsoft Entra ID, from a fixed
  `azure_ad_token` or an `azure_ad_token_provider` called before every request (so refreshed tokens are used).
"""

from __future__ import annotations

import os
import inspect
from typing import Any, Dict, Union, Generic, Mapping, TypeVar, Callable, Optional, Awaitable, cast
from urllib.parse import quote

import httpx
from typing_extensions import Self, override

from ..auth import WorkloadIdentity
from .._types import Omit, Timeout, NotGiven, not_given
from .._client import (
    OpenAI,
    AsyncOpenAI,
    _merged_defaults,  # pyright: ignore[reportPrivateUsage]
)
from .._constants import DEFAULT_MAX_RETRIES
from .._streaming import Stream, AsyncStream
from .._exceptions import OpenAIError
from .._request_options import FinalRequestOptions

__all__ = ["AzureOpenAI", "AsyncAzureOpenAI", "BaseAzureClient", "AzureADTokenProvider", "AsyncAzureADTokenProvider"]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], "Union[str, Awaitable[str]]"]

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])

# Endpoints Azure serves per deployment; everything else (files, batches, models, ...) is per resource.
DEPLOYMENT_ENDPOINTS = frozenset(
    {
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
        "/images/variations",
    }
)

_MISSING_CREDENTIALS = (
    "Missing credentials. Please pass one of `api_key`, `azure_ad_token`, or `azure_ad_token_provider`, "
    "or set the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` environment variable."
)
_MISSING_API_VERSION = "Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"
_MISSING_ENDPOINT = (
    "Must provide one of the `base_url` or `azure_endpoint` arguments, "
    "or the `AZURE_OPENAI_ENDPOINT` environment variable"
)


def _resolve(
    *,
    api_version: Optional[str],
    azure_endpoint: Optional[str],
    azure_deployment: Optional[str],
    api_key: object,
    azure_ad_token: Optional[str],
    azure_ad_token_provider: object,
    base_url: Union[str, httpx.URL, None],
    enforce_credentials: bool,
) -> Dict[str, Any]:
    """Environment fallbacks and validation, shared by both clients."""
    # Explicit credentials beat the environment; of the two variables, the api key is read first.
    if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
        api_key = os.environ.get("AZURE_OPENAI_API_KEY")
        if api_key is None:
            azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN")
    if enforce_credentials and api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
        raise OpenAIError(_MISSING_CREDENTIALS)

    if api_version is None:
        api_version = os.environ.get("OPENAI_API_VERSION")
    if api_version is None:
        raise ValueError(_MISSING_API_VERSION)

    if base_url is not None:
        # As the official SDK: a given base_url is used as is (an `azure_deployment` beside it changes
        # nothing); requests are still routed by `model` unless the base_url names a deployment.
        if azure_endpoint is not None:
            raise ValueError("base_url and azure_endpoint are mutually exclusive")
    else:
        if azure_endpoint is None:
            azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
        if azure_endpoint is None:
            raise ValueError(_MISSING_ENDPOINT)
        # The client's base_url names the deployment, as the official SDK's does (`client.base_url`).
        base_url = f"{azure_endpoint.rstrip('/')}/openai"
        if azure_deployment is not None:
            base_url = f"{base_url}/deployments/{azure_deployment}"
    route = True

    return {
        "api_version": api_version,
        "azure_endpoint": azure_endpoint,
        "azure_deployment": azure_deployment,
        # The OpenAI base class must not fall back to OPENAI_API_KEY: "" means "no api-key header".
        "api_key": api_key if api_key is not None else "",
        "azure_ad_token": azure_ad_token,
        "base_url": base_url,
        "route": route,
    }


def _checked_token(token: object) -> str:
    if not isinstance(token, str) or not token:
        raise OpenAIError(f"Expected `azure_ad_token_provider` to return a non-empty string, got {token!r:.40}")
    return token


class BaseAzureClient(Generic[_HttpxClientT, _DefaultStreamT]):
    """The Azure behaviour both clients share; placed before OpenAI/AsyncOpenAI in the bases."""

    _api_version: str
    _azure_endpoint: Optional[str]
    _azure_deployment: Optional[str]
    _azure_ad_token: Optional[str]
    _route_deployments: bool
    _current_ad_token: Optional[str]
    _given_base_url: Union[str, httpx.URL, None]
    api_key: str

    def _init_azure(self, settings: Dict[str, Any], provider: object, base_url: Union[str, httpx.URL, None]) -> None:
        self._api_version = settings["api_version"]
        self._azure_endpoint = settings["azure_endpoint"]
        self._azure_deployment = settings["azure_deployment"]
        self._azure_ad_token = settings["azure_ad_token"]
        self._azure_ad_token_provider_any = provider
        self._route_deployments = settings["route"]
        self._given_base_url = base_url
        self._current_ad_token = settings["azure_ad_token"]

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = cast(Any, super())._prepare_options(options)
        if "api-version" not in options.params:
            options.params = {**options.params, "api-version": self._api_version}
        if self._route_deployments and not options.url.startswith(("http://", "https://")):
            path = "/" + options.url.lstrip("/")
            if path in DEPLOYMENT_ENDPOINTS:
                # A base_url that already names a deployment wins; otherwise `model` names it.
                deployment = _model_of(options.json_data)
                if deployment and "/deployments" not in str(cast(Any, self).base_url.path):
                    options.url = f"/deployments/{quote(deployment, safe='')}{path}"
            elif self._azure_deployment and self._azure_endpoint:
                # Per-resource endpoints (files, batches, models, ...) skip the deployment in base_url.
                options.url = f"{self._azure_endpoint.rstrip('/')}/openai{path}"
        return options

    @property
    def auth_headers(self) -> Dict[str, str]:
        # An Entra ID token, when configured, wins over an api key (e.g. one left in the environment).
        if self._current_ad_token:
            return {"Authorization": f"Bearer {self._current_ad_token}"}
        if self.api_key:
            return {"api-key": self.api_key}
        return {}

    def _validate_headers(self, headers: Mapping[str, str], custom_headers: Mapping[str, Union[str, Omit]]) -> None:
        names = {name.lower() for name in headers}
        if "api-key" in names or "authorization" in names:
            return
        # The caller removed the credentials on purpose (e.g. a gateway adds its own).
        if any(
            name.lower() in ("api-key", "authorization") and isinstance(v, Omit) for name, v in custom_headers.items()
        ):
            return
        raise TypeError(_MISSING_CREDENTIALS)

    def _azure_copy_kwargs(
        self,
        *,
        api_version: str | None,
        azure_ad_token: str | None,
        azure_ad_token_provider: object,
        base_url: str | httpx.URL | None,
    ) -> Dict[str, Any]:
        """The Azure settings a copy keeps unless overridden."""
        kwargs: Dict[str, Any] = {
            "api_version": api_version or self._api_version,
            "azure_ad_token": azure_ad_token or self._azure_ad_token,
            "azure_ad_token_provider": azure_ad_token_provider or self._azure_ad_token_provider_any,
        }
        if base_url is not None or self._given_base_url is not None:
            kwargs["base_url"] = base_url or self._given_base_url
        else:
            kwargs["azure_endpoint"] = self._azure_endpoint
            kwargs["azure_deployment"] = self._azure_deployment
        return kwargs


def _model_of(body: object) -> Optional[str]:
    if isinstance(body, Mapping):
        model = cast(Mapping[str, object], body).get("model")
        if isinstance(model, str):
            return model
    return None


class AzureOpenAI(BaseAzureClient[httpx.Client, Stream[Any]], OpenAI):
    def __init__(
        self,
        *,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: Callable[[], str] | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        base_url: str | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        """Construct a new synchronous Azure OpenAI client.

        Reads, when the argument is not given: `api_key` from `AZURE_OPENAI_API_KEY`, `azure_ad_token` from
        `AZURE_OPENAI_AD_TOKEN`, `api_version` from `OPENAI_API_VERSION`, `azure_endpoint` from
        `AZURE_OPENAI_ENDPOINT`.
        """
        settings = _resolve(
            api_version=api_version,
            azure_endpoint=azure_endpoint,
            azure_deployment=azure_deployment,
            api_key=api_key,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url,
            enforce_credentials=_enforce_credentials,
        )
        self._init_azure(settings, azure_ad_token_provider, base_url)
        self._azure_ad_token_provider = azure_ad_token_provider
        super().__init__(
            api_key=settings["api_key"],
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=settings["base_url"],
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=_enforce_credentials,
        )

    @override
    def _refresh_api_key(self) -> None:
        super()._refresh_api_key()
        provider = self._azure_ad_token_provider
        if provider is not None:
            self._current_ad_token = _checked_token(provider())

    @override
    def copy(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        api_version: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: Callable[[], str] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.Client | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _enforce_credentials: bool | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with these options changed (Azure settings kept); it shares the connection pool."""
        headers, params = _merged_defaults(self, default_headers, set_default_headers, default_query, set_default_query)
        return self.__class__(
            api_key=api_key or self._api_key_provider or self.api_key or None,
            admin_api_key=admin_api_key or self.admin_api_key,
            workload_identity=workload_identity or self.workload_identity,
            organization=organization or self.organization,
            project=project or self.project,
            webhook_secret=webhook_secret or self.webhook_secret,
            websocket_base_url=websocket_base_url or self.websocket_base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._client,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=headers,
            default_query=params,
            _strict_response_validation=self._strict_response_validation,
            _enforce_credentials=self._enforce_credentials if _enforce_credentials is None else _enforce_credentials,
            **self._azure_copy_kwargs(
                api_version=api_version,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                base_url=base_url,
            ),
            **_extra_kwargs,
        )

    with_options = copy


class AsyncAzureOpenAI(BaseAzureClient[httpx.AsyncClient, AsyncStream[Any]], AsyncOpenAI):
    def __init__(
        self,
        *,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_version: str | None = None,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: Callable[[], str | Awaitable[str]] | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        base_url: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        """Construct a new async Azure OpenAI client (same environment fallbacks as `AzureOpenAI`).

        `azure_ad_token_provider` may be a plain function or a coroutine function.
        """
        settings = _resolve(
            api_version=api_version,
            azure_endpoint=azure_endpoint,
            azure_deployment=azure_deployment,
            api_key=api_key,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url,
            enforce_credentials=_enforce_credentials,
        )
        self._init_azure(settings, azure_ad_token_provider, base_url)
        self._azure_ad_token_provider = azure_ad_token_provider
        super().__init__(
            api_key=settings["api_key"],
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=settings["base_url"],
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=_enforce_credentials,
        )

    @override
    async def _refresh_api_key(self) -> None:
        await super()._refresh_api_key()
        provider = self._azure_ad_token_provider
        if provider is not None:
            token = provider()
            if inspect.isawaitable(token):
                token = await token
            self._current_ad_token = _checked_token(token)

    @override
    def copy(
        self,
        *,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        api_version: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: Callable[[], str | Awaitable[str]] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _enforce_credentials: bool | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with these options changed (Azure settings kept); it shares the connection pool."""
        headers, params = _merged_defaults(self, default_headers, set_default_headers, default_query, set_default_query)
        return self.__class__(
            api_key=api_key or self._api_key_provider or self.api_key or None,
            admin_api_key=admin_api_key or self.admin_api_key,
            workload_identity=workload_identity or self.workload_identity,
            organization=organization or self.organization,
            project=project or self.project,
            webhook_secret=webhook_secret or self.webhook_secret,
            websocket_base_url=websocket_base_url or self.websocket_base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._client,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=headers,
            default_query=params,
            _strict_response_validation=self._strict_response_validation,
            _enforce_credentials=self._enforce_credentials if _enforce_credentials is None else _enforce_credentials,
            **self._azure_copy_kwargs(
                api_version=api_version,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                base_url=base_url,
            ),
            **_extra_kwargs,
        )

    with_options = copy
