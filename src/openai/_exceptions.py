"""The SDK's one exception tree.

```
Exception
 +-- OpenAIError
 |    +-- APIError                      message, request, body; code/param/type read from the body
 |    |    +-- APIStatusError           response, status_code, request_id  (any non-2xx answer)
 |    |    |    +-- BadRequestError            400
 |    |    |    +-- AuthenticationError        401
 |    |    |    |    +-- OAuthError            401 from a token exchange
 |    |    |    +-- PermissionDeniedError      403
 |    |    |    +-- NotFoundError              404
 |    |    |    +-- ConflictError              409
 |    |    |    +-- UnprocessableEntityError   422
 |    |    |    +-- RateLimitError             429
 |    |    |    +-- InternalServerError        >= 500
 |    |    +-- APIConnectionError       no usable answer (DNS, reset, truncated body, ...)
 |    |    |    +-- APITimeoutError
 |    |    +-- APIResponseValidationError  a 2xx answer the SDK could not read as the expected type
 |    +-- LengthFinishReasonError       structured-output parse stopped by max tokens
 |    +-- ContentFilterFinishReasonError
 |    +-- WebSocketConnectionClosedError
 |    +-- WebSocketQueueFullError
 +-- ValueError
      +-- InvalidWebhookSignatureError
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

import httpx
from typing_extensions import Literal

if TYPE_CHECKING:
    from .types.chat import ChatCompletion

__all__ = [
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "OAuthError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
]


class OpenAIError(Exception):
    pass


def _str_or_none(body: object, key: str) -> Optional[str]:
    if isinstance(body, dict):
        # Kept as the API sent it, as the official SDK does (a numeric `code` stays a number):
        # the annotation says what the API documents, not a filter.
        return cast(Optional[str], cast("dict[str, object]", body).get(key))
    return None


class APIError(OpenAIError):
    message: str
    request: httpx.Request

    body: object | None
    """The decoded API error: the `error` object of the JSON answer, the whole JSON if it has none,
    the raw text if it is not JSON, or `None` when there was no answer."""

    code: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str]

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        self.code = _str_or_none(body, "code")
        self.param = _str_or_none(body, "param")
        self.type = _str_or_none(body, "type")


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """Raised when the API answers with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    pass


class OAuthError(AuthenticationError):
    """A 401 from an OAuth token exchange; `error` is the OAuth error code (`invalid_grant`, ...)."""

    error: Optional[str]

    def __init__(self, *, response: httpx.Response, body: object | None) -> None:
        error = _str_or_none(body, "error")
        description = _str_or_none(body, "error_description")
        message = f"OAuth error: {error or 'unknown'}" + (f" - {description}" if description else "")
        super().__init__(message, response=response, body=body)
        self.error = error


class LengthFinishReasonError(OpenAIError):
    completion: ChatCompletion
    """The completion that hit the length limit (its `usage` says how far it got)."""

    def __init__(self, *, completion: ChatCompletion) -> None:
        usage = cast(Any, completion).usage
        msg = "Could not parse response content as the length limit was reached"
        if usage is not None:
            msg += f" - {usage}"
        super().__init__(msg)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    def __init__(self) -> None:
        super().__init__("Could not parse response content as the request was rejected by the content filter")


class InvalidWebhookSignatureError(ValueError):
    """Raised when a webhook payload's signature or timestamp does not verify."""


class WebSocketConnectionClosedError(OpenAIError):
    unsent_messages: list[str]
    """Messages queued for sending that the closed connection never delivered."""

    def __init__(self, message: str, *, unsent_messages: list[str]) -> None:
        super().__init__(message)
        self.unsent_messages = unsent_messages


class WebSocketQueueFullError(OpenAIError):
    """Raised when the outgoing message queue of a Realtime connection is full."""
