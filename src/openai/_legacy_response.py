"""The raw response of `.with_raw_response`, and the binary content class of binary endpoints.

Package-internal API:

- `LegacyAPIResponse`: one class for sync and async clients. The body is already read by the client, so
  `parse()` (cached per type, `parse(to=...)`), `text`, `content` and `json()` are plain synchronous calls
  even on the async client; for `stream=True` requests `parse()` returns the `Stream` / `AsyncStream`.
- `HttpxBinaryResponseContent`: the `cast_to` of binary endpoints (audio speech, file content).
- `to_raw_response_wrapper` / `async_to_raw_response_wrapper`: add `X-Stainless-Raw-Response: true`, which
  makes the client return a `LegacyAPIResponse`.

Parsing itself is `openai._response.parse_response`, shared with `APIResponse`.
"""

from __future__ import annotations

import os
import datetime
import functools
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Type,
    Union,
    Generic,
    TypeVar,
    Callable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
    overload,
)

import httpx
from typing_extensions import ParamSpec, override, deprecated

from ._constants import RAW_RESPONSE_HEADER

if TYPE_CHECKING:
    from ._streaming import Stream, AsyncStream
    from ._base_client import BaseClient
    from ._request_options import FinalRequestOptions

__all__ = [
    "LegacyAPIResponse",
    "HttpxBinaryResponseContent",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")


class LegacyAPIResponse(Generic[R]):
    """A response whose body has been read; `parse()` gives the method's usual return value."""

    _cast_to: Type[R]
    _client: Any
    _parsed_by_type: Dict[Any, Any]
    _stream: bool
    _stream_cls: Optional[Type[Any]]
    _options: FinalRequestOptions
    http_response: httpx.Response
    retries_taken: int

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: type[R],
        client: BaseClient[Any, Any],
        stream: bool,
        stream_cls: type[Stream[Any]] | type[AsyncStream[Any]] | None,
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self._cast_to = cast_to
        self._client = client
        self._parsed_by_type = {}
        self._stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

    @property
    def request_id(self) -> Optional[str]:
        return self.http_response.headers.get("x-request-id")

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> R | _T:
        """The body as the method's return type (or `to`), cached per type; synchronous on both clients."""
        from ._response import _finish_parse, parse_response  # pyright: ignore[reportPrivateUsage]

        cache_key = to if to is not None else self._cast_to
        cached = self._parsed_by_type.get(cache_key)
        if cached is not None:
            return cast(Union[R, _T], cached)
        parsed = parse_response(
            response=self.http_response,
            cast_to=self._cast_to,
            client=self._client,
            stream=self._stream,
            stream_cls=self._stream_cls,
            options=self._options,
            to=to,
        )
        parsed = _finish_parse(parsed, options=self._options, response=self.http_response)
        self._parsed_by_type[cache_key] = parsed
        return cast(Union[R, _T], parsed)

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def content(self) -> bytes:
        """The raw body bytes."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body decoded as text."""
        return self.http_response.text

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    def json(self) -> object:
        """The body decoded as JSON (undecodable JSON raises `APIResponseValidationError`)."""
        from ._response import decode_json_body

        return decode_json_body(self.http_response)

    @override
    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )


_STREAM_TO_FILE_DEPRECATION = (
    "Due to a bug, this method doesn't actually stream the response content, "
    "`.with_streaming_response.method()` should be used instead"
)


class HttpxBinaryResponseContent:
    """The body of a binary endpoint, with httpx-style accessors and file helpers."""

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to `file`."""
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes():
                f.write(data)

    # The official SDK warns here (users see this exact text): the body is already in memory on this class.
    @deprecated(_STREAM_TO_FILE_DEPRECATION)
    def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Write the body to `file` chunk by chunk (the body is already in memory on this class:
        use `.with_streaming_response` to stream from the network)."""
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes(chunk_size):
                f.write(data)

    def close(self) -> None:
        return self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes(chunk_size)

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return self.response.aiter_text(chunk_size)

    async def aiter_lines(self) -> AsyncIterator[str]:
        return self.response.aiter_lines()

    async def aiter_raw(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.response.aiter_raw(chunk_size)

    @deprecated(_STREAM_TO_FILE_DEPRECATION)
    async def astream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.response.aiter_bytes(chunk_size):
                await f.write(data)

    async def aclose(self) -> None:
        return await self.response.aclose()


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, LegacyAPIResponse[R]]:
    """Wrap a resource method so it returns the `LegacyAPIResponse` instead of the parsed value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        extra_headers: Dict[str, Any] = {**(cast(Any, kwargs.get("extra_headers")) or {}), RAW_RESPONSE_HEADER: "true"}
        kwargs["extra_headers"] = extra_headers
        return cast(LegacyAPIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[LegacyAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        extra_headers: Dict[str, Any] = {**(cast(Any, kwargs.get("extra_headers")) or {}), RAW_RESPONSE_HEADER: "true"}
        kwargs["extra_headers"] = extra_headers
        return cast(LegacyAPIResponse[R], await func(*args, **kwargs))

    return wrapped
