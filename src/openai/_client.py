"""`OpenAI` and `AsyncOpenAI`: configuration, credentials and error mapping on top of the transport core.

The resource attributes (`client.chat`, `client.files`, ...) come from the generated mixins in
`_client_resources.py`; everything about sending requests comes from `_base_client.py`.
"""

from __future__ import annotations

import os
import inspect
from typing import Any, Dict, Union, Mapping, Callable, Optional, Awaitable, cast

import httpx
from typing_extensions import Self, override

from . import auth
from ._types import Omit, Timeout, NotGiven, SecurityOptions, not_given
from ._version import __version__
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES
from ._exceptions import (
    OpenAIError,
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    BadRequestError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from ._base_client import BaseClient, SyncAPIClient, AsyncAPIClient, _check_header_value  # pyright: ignore[reportPrivateUsage]
from ._client_resources import OpenAIResources, AsyncOpenAIResources

__all__ = ["OpenAI", "AsyncOpenAI", "Client", "AsyncClient"]

_MISSING_KEY_MESSAGE = (
    "The api_key client option must be set either by passing api_key to the client "
    "or by setting the OPENAI_API_KEY environment variable"
)
# The official message, quotes included (wire-facts.json: `str(exc)` starts and ends with `"`).
_AUTH_ERROR_MESSAGE = (
    '"Could not resolve authentication method. Expected either api_key or admin_api_key to be set. '
    'Or for one of the `Authorization` or `Authorization` headers to be explicitly omitted"'
)


# ---- shared between the twins ------------------------------------------------------------------------------


def _resolve_settings(
    *,
    api_key: object,
    admin_api_key: str | None,
    workload_identity: auth.WorkloadIdentity | None,
    organization: str | None,
    project: str | None,
    webhook_secret: str | None,
    base_url: str | httpx.URL | None,
    enforce_credentials: bool,
) -> Dict[str, Any]:
    """Apply environment fallbacks and validate credentials once, for both client classes."""
    if workload_identity is not None:
        raise NotImplementedError("workload_identity is not supported by this build of the SDK; pass api_key instead")
    if api_key is None:
        api_key = os.environ.get("OPENAI_API_KEY")
    if admin_api_key is None:
        admin_api_key = os.environ.get("OPENAI_ADMIN_KEY")
    if api_key is None and admin_api_key is None and enforce_credentials:
        raise OpenAIError(_MISSING_KEY_MESSAGE)
    if organization is None:
        organization = os.environ.get("OPENAI_ORG_ID")
    if project is None:
        project = os.environ.get("OPENAI_PROJECT_ID")
    if webhook_secret is None:
        webhook_secret = os.environ.get("OPENAI_WEBHOOK_SECRET")
    if base_url is None:
        base_url = os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL

    # Reject header injection up front, with a message that names the setting but not its value.
    for name, value in (("api_key", api_key), ("admin_api_key", admin_api_key)):
        if isinstance(value, str):
            _check_header_value(name, value)
    for name, value in (("organization", organization), ("project", project)):
        if value is not None:
            _check_header_value(name, value)

    return {
        "api_key": api_key,
        "admin_api_key": admin_api_key,
        "organization": organization,
        "project": project,
        "webhook_secret": webhook_secret,
        "base_url": base_url,
    }


def _auth_headers_for_key(key: Optional[str]) -> Dict[str, str]:
    return {"Authorization": f"Bearer {key}"} if key else {}


def _has_authorization(headers: Mapping[str, str], custom_headers: Mapping[str, Union[str, Omit]]) -> bool:
    for name, value in headers.items():
        if name.lower() == "authorization" and value:
            return True
    # The caller removed the header on purpose (e.g. a proxy adds its own credentials).
    return any(name.lower() == "authorization" and isinstance(value, Omit) for name, value in custom_headers.items())


def _status_error(err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
    # The API wraps details in {"error": {...}}; the exception exposes that inner object as `body`.
    data: object = body
    if isinstance(body, Mapping):
        mapping = cast(Mapping[str, object], body)
        data = mapping.get("error", mapping)
    status = response.status_code
    error_cls = _STATUS_ERRORS.get(status)
    if error_cls is None:
        error_cls = InternalServerError if status >= 500 else APIStatusError
    return error_cls(err_msg, response=response, body=data)


_STATUS_ERRORS: Dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _checked_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise OpenAIError(f"Expected the api_key provider to return a non-empty string, got {type(key).__name__}")
    _check_header_value("api_key", key)
    return key


class _OpenAIAuth(BaseClient[Any, Any]):
    """What `OpenAI` and `AsyncOpenAI` share: credentials, their headers, and the status -> error mapping."""

    api_key: str
    admin_api_key: str | None
    workload_identity: auth.WorkloadIdentity | None
    organization: str | None
    project: str | None
    webhook_secret: str | None
    websocket_base_url: str | httpx.URL | None
    _api_key_provider: Optional[Callable[[], Any]]
    _enforce_credentials: bool

    def _init_settings(
        self,
        settings: Dict[str, Any],
        *,
        workload_identity: auth.WorkloadIdentity | None,
        websocket_base_url: Union[str, httpx.URL, None],
        enforce_credentials: bool,
    ) -> None:
        api_key_setting = settings["api_key"]
        if callable(api_key_setting):
            # Called before every attempt (see `_refresh_api_key`), so rotating keys just work.
            self._api_key_provider = cast(Callable[[], Any], api_key_setting)
            self.api_key = ""
        else:
            self._api_key_provider = None
            self.api_key = cast(Optional[str], api_key_setting) or ""
        self.admin_api_key = settings["admin_api_key"]
        self.workload_identity = workload_identity
        self.organization = settings["organization"]
        self.project = settings["project"]
        self.webhook_secret = settings["webhook_secret"]
        self.websocket_base_url = websocket_base_url
        self._enforce_credentials = enforce_credentials

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        return _auth_headers_for_key(self.api_key)

    @override
    def _auth_headers_for(self, security: Optional[SecurityOptions]) -> Dict[str, str]:
        if security == "admin_api_key":
            # Admin endpoints take the admin key; an admin key passed as api_key still works.
            return _auth_headers_for_key(self.admin_api_key or self.api_key)
        return self.auth_headers

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        headers = super().default_headers
        if self.organization is not None:
            headers["OpenAI-Organization"] = self.organization
        if self.project is not None:
            headers["OpenAI-Project"] = self.project
        # Custom headers win over everything the client adds.
        headers.update(self._custom_headers)
        return headers

    @override
    def _validate_headers(self, headers: Mapping[str, str], custom_headers: Mapping[str, Union[str, Omit]]) -> None:
        if not _has_authorization(headers, custom_headers):
            raise TypeError(_AUTH_ERROR_MESSAGE)

    def _copy_kwargs(
        self,
        *,
        api_key: object,
        admin_api_key: Optional[str],
        workload_identity: auth.WorkloadIdentity | None,
        organization: Optional[str],
        project: Optional[str],
        webhook_secret: Optional[str],
        websocket_base_url: Union[str, httpx.URL, None],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[float, Timeout, None, NotGiven],
        http_client: object,
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
        _enforce_credentials: Optional[bool],
    ) -> Dict[str, Any]:
        """Constructor arguments for `copy()`: what was passed, else this client's setting."""
        headers, params = _merged_defaults(self, default_headers, set_default_headers, default_query, set_default_query)
        return {
            "api_key": api_key or self._api_key_provider or self.api_key or None,
            "admin_api_key": admin_api_key or self.admin_api_key,
            "workload_identity": workload_identity or self.workload_identity,
            "organization": organization or self.organization,
            "project": project or self.project,
            "webhook_secret": webhook_secret or self.webhook_secret,
            "websocket_base_url": websocket_base_url or self.websocket_base_url,
            "base_url": base_url or self.base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "http_client": http_client,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": params,
            "_strict_response_validation": self._strict_response_validation,
            "_enforce_credentials": self._enforce_credentials if _enforce_credentials is None else _enforce_credentials,
        }

    @override
    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        return _status_error(err_msg, body=body, response=response)


# ---- sync --------------------------------------------------------------------------------------------------


class OpenAI(OpenAIResources, _OpenAIAuth, SyncAPIClient):
    # client options
    api_key: str
    admin_api_key: str | None
    workload_identity: auth.WorkloadIdentity | None
    organization: str | None
    project: str | None
    webhook_secret: str | None
    websocket_base_url: str | httpx.URL | None

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: auth.WorkloadIdentity | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        """Construct a new synchronous OpenAI client.

        Reads, when the argument is not given: `api_key` from `OPENAI_API_KEY`, `admin_api_key` from
        `OPENAI_ADMIN_KEY`, `organization` from `OPENAI_ORG_ID`, `project` from `OPENAI_PROJECT_ID`,
        `webhook_secret` from `OPENAI_WEBHOOK_SECRET`, `base_url` from `OPENAI_BASE_URL`.
        """
        settings = _resolve_settings(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=base_url,
            enforce_credentials=_enforce_credentials,
        )
        self._init_settings(
            settings,
            workload_identity=workload_identity,
            websocket_base_url=websocket_base_url,
            enforce_credentials=_enforce_credentials,
        )

        super().__init__(
            version=__version__,
            base_url=settings["base_url"],
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @override
    def _refresh_api_key(self) -> None:
        provider = self._api_key_provider
        if provider is not None:
            self.api_key = _checked_key(provider())

    def copy(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: auth.WorkloadIdentity | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
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
        """A new client with these options changed; it shares this client's connection pool."""
        kwargs = self._copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client or self._client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            _enforce_credentials=_enforce_credentials,
        )
        return self.__class__(**kwargs, **_extra_kwargs)

    # Alias for `copy`, reads better inline: `client.with_options(timeout=10).models.list()`.
    with_options = copy


# ---- async -------------------------------------------------------------------------------------------------


class AsyncOpenAI(AsyncOpenAIResources, _OpenAIAuth, AsyncAPIClient):
    # client options
    api_key: str
    admin_api_key: str | None
    workload_identity: auth.WorkloadIdentity | None
    organization: str | None
    project: str | None
    webhook_secret: str | None
    websocket_base_url: str | httpx.URL | None

    def __init__(
        self,
        *,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: auth.WorkloadIdentity | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        """Construct a new async OpenAI client (same environment fallbacks as `OpenAI`)."""
        settings = _resolve_settings(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=base_url,
            enforce_credentials=_enforce_credentials,
        )
        self._init_settings(
            settings,
            workload_identity=workload_identity,
            websocket_base_url=websocket_base_url,
            enforce_credentials=_enforce_credentials,
        )

        super().__init__(
            version=__version__,
            base_url=settings["base_url"],
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @override
    async def _refresh_api_key(self) -> None:
        provider = self._api_key_provider
        if provider is not None:
            key = provider()
            if inspect.isawaitable(key):
                key = await key
            self.api_key = _checked_key(key)

    def copy(
        self,
        *,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: auth.WorkloadIdentity | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
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
        """A new client with these options changed; it shares this client's connection pool."""
        kwargs = self._copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client or self._client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            _enforce_credentials=_enforce_credentials,
        )
        return self.__class__(**kwargs, **_extra_kwargs)

    with_options = copy


def _merged_defaults(
    client: _OpenAIAuth,
    default_headers: Mapping[str, str] | None,
    set_default_headers: Mapping[str, str] | None,
    default_query: Mapping[str, object] | None,
    set_default_query: Mapping[str, object] | None,
) -> tuple[Dict[str, str], Dict[str, object]]:
    """`default_*` add to the client's defaults, `set_default_*` replace them; not both at once."""
    if default_headers is not None and set_default_headers is not None:
        raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
    if default_query is not None and set_default_query is not None:
        raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
    headers: Dict[str, str] = dict(client._custom_headers)  # pyright: ignore[reportPrivateUsage]
    if default_headers is not None:
        headers.update(default_headers)
    elif set_default_headers is not None:
        headers = dict(set_default_headers)
    params: Dict[str, object] = dict(client._custom_query)  # pyright: ignore[reportPrivateUsage]
    if default_query is not None:
        params.update(default_query)
    elif set_default_query is not None:
        params = dict(set_default_query)
    return headers, params


Client = OpenAI
AsyncClient = AsyncOpenAI
