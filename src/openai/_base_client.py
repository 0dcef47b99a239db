"""Client and transport core: request building, sending with retries, and handing responses on.

`BaseClient` holds every decision that needs no I/O (headers, URL, body, retry rules, delays,
status -> exception); `SyncAPIClient` and `AsyncAPIClient` are twins that only add the sending
loop, sleeping and closing, with the same method names in the same order.

One call, end to end:

    options (FinalRequestOptions) -> _build_request -> httpx send (stream=True) -> read body
      -> non-2xx: retry or raise APIStatusError subclass; transport error: retry or APIConnectionError
      -> _process_response: LegacyAPIResponse / APIResponse / APIResponse.parse()
"""

from __future__ import annotations

import re
import json
import time
import uuid
import random
import inspect
import logging
import threading
import email.utils
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Optional,
    cast,
    overload,
)

import httpx
import sniffio
from typing_extensions import Self, Literal, override

from . import _qs
from ._qs import Querystring
from ._logs import logger, setup_logging
from ._types import (
    Omit,
    Query,
    Headers,
    Timeout,
    NotGiven,
    PostParser,
    RequestFiles,
    RequestContent,
    RequestOptions,
    SecurityOptions,
    HttpxRequestFiles,
    not_given,
)
from ._platform import get_platform, get_architecture, platform_headers
from ._constants import (
    DEFAULT_TIMEOUT,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    RAW_RESPONSE_HEADER,
    OVERRIDE_CAST_TO_HEADER,
)
from ._exceptions import (
    APIStatusError,
    APITimeoutError,
    APIConnectionError,
)
from ._http_clients import (
    DefaultHttpxClient,
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
    owned_sync_client,
    owned_async_client,
)
from ._request_options import FinalRequestOptions
from ._utils._transform import unsendable_json_message

if TYPE_CHECKING:
    from ._pages import BaseSyncPage, BaseAsyncPage, AsyncPaginator as AsyncPaginator
    from ._streaming import Stream, AsyncStream

__all__ = [
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "FinalRequestOptions",
    "make_request_options",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "AsyncPaginator",
    "get_platform",
    "get_architecture",
    "platform_headers",
]

setup_logging()

_T = TypeVar("_T")
ResponseT = TypeVar("ResponseT")
_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union["Stream[Any]", "AsyncStream[Any]"])
_StreamT = TypeVar("_StreamT", bound="Stream[Any]")
_AsyncStreamT = TypeVar("_AsyncStreamT", bound="AsyncStream[Any]")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

_ABSOLUTE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")

# httpx's own default; a user-supplied client still on it gets the SDK's default timeout instead.
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


# ----------------------------------------------------------------------------------------------------------
# Request options helpers
# ----------------------------------------------------------------------------------------------------------


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[object] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, Timeout, None, NotGiven] = not_given,
    post_parser: Union[PostParser, NotGiven] = not_given,
    security: Optional[SecurityOptions] = None,
    synthesize_event_and_data: Optional[bool] = None,
) -> RequestOptions:
    """Fold a generated method's `extra_*` arguments into the options dict the request methods take."""
    options: Dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = cast(Mapping[str, object], extra_body)
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if not isinstance(post_parser, NotGiven):
        options["post_parser"] = post_parser
    if security is not None:
        options["security"] = security
    if synthesize_event_and_data is not None:
        options["synthesize_event_and_data"] = synthesize_event_and_data
    return cast(RequestOptions, options)


def _merge_headers(base: Dict[str, str], overrides: Mapping[str, Union[str, Omit]]) -> Dict[str, str]:
    """Case-insensitive merge: an override replaces any spelling of the same name, `omit` removes it."""
    if not overrides:
        return base
    merged = dict(base)
    lower_index = {key.lower(): key for key in merged}
    for key, value in overrides.items():
        existing = lower_index.get(key.lower())
        if existing is not None:
            del merged[existing]
        if isinstance(value, Omit):
            lower_index.pop(key.lower(), None)
            continue
        merged[key] = value
        lower_index[key.lower()] = key
    return merged


def _check_header_value(name: str, value: object) -> None:
    if "\r" in name or "\n" in name or "\0" in name or ":" in name:
        # A CR/LF in a header *name* injects a header just as well as one in a value (fault suite, issue 8).
        raise ValueError(f"Invalid header name {name!r}: header names must not contain CR, LF, NUL or ':'")
    if not isinstance(value, str):
        raise TypeError(f"Header {name!r} must be a string, got {type(value).__name__}")
    if "\r" in value or "\n" in value or "\0" in value:
        # Never echo the value: it may be a credential.
        raise ValueError(f"Invalid header value for {name!r}: header values must not contain CR, LF or NUL")


class _ForceMultipartDict(Dict[str, None]):
    """An empty `files` mapping that still makes httpx encode the body as multipart/form-data."""

    def __bool__(self) -> bool:
        return True


def _is_success(status_code: int) -> bool:
    return 200 <= status_code < 300


def _streams_body(request: httpx.Request) -> bool:
    """`with_streaming_response` asks for the body to stay unread until the caller reads it."""
    return request.headers.get(RAW_RESPONSE_HEADER) == "stream"


# ----------------------------------------------------------------------------------------------------------
# BaseClient: shared, I/O-free logic
# ----------------------------------------------------------------------------------------------------------


class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    _http_client: Optional[_HttpxClientT]
    _owns_http_client: bool
    _version: str
    _base_url: httpx.URL
    max_retries: int
    timeout: Union[float, Timeout, None]
    _strict_response_validation: bool
    _idempotency_header: Optional[str] = None

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None] = DEFAULT_TIMEOUT,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        self._version = version
        self._base_url = self._enforce_trailing_slash(httpx.URL(base_url))
        self.max_retries = max_retries
        self.timeout = timeout
        self._custom_headers = dict(custom_headers or {})
        for name, value in self._custom_headers.items():
            if not isinstance(value, Omit):
                _check_header_value(name, value)
        self._custom_query = dict(custom_query or {})
        self._strict_response_validation = _strict_response_validation
        self._idempotency_header = None
        self._platform_headers: Dict[Optional[str], Dict[str, str]] = {}
        self._url_cache: Optional[tuple[httpx.URL, str]] = None
        self._headers_cache: Dict[object, httpx.Headers] = {}

        if max_retries is None:  # pyright: ignore[reportUnnecessaryComparison]
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; "
                "if you want unlimited retries, pass `math.inf` or a very high number"
            )

    # ---- URL ---------------------------------------------------------------------------------------------

    def _enforce_trailing_slash(self, url: httpx.URL) -> httpx.URL:
        # `https://host` parses with an empty path (raw_path still reads b"/"); spell the slash out so
        # joining by concatenation gives `https://host/models`.
        if url.raw_path == b"/" and not str(url).partition("?")[0].endswith("/"):
            return url.copy_with(path="/")
        if url.raw_path.endswith(b"/"):
            return url
        return url.copy_with(raw_path=url.raw_path + b"/")

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[httpx.URL, str]) -> None:
        self._base_url = self._enforce_trailing_slash(url if isinstance(url, httpx.URL) else httpx.URL(url))

    def _prepare_url(self, url: str) -> str:
        """Join a relative path onto the base URL by plain concatenation (the base keeps its path)."""
        if _ABSOLUTE_URL.match(url):
            return url
        base = self.base_url
        cache = self._url_cache
        if cache is None or cache[0] is not base:
            cache = self._url_cache = (base, str(base))
        return cache[1] + url.lstrip("/")

    # ---- headers -----------------------------------------------------------------------------------------

    @property
    def qs(self) -> Querystring:
        return Querystring(array_format="brackets", nested_format="brackets")

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {}

    def _auth_headers_for(self, security: Optional[SecurityOptions]) -> Dict[str, str]:
        """Credential headers for one operation; subclasses with several credentials override this."""
        return self.auth_headers

    @property
    def user_agent(self) -> str:
        return f"{self.__class__.__name__}/Python {self._version}"

    def _async_library(self) -> Optional[str]:
        return None

    def platform_headers(self) -> Dict[str, str]:
        library = self._async_library()
        headers = self._platform_headers.get(library)
        if headers is None:
            headers = self._platform_headers[library] = platform_headers(self._version, async_library=library)
        return headers

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            **self.auth_headers,
            **self._custom_headers,
        }

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    def _validate_headers(self, headers: Mapping[str, str], custom_headers: Mapping[str, Union[str, Omit]]) -> None:
        """Hook: raise when the request has no usable credential (see the OpenAI client)."""
        return

    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> Dict[str, str]:
        custom: Mapping[str, Union[str, Omit]] = options.headers if not isinstance(options.headers, NotGiven) else {}
        defaults = self.default_headers
        if options.security is not None and options.security != "api_key":
            defaults = {**defaults, **self._auth_headers_for(options.security)}
        base = {k: v for k, v in defaults.items() if not isinstance(v, Omit)}
        headers = _merge_headers(base, custom)
        # Every value, defaults included: a key or organization set after construction is checked too.
        for name, value in headers.items():
            if not isinstance(value, str) or "\r" in value or "\n" in value:  # pyright: ignore[reportUnnecessaryIsInstance]
                _check_header_value(name, value)
        # Per-request header names are the caller's too (defaults were checked at construction).
        for name, value in custom.items():
            if "\r" in name or "\n" in name or "\0" in name or ":" in name:
                _check_header_value(name, value)
        self._validate_headers(headers, custom)

        lower_custom = {k.lower() for k in custom}
        if options.idempotency_key and self._idempotency_header and self._idempotency_header not in headers:
            headers[self._idempotency_header] = options.idempotency_key
        # Tell the server which attempt this is and how long we wait for it (unless the caller set these).
        if "x-stainless-retry-count" not in lower_custom:
            headers["x-stainless-retry-count"] = str(retries_taken)
        if "x-stainless-read-timeout" not in lower_custom:
            timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
            if isinstance(timeout, httpx.Timeout):
                timeout = timeout.read
            if timeout is not None:
                headers["x-stainless-read-timeout"] = str(timeout)
        return headers

    # ---- request building --------------------------------------------------------------------------------

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook to rewrite options before each attempt (Azure adds deployments and `api-version`)."""
        return options

    def _prepare_request(self, request: httpx.Request) -> None:  # noqa: B027 - optional hook
        """Hook to adjust the built request before it is sent."""
        return None

    def _serialize_multipartform(self, data: Mapping[object, object]) -> Dict[str, object]:
        """Form fields in the API's bracket style; repeated keys become lists (httpx sends each)."""
        items = _qs.stringify_items(cast(Mapping[str, Any], data))
        serialized: Dict[str, object] = {}
        for key, value in items:
            existing = serialized.get(key)
            if existing is None:
                serialized[key] = value
            elif isinstance(existing, list):
                cast(List[object], existing).append(value)
            else:
                serialized[key] = [existing, value]
        return serialized

    def _build_request(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Request:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("Request options: %r", options)

        headers = self._build_headers(options, retries_taken=retries_taken)
        method = options.method

        json_data = options.json_data
        if options.extra_json is not None:
            if json_data is None:
                json_data = dict(options.extra_json)
            elif isinstance(json_data, Mapping):
                json_data = {**cast(Mapping[str, object], json_data), **options.extra_json}
            else:
                raise RuntimeError(f"Unexpected JSON data type, {type(json_data)}, cannot merge with `extra_body`")

        kwargs: Dict[str, Any] = {}
        files: Optional[Any] = options.files
        content_type_key = next((k for k in headers if k.lower() == "content-type"), None)
        content_type = headers[content_type_key] if content_type_key is not None else None
        if (
            content_type_key is not None
            and content_type is not None
            and content_type.split(";", 1)[0].strip() == "multipart/form-data"
        ):
            if "boundary" not in content_type:
                # httpx writes the header itself, with the boundary it chose.
                del headers[content_type_key]
            if json_data is not None:
                if not isinstance(json_data, Mapping):
                    raise TypeError(
                        f"Expected query input to be a dictionary for multipart requests but got {type(json_data)} instead."
                    )
                kwargs["data"] = self._serialize_multipartform(cast(Mapping[object, object], json_data))
                json_data = None
            if not files:
                files = _ForceMultipartDict()
        elif method.lower() == "get" and json_data is None and options.content is None:
            # A GET has no body, so it does not describe one (unless the caller insisted).
            custom: Mapping[str, Union[str, Omit]] = (
                options.headers if not isinstance(options.headers, NotGiven) else {}
            )
            if content_type_key is not None and not any(k.lower() == "content-type" for k in custom):
                del headers[content_type_key]

        params = options.params
        default_query = self.default_query
        if default_query:
            params = {**default_query, **params}

        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        client = self._client_for_build()
        try:
            if not client.cookies and not client.params:
                # Fast path, same result as `build_request` for a client without cookies or default params:
                # httpx's own header merge rescans the header list per header (quadratic), which costs more
                # than the rest of our request building together.
                return httpx.Request(
                    method,
                    self._prepare_url(options.url),
                    headers=self._httpx_headers(client, headers),
                    params=cast(Any, _qs.stringify_items(params)) if params else None,
                    json=json_data,
                    files=files,
                    content=cast(Any, options.content),
                    extensions={"timeout": httpx.Timeout(timeout).as_dict()},
                    **kwargs,
                )
            return client.build_request(
                method=method,
                url=self._prepare_url(options.url),
                headers=headers,
                params=cast(Any, _qs.stringify_items(params)) if params else None,
                json=json_data,
                files=files,
                content=cast(Any, options.content),
                timeout=timeout,
                **kwargs,
            )
        except TypeError:
            # The JSON encoder refused a value the params transform never saw (`extra_body`, custom
            # requests, a `uuid.UUID` in a body): say which key holds it instead of the bare encoder error.
            message = unsendable_json_message(json_data)
            if message is None:
                raise
            raise TypeError(message) from None

    def _client_for_build(self) -> Union[httpx.Client, httpx.AsyncClient]:
        raise NotImplementedError

    def _httpx_headers(self, client: Union[httpx.Client, httpx.AsyncClient], headers: Dict[str, str]) -> httpx.Headers:
        """The request's headers merged over the HTTP client's own, as an `httpx.Headers`.

        Normalising ~17 headers costs more than anything else we do per request, and they rarely
        change between calls, so the result is memoised (httpx copies a `Headers` argument cheaply).
        """
        client_raw = tuple(client.headers.raw)
        key = (client_raw, tuple(headers.items()))
        cache = self._headers_cache
        cached = cache.get(key)
        if cached is None:
            if len(cache) >= 64:
                cache.clear()
            merged = _merge_headers(dict(client.headers.items()), headers)
            cached = cache[key] = httpx.Headers(merged)
        return cached

    # ---- retries -----------------------------------------------------------------------------------------

    def _should_retry(self, response: httpx.Response) -> bool:
        should_retry_header = response.headers.get("x-should-retry")
        if should_retry_header == "true":
            logger.debug("Retrying as header `x-should-retry` is set to `true`")
            return True
        if should_retry_header == "false":
            logger.debug("Not retrying as header `x-should-retry` is set to `false`")
            return False
        status = response.status_code
        # Timeouts, lock conflicts, rate limits and server errors are worth another try.
        return status in (408, 409, 429) or status >= 500

    def _parse_retry_after_header(self, response_headers: Optional[httpx.Headers] = None) -> Optional[float]:
        """Seconds the server asked us to wait: `retry-after-ms`, then `retry-after` (seconds or HTTP date)."""
        if response_headers is None:
            return None
        retry_ms = response_headers.get("retry-after-ms")
        if retry_ms is not None:
            try:
                return float(retry_ms) / 1000
            except (TypeError, ValueError):
                pass
        retry_header = response_headers.get("retry-after")
        if retry_header is None:
            return None
        try:
            return float(retry_header)
        except (TypeError, ValueError):
            pass
        parsed = email.utils.parsedate_tz(retry_header)
        if parsed is None:
            return None
        return float(email.utils.mktime_tz(parsed) - time.time())

    def _calculate_retry_timeout(
        self,
        remaining_retries: int,
        options: FinalRequestOptions,
        response_headers: Optional[httpx.Headers],
        *,
        retries_taken: Optional[int] = None,
    ) -> float:
        retry_after = self._parse_retry_after_header(response_headers)
        if retry_after is not None and 0 < retry_after <= MAX_RETRY_AFTER:
            return retry_after
        # 0.5 s, 1 s, 2 s, ... capped at 8 s; jitter takes off up to a quarter so clients spread out.
        if retries_taken is None:
            retries_taken = options.get_max_retries(self.max_retries) - remaining_retries
        # (`max_retries=math.inf` makes the subtraction above NaN; the retry count is what matters.)
        attempt = min(retries_taken, 1000) if retries_taken == retries_taken else 0
        delay = min(INITIAL_RETRY_DELAY * pow(2.0, attempt), MAX_RETRY_DELAY)
        jitter = 1 - 0.25 * random.random()
        return max(delay * jitter, 0.0)

    def _idempotency_key(self) -> str:
        return f"stainless-python-retry-{uuid.uuid4()}"

    def _maybe_override_cast_to(self, cast_to: Type[ResponseT], options: FinalRequestOptions) -> Type[ResponseT]:
        """A streaming wrapper may carry its response class in a pseudo-header; take it out and use it."""
        headers = options.headers
        if isinstance(headers, NotGiven) or OVERRIDE_CAST_TO_HEADER not in headers:
            return cast_to
        remaining = dict(headers)
        override_cast_to = remaining.pop(OVERRIDE_CAST_TO_HEADER)
        options.headers = remaining
        return cast(Type[ResponseT], override_cast_to)

    def _send_kwargs(
        self, client: Union[httpx.Client, httpx.AsyncClient], options: FinalRequestOptions
    ) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {}
        auth = self.custom_auth
        if auth is not None:
            # Only when set: passing None would switch off an `auth=` configured on the user's http_client.
            kwargs["auth"] = auth
        follow = options.follow_redirects
        kwargs["follow_redirects"] = follow if follow is not None else client.follow_redirects
        return kwargs

    def _prepare_attempt_options(self, input_options: FinalRequestOptions) -> FinalRequestOptions:
        return self._prepare_options(input_options.copy())

    # ---- errors ------------------------------------------------------------------------------------------

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        raise NotImplementedError()

    def _response_wrapper(
        self,
        *,
        cast_to: Type[Any],
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Optional[Type[Any]],
        retries_taken: int,
    ) -> Optional[object]:
        """The wrapper the caller asked for, handed back as is: the legacy raw response for `.with_raw_response`,
        or a response class given as `cast_to`. None means: the twin's default response class parses the body.

        One decision for both twins, so the sync and async clients cannot drift apart on it."""
        if response.request.headers.get(RAW_RESPONSE_HEADER) == "true":
            from ._legacy_response import LegacyAPIResponse

            return LegacyAPIResponse(
                raw=response,
                client=self,
                cast_to=cast_to,
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
            )
        origin = _get_origin(cast_to)
        if inspect.isclass(origin) and issubclass(origin, _response_classes().BaseAPIResponse):
            return cast(Any, cast_to)(
                raw=response,
                client=self,
                cast_to=_response_type_of(cast_to),
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
            )
        return None

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        if response.is_closed and not response.is_stream_consumed:
            # The body was never read (a streamed answer closed early): we have only the status.
            body = None
            err_msg = f"Error code: {response.status_code}"
        else:
            err_text = response.text.strip()
            body: object = err_text
            try:
                body = json.loads(err_text)
                err_msg = f"Error code: {response.status_code} - {body}"
            except Exception:
                err_msg = err_text or f"Error code: {response.status_code}"
        return self._make_status_error(err_msg, body=body, response=response)

    # ---- pickling ----------------------------------------------------------------------------------------

    def __getstate__(self) -> Dict[str, Any]:
        # Connections cannot cross processes: drop the HTTP client, the unpickled copy builds a new one.
        state = self.__dict__.copy()
        state["_http_client"] = None
        state["_owns_http_client"] = True
        state["_url_cache"] = None
        state["_headers_cache"] = {}
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)

    @override
    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} base_url={str(self.base_url)!r}>"


def _response_classes() -> Any:
    from . import _response  # pyright: ignore[reportPrivateUsage]

    return _response


# ----------------------------------------------------------------------------------------------------------
# Sync client
# ----------------------------------------------------------------------------------------------------------

_lazy_client_lock = threading.Lock()


class SyncAPIClient(BaseClient[httpx.Client, "Stream[Any]"]):
    _http_client: Optional[httpx.Client]

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.Client` but got {type(http_client)}"
            )
        if isinstance(timeout, NotGiven):
            # Respect a timeout configured on the user's own client, unless it is httpx's default.
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = DEFAULT_TIMEOUT
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
        )
        # Built on first use: constructing a client stays cheap, and copies share one pool.
        self._http_client = http_client
        self._owns_http_client = http_client is None

    @property
    def _client(self) -> httpx.Client:
        client = self._http_client
        if client is None:
            with _lazy_client_lock:
                client = self._http_client
                if client is None:
                    client = self._http_client = owned_sync_client(timeout=cast(Any, self.timeout))
        return client

    @_client.setter
    def _client(self, value: httpx.Client) -> None:
        self._http_client = value

    @override
    def _client_for_build(self) -> httpx.Client:
        return self._client

    def is_closed(self) -> bool:
        return self._http_client is not None and self._http_client.is_closed

    def close(self) -> None:
        """Close the underlying HTTP client, a passed-in `http_client` included: the client is not usable after this.

        Only garbage collection is limited to the pool this client created itself."""
        # `self._client` builds the pool if no request was made yet: a closed client must report
        # `is_closed()` and refuse requests, as the official SDK's eagerly built client does.
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def _refresh_api_key(self) -> None:
        """Hook: re-read a callable credential before each attempt."""
        return None

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT | _StreamT: ...

    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT | _StreamT:
        cast_to = self._maybe_override_cast_to(cast_to, options)
        input_options = options.copy()
        if self._idempotency_header and input_options.idempotency_key is None and input_options.method.lower() != "get":
            # One key for all attempts, so the server can tell a retry from a new request.
            input_options.idempotency_key = self._idempotency_key()

        max_retries = input_options.get_max_retries(self.max_retries)
        client = self._client
        retries_taken = 0
        while True:
            attempt_options = self._prepare_attempt_options(input_options)
            self._refresh_api_key()
            remaining = max_retries - retries_taken
            request = self._build_request(attempt_options, retries_taken=retries_taken)
            self._prepare_request(request)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("Sending HTTP Request: %s %s", request.method, request.url)

            response: Optional[httpx.Response] = None
            try:
                response = client.send(request, stream=True, **self._send_kwargs(client, attempt_options))
                # Read the body inside the loop: a reset or truncated body is then retried like any
                # connection failure. Streams keep their body unread, except error answers.
                if not _is_success(response.status_code) or not (stream or _streams_body(request)):
                    response.read()
            except Exception as err:
                if response is not None:
                    response.close()
                timed_out = isinstance(err, httpx.TimeoutException)
                logger.debug("Encountered %s", "httpx.TimeoutException" if timed_out else "Exception", exc_info=True)
                if remaining > 0:
                    self._sleep_for_retry(remaining, attempt_options, None, request.url, retries_taken)
                    retries_taken += 1
                    continue
                if timed_out:
                    raise APITimeoutError(request=request) from err
                logger.debug("Raising connection error")
                raise APIConnectionError(request=request) from err

            logger.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                response.headers,
            )
            if not _is_success(response.status_code):
                if remaining > 0 and self._should_retry(response):
                    response.close()
                    self._sleep_for_retry(remaining, attempt_options, response.headers, request.url, retries_taken)
                    retries_taken += 1
                    continue
                logger.debug("Re-raising status error")
                raise self._make_status_error_from_response(response) from None
            break

        try:
            return self._process_response(
                cast_to=cast_to,
                options=attempt_options,
                response=response,
                stream=stream,
                stream_cls=stream_cls,
                retries_taken=retries_taken,
            )
        except BaseException:
            # A stream nobody will consume must not keep its connection checked out of the pool.
            response.close()
            raise

    def _sleep_for_retry(
        self,
        remaining: int,
        options: FinalRequestOptions,
        response_headers: Optional[httpx.Headers],
        url: httpx.URL,
        retries_taken: int,
    ) -> None:
        timeout = self._calculate_retry_timeout(remaining, options, response_headers, retries_taken=retries_taken)
        logger.info("Retrying request to %s in %f seconds", url.path, timeout)
        self._sleep(timeout)

    def _process_response(
        self,
        *,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Optional[Type[Any]],
        retries_taken: int = 0,
    ) -> ResponseT:
        wrapper = self._response_wrapper(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
        )
        if wrapper is not None:
            return cast(ResponseT, wrapper)

        api_response = _response_classes().APIResponse(
            raw=response,
            client=self,
            cast_to=cast_to,
            stream=stream,
            stream_cls=stream_cls,
            options=options,
            retries_taken=retries_taken,
        )
        if response.request.headers.get(RAW_RESPONSE_HEADER) == "stream":
            return cast(ResponseT, api_response)
        return cast(ResponseT, api_response.parse())

    def _request_api_list(self, model: Type[object], page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT:
        def _parser(resp: SyncPageT) -> SyncPageT:
            cast(Any, resp)._set_private_attributes(client=self, model=model, options=options)
            return resp

        options.post_parser = _parser
        return self.request(page, options, stream=False)

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT | _StreamT: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT | _StreamT:
        opts = FinalRequestOptions.construct(method="get", url=path, **options)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        files: Optional[RequestFiles] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        files: Optional[RequestFiles] = None,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        files: Optional[RequestFiles] = None,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT | _StreamT: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> ResponseT | _StreamT:
        opts = FinalRequestOptions.construct(
            method="post", url=path, json_data=body, content=content, files=_to_httpx_files(files), **options
        )
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="patch", url=path, json_data=body, content=content, files=_to_httpx_files(files), **options
        )
        return self.request(cast_to, opts)

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="put", url=path, json_data=body, content=content, files=_to_httpx_files(files), **options
        )
        return self.request(cast_to, opts)

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="delete", url=path, json_data=body, content=content, **options)
        return self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[object] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        method: str = "get",
    ) -> SyncPageT:
        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return self._request_api_list(model, page, opts)


# ----------------------------------------------------------------------------------------------------------
# Async client (twin of SyncAPIClient)
# ----------------------------------------------------------------------------------------------------------


class AsyncAPIClient(BaseClient[httpx.AsyncClient, "AsyncStream[Any]"]):
    _http_client: Optional[httpx.AsyncClient]

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` but got {type(http_client)}"
            )
        if isinstance(timeout, NotGiven):
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = DEFAULT_TIMEOUT
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
        )
        self._http_client = http_client
        self._owns_http_client = http_client is None

    @property
    def _client(self) -> httpx.AsyncClient:
        client = self._http_client
        if client is None:
            with _lazy_client_lock:
                client = self._http_client
                if client is None:
                    client = self._http_client = owned_async_client(timeout=cast(Any, self.timeout))
        return client

    @_client.setter
    def _client(self, value: httpx.AsyncClient) -> None:
        self._http_client = value

    @override
    def _client_for_build(self) -> httpx.AsyncClient:
        return self._client

    @override
    def _async_library(self) -> Optional[str]:
        try:
            return sniffio.current_async_library()
        except sniffio.AsyncLibraryNotFoundError:
            return "asyncio"

    def is_closed(self) -> bool:
        return self._http_client is not None and self._http_client.is_closed

    async def close(self) -> None:
        """Close the underlying HTTP client, a passed-in `http_client` included: the client is not usable after this.

        Only garbage collection is limited to the pool this client created itself."""
        # Built if need be, like the sync twin: a closed client reports `is_closed()` and refuses requests.
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _refresh_api_key(self) -> None:
        """Hook: re-read a callable credential before each attempt."""
        return None

    async def _sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT | _AsyncStreamT: ...

    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT | _AsyncStreamT:
        cast_to = self._maybe_override_cast_to(cast_to, options)
        input_options = options.copy()
        if self._idempotency_header and input_options.idempotency_key is None and input_options.method.lower() != "get":
            # One key for all attempts, so the server can tell a retry from a new request.
            input_options.idempotency_key = self._idempotency_key()

        max_retries = input_options.get_max_retries(self.max_retries)
        client = self._client
        retries_taken = 0
        while True:
            attempt_options = self._prepare_attempt_options(input_options)
            await self._refresh_api_key()
            remaining = max_retries - retries_taken
            request = self._build_request(attempt_options, retries_taken=retries_taken)
            self._prepare_request(request)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("Sending HTTP Request: %s %s", request.method, request.url)

            response: Optional[httpx.Response] = None
            try:
                response = await client.send(request, stream=True, **self._send_kwargs(client, attempt_options))
                if not _is_success(response.status_code) or not (stream or _streams_body(request)):
                    await response.aread()
            except Exception as err:
                if response is not None:
                    await response.aclose()
                timed_out = isinstance(err, httpx.TimeoutException)
                logger.debug("Encountered %s", "httpx.TimeoutException" if timed_out else "Exception", exc_info=True)
                if remaining > 0:
                    await self._sleep_for_retry(remaining, attempt_options, None, request.url, retries_taken)
                    retries_taken += 1
                    continue
                if timed_out:
                    raise APITimeoutError(request=request) from err
                logger.debug("Raising connection error")
                raise APIConnectionError(request=request) from err

            logger.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                response.headers,
            )
            if not _is_success(response.status_code):
                if remaining > 0 and self._should_retry(response):
                    await response.aclose()
                    await self._sleep_for_retry(
                        remaining, attempt_options, response.headers, request.url, retries_taken
                    )
                    retries_taken += 1
                    continue
                logger.debug("Re-raising status error")
                raise self._make_status_error_from_response(response) from None
            break

        try:
            return await self._process_response(
                cast_to=cast_to,
                options=attempt_options,
                response=response,
                stream=stream,
                stream_cls=stream_cls,
                retries_taken=retries_taken,
            )
        except BaseException:
            # A stream nobody will consume must not keep its connection checked out of the pool.
            await response.aclose()
            raise

    async def _sleep_for_retry(
        self,
        remaining: int,
        options: FinalRequestOptions,
        response_headers: Optional[httpx.Headers],
        url: httpx.URL,
        retries_taken: int,
    ) -> None:
        timeout = self._calculate_retry_timeout(remaining, options, response_headers, retries_taken=retries_taken)
        logger.info("Retrying request to %s in %f seconds", url.path, timeout)
        await self._sleep(timeout)

    async def _process_response(
        self,
        *,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Optional[Type[Any]],
        retries_taken: int = 0,
    ) -> ResponseT:
        wrapper = self._response_wrapper(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
        )
        if wrapper is not None:
            return cast(ResponseT, wrapper)

        api_response = _response_classes().AsyncAPIResponse(
            raw=response,
            client=self,
            cast_to=cast_to,
            stream=stream,
            stream_cls=stream_cls,
            options=options,
            retries_taken=retries_taken,
        )
        if response.request.headers.get(RAW_RESPONSE_HEADER) == "stream":
            return cast(ResponseT, api_response)
        return cast(ResponseT, await api_response.parse())

    async def _request_api_list(
        self, model: Type[object], page: Type[AsyncPageT], options: FinalRequestOptions
    ) -> AsyncPageT:
        def _parser(resp: AsyncPageT) -> AsyncPageT:
            cast(Any, resp)._set_private_attributes(client=self, model=model, options=options)
            return resp

        options.post_parser = _parser
        return await self.request(page, options, stream=False)

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT | _AsyncStreamT: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT | _AsyncStreamT:
        opts = FinalRequestOptions.construct(method="get", url=path, **options)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT | _AsyncStreamT: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> ResponseT | _AsyncStreamT:
        opts = FinalRequestOptions.construct(
            method="post",
            url=path,
            json_data=body,
            content=content,
            files=await _async_to_httpx_files(files),
            **options,
        )
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="patch",
            url=path,
            json_data=body,
            content=content,
            files=await _async_to_httpx_files(files),
            **options,
        )
        return await self.request(cast_to, opts)

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="put", url=path, json_data=body, content=content, files=await _async_to_httpx_files(files), **options
        )
        return await self.request(cast_to, opts)

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[object] = None,
        content: Optional[RequestContent] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="delete", url=path, json_data=body, content=content, **options)
        return await self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[object] = None,
        options: RequestOptions = {},  # noqa: B006 - never mutated; the official signature
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """Return an `AsyncPaginator`: `await` it for the first page, or `async for` over every item."""
        from ._pages import AsyncPaginator

        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return AsyncPaginator(client=self, options=opts, page_cls=page, model=model)


# ----------------------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------------------


def _get_origin(tp: object) -> object:
    from typing_extensions import get_origin

    return get_origin(tp) or tp


def _response_type_of(response_cls: object) -> object:
    """`APIResponse[Foo]` -> `Foo` (the type the response class parses to)."""
    _response = _response_classes()
    extract = getattr(_response, "extract_response_type", None)
    if extract is not None:
        return extract(response_cls)
    from typing_extensions import get_args

    args = get_args(response_cls)
    return args[0] if args else object


def _to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxRequestFiles]:
    if files is None:
        return None
    from ._files import to_httpx_files  # pyright: ignore[reportUnknownVariableType]

    return to_httpx_files(files)


async def _async_to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxRequestFiles]:
    if files is None:
        return None
    from ._files import async_to_httpx_files  # pyright: ignore[reportUnknownVariableType]

    return await async_to_httpx_files(files)


def __getattr__(name: str) -> Any:
    # `AsyncPaginator` lives with the pages; re-exported lazily to keep the import graph acyclic.
    if name == "AsyncPaginator":
        from ._pages import AsyncPaginator

        return AsyncPaginator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
