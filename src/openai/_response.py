"""Response wrappers for `.with_streaming_response` (and the parsing core shared with the legacy raw response).

Package-internal API:

- `BaseAPIResponse`, `APIResponse`, `AsyncAPIResponse`: built by the client as
  `APIResponse(raw=, cast_to=, client=, stream=, stream_cls=, options=, retries_taken=)`. The body is not
  read until asked (`read`, `text`, `json`, `parse`, `iter_bytes`, `iter_text`, `iter_lines`); on the
  async class these are coroutines / async iterators. `parse(to=...)` is cached per target type.
- `BinaryAPIResponse`, `StreamedBinaryAPIResponse` and async twins: `write_to_file` / `stream_to_file`.
- `ResponseContextManager` / `AsyncResponseContextManager`: close the response when the block is left.
- `to_streamed_response_wrapper`, `async_to_streamed_response_wrapper`, `to_custom_streamed_response_wrapper`,
  `async_to_custom_streamed_response_wrapper`: what generated `with_streaming_response` classes wrap
  methods with (they add `X-Stainless-Raw-Response: stream`, plus the response class to build for the
  custom variants).
- `parse_response(...)`: the one implementation of "HTTP response -> `cast_to`", also used by
  `LegacyAPIResponse`; `extract_response_type`, `extract_stream_chunk_type`.

Errors while parsing: a 2xx body that is not valid JSON (or not UTF-8) raises `APIResponseValidationError`
carrying the response; a reset or timeout while reading the body raises `APIConnectionError` /
`APITimeoutError`.
"""

from __future__ import annotations

import gc
import os
import inspect
import datetime
import functools
from types import TracebackType
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
    Generator,
    AsyncIterator,
    cast,
    overload,
)
from contextlib import contextmanager

import httpx
import jiter
import pydantic
from typing_extensions import ParamSpec, override

from ._types import NoneType, ModelBuilderProtocol
from ._compat import get_args, get_origin
from ._models import BaseModel, validate_type, construct_owned, is_basemodel_type
from ._constants import RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER
from ._streaming import Stream, AsyncStream
from ._exceptions import OpenAIError, APITimeoutError, APIConnectionError, APIResponseValidationError

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._request_options import FinalRequestOptions

__all__ = [
    "BaseAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "StreamAlreadyConsumed",
    "MissingStreamClassError",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
    "parse_response",
    "extract_response_type",
    "extract_stream_chunk_type",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")


class StreamAlreadyConsumed(OpenAIError):
    """The body was already consumed by an `iter_*` call, so it cannot be read again."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream content, but the content has already been streamed. "
            "This could be due to attempting to stream the response content more than once."
        )


class MissingStreamClassError(TypeError):
    def __init__(self) -> None:
        super().__init__(
            "The `stream` argument was set to `True` but the `stream_cls` argument was not given. "
            "See `openai._streaming` for reference"
        )


# ---------------------------------------------------------------------------------------------------
# Parsing core (shared with the legacy response)


def extract_response_type(response_cls: Any) -> Any:
    """`APIResponse[Foo]` -> `Foo`; `StreamedBinaryAPIResponse` (an `APIResponse[bytes]`) -> `bytes`."""
    args = get_args(response_cls)
    if args:
        return args[0]
    for base in getattr(get_origin(response_cls) or response_cls, "__orig_bases__", ()):
        origin = get_origin(base)
        if inspect.isclass(origin) and issubclass(origin, (BaseAPIResponse, _legacy_base())):
            base_args = get_args(base)
            if base_args and not isinstance(base_args[0], TypeVar):
                return base_args[0]
    return object


def _legacy_base() -> type:
    from ._legacy_response import LegacyAPIResponse

    return LegacyAPIResponse


def extract_stream_chunk_type(stream_cls: Any) -> Any:
    """`Stream[ChatCompletionChunk]` (or a subclass of a parametrised stream) -> `ChatCompletionChunk`."""
    args = get_args(stream_cls)
    if args:
        return args[0]
    for base in getattr(stream_cls, "__orig_bases__", ()):
        base_args = get_args(base)
        origin = get_origin(base)
        if base_args and inspect.isclass(origin) and issubclass(origin, (Stream, AsyncStream)):
            return base_args[0]
    raise TypeError(f"Expected a parametrised stream class such as `Stream[Foo]`, got {stream_cls!r}")


def _is_stream_class(tp: Any) -> bool:
    origin = get_origin(tp) or tp
    return inspect.isclass(origin) and issubclass(origin, (Stream, AsyncStream))


def decode_json_body(response: httpx.Response) -> object:
    """Decode a (read) body as JSON; anything undecodable becomes `APIResponseValidationError`."""
    content = response.content
    try:
        return jiter.from_json(content)
    except ValueError as err:
        raise APIResponseValidationError(
            response=response,
            body=content.decode("utf-8", errors="replace"),
            message=f"The response body is not valid JSON: {err}",
        ) from err


def _decode_text(response: httpx.Response) -> str:
    try:
        return response.content.decode(response.encoding or "utf-8")
    except (UnicodeDecodeError, LookupError) as err:
        raise APIResponseValidationError(
            response=response,
            body=response.content.decode("utf-8", errors="replace"),
            message=f"The response body could not be decoded as text: {err}",
        ) from err


def _process_data(*, data: object, cast_to: Any, client: Any, response: httpx.Response) -> Any:
    if cast_to is object or cast_to is Any:
        return data
    if inspect.isclass(cast_to) and issubclass(cast_to, ModelBuilderProtocol):
        return cast(Any, cast_to).build(response=response, data=data)
    if getattr(client, "_strict_response_validation", False):
        try:
            return validate_type(type_=cast_to, value=data)
        except pydantic.ValidationError as err:
            raise APIResponseValidationError(response=response, body=data) from err
    return construct_owned(value=data, type_=cast_to)  # `data` was just decoded: nobody else holds it


def parse_response(
    *,
    response: httpx.Response,
    cast_to: Any,
    client: Any,
    stream: bool,
    stream_cls: Any,
    options: Any,
    to: Any = None,
) -> Any:
    """Turn a response into `to` (or `cast_to`): streams, scalars, binary wrappers, models, pages, unions."""
    target = to if to is not None else cast_to

    if stream:
        if to is not None:
            if not _is_stream_class(to):
                raise TypeError(f"Expected `to` to be a `Stream` or `AsyncStream` class, got {to!r}")
            cls: Any = to
        elif stream_cls is not None:
            cls = stream_cls
        else:
            cls = getattr(client, "_default_stream_cls", None)
            if cls is None:
                raise MissingStreamClassError()
            return cls(cast_to=cast_to, response=response, client=client, options=options)
        return cls(cast_to=extract_stream_chunk_type(cls), response=response, client=client, options=options)

    if target is None or target is NoneType:
        return None
    if target is str:
        return _decode_text(response)
    if target is bytes:
        return response.content
    if target in (int, float):
        text = _decode_text(response)
        try:
            return target(text)
        except ValueError as err:
            raise APIResponseValidationError(response=response, body=text, message=str(err)) from err
    if target is bool:
        return _decode_text(response).strip().lower() == "true"

    origin = get_origin(target) or target
    if inspect.isclass(origin):
        if origin is httpx.Response:
            return response
        from ._legacy_response import HttpxBinaryResponseContent

        if issubclass(origin, HttpxBinaryResponseContent):
            return target(response)
        if _is_stream_class(origin):
            raise TypeError("Use `stream=True` requests to get a stream; `parse(to=Stream[...])` needs one.")
        if issubclass(origin, (BaseAPIResponse, _legacy_base())):
            raise TypeError(f"Cannot parse a response into another response class ({target!r})")

    content_type = response.headers.get("content-type", "*").split(";")[0].strip()
    if not content_type.endswith("json"):
        if is_basemodel_type(target):
            # Some endpoints answer JSON with a generic content type: try before giving up.
            try:
                data = jiter.from_json(response.content)
            except ValueError:
                pass
            else:
                return _process_data(data=data, cast_to=target, client=client, response=response)
        if getattr(client, "_strict_response_validation", False):
            raise APIResponseValidationError(
                response=response,
                body=response.content.decode("utf-8", errors="replace"),
                message=f"Expected Content-Type response header to be `application/json` but received `{content_type}` instead.",
            )
        return _decode_text(response)

    with _gc_paused():
        data = decode_json_body(response)
        return _process_data(data=data, cast_to=target, client=client, response=response)


@contextmanager
def _gc_paused() -> Generator[None, None, None]:
    """Pause the cyclic garbage collector while a body is decoded and built into models.

    Building a large page allocates hundreds of thousands of containers, none of them garbage; each
    allocation threshold crossed triggers a collection that walks them all again, which made
    construction about twice as slow on a 20,000-item page. Nothing in between creates cycles.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _finish_parse(parsed: Any, *, options: Any, response: httpx.Response) -> Any:
    post_parser = getattr(options, "post_parser", None)
    if callable(post_parser):
        parsed = post_parser(parsed)
    if isinstance(parsed, BaseModel):
        parsed._request_id = response.headers.get("x-request-id")  # pyright: ignore[reportPrivateUsage]
    return parsed


@contextmanager
def _mapped_read_errors(request: httpx.Request) -> Generator[None, None, None]:
    """Reading the body after the headers: httpx errors become the SDK's connection errors."""
    try:
        yield
    except httpx.TimeoutException as err:
        raise APITimeoutError(request=request) from err
    except httpx.RequestError as err:
        raise APIConnectionError(
            message=f"Connection error while reading the response: {type(err).__name__}", request=request
        ) from err
    except httpx.StreamConsumed as err:
        raise StreamAlreadyConsumed() from err


# ---------------------------------------------------------------------------------------------------
# Response classes


class BaseAPIResponse(Generic[R]):
    """What both the sync and async response classes know without doing I/O."""

    _cast_to: Type[R]
    _client: Any
    _parsed_by_type: Dict[Any, Any]
    _is_sse_stream: bool
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
        self._is_sse_stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

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
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the body (available once the body is read)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        return self.http_response.headers.get("x-request-id")

    @override
    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )

    def _parse(self, *, to: Any = None) -> Any:
        cache_key = to if to is not None else self._cast_to
        try:
            return self._parsed_by_type[cache_key]
        except (KeyError, TypeError):
            pass
        parsed = parse_response(
            response=self.http_response,
            cast_to=self._cast_to,
            client=self._client,
            stream=self._is_sse_stream,
            stream_cls=self._stream_cls,
            options=self._options,
            to=to,
        )
        parsed = _finish_parse(parsed, options=self._options, response=self.http_response)
        try:
            self._parsed_by_type[cache_key] = parsed
        except TypeError:  # pragma: no cover - unhashable target type
            pass
        return parsed


class APIResponse(BaseAPIResponse[R]):
    """A response whose body is read only when asked (`with_streaming_response`)."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> R | _T:
        """The body as the method's return type (or `to`); cached per type.

        For `stream=True` requests this returns the `Stream` without reading the body.
        """
        if not self._is_sse_stream:
            self.read()
        return cast(Union[R, _T], self._parse(to=to))

    def read(self) -> bytes:
        """Read and return the whole body."""
        with _mapped_read_errors(self.http_request):
            return self.http_response.read()

    def text(self) -> str:
        self.read()
        return _decode_text(self.http_response)

    def json(self) -> object:
        self.read()
        return decode_json_body(self.http_response)

    def close(self) -> None:
        """Release the connection without reading the rest of the body."""
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in (decoded, e.g. gunzipped) chunks; consumes it."""
        with _mapped_read_errors(self.http_request):
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        with _mapped_read_errors(self.http_request):
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        with _mapped_read_errors(self.http_request):
            yield from self.http_response.iter_lines()


class AsyncAPIResponse(BaseAPIResponse[R]):
    """The async client's `with_streaming_response` response: reading methods are coroutines."""

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    async def parse(self) -> R: ...
    async def parse(self, *, to: Optional[Type[_T]] = None) -> R | _T:
        if not self._is_sse_stream:
            await self.read()
        return cast(Union[R, _T], self._parse(to=to))

    async def read(self) -> bytes:
        with _mapped_read_errors(self.http_request):
            return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return _decode_text(self.http_response)

    async def json(self) -> object:
        await self.read()
        return decode_json_body(self.http_response)

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        with _mapped_read_errors(self.http_request):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        with _mapped_read_errors(self.http_request):
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        with _mapped_read_errors(self.http_request):
            async for line in self.http_response.aiter_lines():
                yield line


class BinaryAPIResponse(APIResponse[bytes]):
    """A binary body (audio, file content) read through the streaming response API."""

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to `file` (streamed in chunks, so the body need not fit in memory twice)."""
        with open(file, mode="wb") as f:
            for data in self.iter_bytes():
                f.write(data)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes():
                await f.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Stream the body into `file` as it arrives."""
        with open(file, mode="wb") as f:
            for data in self.iter_bytes(chunk_size):
                f.write(data)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes(chunk_size):
                await f.write(data)


# ---------------------------------------------------------------------------------------------------
# Context managers and method wrappers


class ResponseContextManager(Generic[_APIResponseT]):
    """`with client.x.with_streaming_response.y() as response:` - the request is sent on enter, closed on exit."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self.__response: Optional[_APIResponseT] = None

    def __enter__(self) -> _APIResponseT:
        self.__response = self._request_func()
        return self.__response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if self.__response is not None:
            self.__response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    """`async with` twin of `ResponseContextManager`."""

    def __init__(self, api_request: Awaitable[_AsyncAPIResponseT]) -> None:
        self._api_request = api_request
        self.__response: Optional[_AsyncAPIResponseT] = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self.__response = await self._api_request
        return self.__response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if self.__response is not None:
            await self.__response.close()


def _with_headers(kwargs: Dict[str, Any], headers: Dict[str, Any]) -> Dict[str, Any]:
    extra_headers: Dict[str, Any] = {**(kwargs.get("extra_headers") or {}), **headers}
    return {**kwargs, "extra_headers": extra_headers}


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """Wrap a resource method so it returns a context manager around the unread `APIResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        new_kwargs = _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream"})
        make_request = functools.partial(func, *args, **new_kwargs)
        return ResponseContextManager(cast(Callable[[], APIResponse[R]], make_request))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        new_kwargs = _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream"})
        make_request = func(*args, **new_kwargs)
        return AsyncResponseContextManager(cast(Awaitable[AsyncAPIResponse[R]], make_request))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[P, object],
    response_cls: type[_APIResponseT],
) -> Callable[P, ResponseContextManager[_APIResponseT]]:
    """Like `to_streamed_response_wrapper`, but the client builds `response_cls` (e.g. a binary response)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[_APIResponseT]:
        new_kwargs = _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: response_cls})
        make_request = functools.partial(func, *args, **new_kwargs)
        return ResponseContextManager(cast(Callable[[], _APIResponseT], make_request))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[P, Awaitable[object]],
    response_cls: type[_AsyncAPIResponseT],
) -> Callable[P, AsyncResponseContextManager[_AsyncAPIResponseT]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[_AsyncAPIResponseT]:
        new_kwargs = _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: response_cls})
        make_request = func(*args, **new_kwargs)
        return AsyncResponseContextManager(cast(Awaitable[_AsyncAPIResponseT], make_request))

    return wrapped
