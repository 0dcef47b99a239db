"""Sentinels and type aliases shared by the runtime core and generated code.

`NotGiven` marks "argument not passed, use the client's setting" (mostly `timeout`), `Omit` marks
"leave this out of the request" (optional params, or removing a default header).
"""

from __future__ import annotations

import os
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
)

import httpx
import pydantic
from typing_extensions import Literal, Protocol, TypedDict, override, runtime_checkable

if TYPE_CHECKING:
    from ._models import BaseModel
    from ._response import APIResponse, AsyncAPIResponse

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "NoneType",
    "Headers",
    "HeadersLike",
    "HeadersLikeProtocol",
    "Query",
    "Body",
    "Timeout",
    "Transport",
    "AsyncTransport",
    "ProxiesTypes",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "HttpxFileContent",
    "HttpxFileTypes",
    "HttpxRequestFiles",
    "RequestContent",
    "SequenceNotStr",
    "SecurityOptions",
    "RequestOptions",
    "PostParser",
    "ModelT",
    "ResponseT",
    "ModelBuilderProtocol",
]

Transport = httpx.BaseTransport
AsyncTransport = httpx.AsyncBaseTransport
Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]
ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)
_T = TypeVar("_T")

NoneType: Type[None] = type(None)

# Aliases users import from the package: `Timeout` is httpx's own class, so `openai.Timeout(...)` builds one.
Timeout = httpx.Timeout
ProxiesTypes = Union[str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]]

# File uploads as users may pass them; the runtime normalises them to what httpx accepts.
if TYPE_CHECKING:
    Base64FileInput = Union[IO[bytes], "os.PathLike[str]"]
    FileContent = Union[IO[bytes], bytes, "os.PathLike[str]"]
else:
    Base64FileInput = Union[IO[bytes], os.PathLike]
    FileContent = Union[IO[bytes], bytes, os.PathLike]  # PathLike is not subscriptable at runtime on 3.8/3.9
FileTypes = Union[
    FileContent,  # file (or bytes)
    Tuple[Optional[str], FileContent],  # (filename, file)
    Tuple[Optional[str], FileContent, Optional[str]],  # (filename, file, content_type)
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],  # (filename, file, content_type, headers)
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]

# Raw request bodies accepted by `client.post(..., content=...)`.
RequestContent = Union[bytes, bytearray, IO[bytes], Iterable[bytes]]

_T_co = TypeVar("_T_co", covariant=True)

if TYPE_CHECKING:

    class SequenceNotStr(Protocol[_T_co]):
        """A sequence that is not a `str` (a `str` is a sequence of `str`, which is rarely what a list param means)."""

        def __getitem__(self, index: int, /) -> _T_co: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[_T_co]: ...
        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
        def count(self, value: Any, /) -> int: ...
        def __reversed__(self) -> Iterator[_T_co]: ...

else:
    # At runtime there is no way to tell str apart structurally; a plain Sequence is what validation sees.
    SequenceNotStr = Sequence


class NotGiven:
    """Marks an argument the caller did not pass, where `None` is a meaningful value.

    ```py
    client.with_options(timeout=None)  # no timeout at all
    client.with_options(timeout=NOT_GIVEN)  # the client's default timeout
    ```
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        # Pickle as the module-level singleton so identity checks survive a round trip.
        return "NOT_GIVEN"


not_given = NotGiven()
NOT_GIVEN = not_given


class Omit:
    """Marks a value to leave out of the request, e.g. removing a header the client sends by default.

    ```py
    client.with_options(default_headers={"OpenAI-Organization": omit})
    ```
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "Omit()"

    def __reduce__(self) -> str:
        return "omit"


omit = Omit()

Headers = Mapping[str, Union[str, Omit]]


class HeadersLikeProtocol(Protocol):
    """Anything with a case-insensitive `get`, e.g. `httpx.Headers` or a web framework's request headers."""

    def get(self, key: str) -> Optional[str]: ...


# What `client.webhooks.unwrap` / `verify_signature` accept as the delivery's headers.
HeadersLike = Union[Mapping[str, Union[str, Omit]], HeadersLikeProtocol]

# Which credential an operation sends; generated code passes `security="admin_api_key"` for admin endpoints.
SecurityOptions = Literal["api_key", "admin_api_key"]


class RequestOptions(TypedDict, total=False):
    """Per-request overrides accepted by every low-level request method (`client.get(..., options=...)`)."""

    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool
    security: SecurityOptions
    synthesize_event_and_data: bool


PostParser = Callable[[Any], Any]

if TYPE_CHECKING:
    ResponseT = TypeVar(
        "ResponseT",
        bound=Union[
            object,
            str,
            None,
            "BaseModel",
            List[Any],
            Dict[str, Any],
            httpx.Response,
            "APIResponse[Any]",
            "AsyncAPIResponse[Any]",
        ],
    )
else:
    ResponseT = TypeVar("ResponseT")


@runtime_checkable
class ModelBuilderProtocol(Protocol):
    """A class that builds itself from a parsed response (escape hatch for custom `cast_to` types)."""

    @classmethod
    def build(cls: type[_T], *, response: httpx.Response, data: object) -> _T: ...
