"""The OpenAI Python SDK.

The public names below are the package's surface (pinned by tests/test_exported_members.py).
Heavy or optional pieces (Azure clients, helpers, Realtime reconnection types, the module-level
client's resources) load on first attribute access so that `import openai` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any as _Any

from . import auth as auth, types as types, version as version
from ._files import file_from_path
from ._types import (
    NOT_GIVEN,
    Omit,
    Timeout,
    NoneType,
    NotGiven,
    Transport,
    ProxiesTypes,
    RequestOptions,
    omit,
    not_given,
)
from ._client import Client, OpenAI, AsyncClient, AsyncOpenAI
from ._models import BaseModel
from ._version import __title__ as __title__, __version__ as __version__
from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
from ._constants import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_CONNECTION_LIMITS
from ._streaming import Stream, AsyncStream
from ._exceptions import (
    APIError,
    OAuthError,
    OpenAIError,
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    APITimeoutError,
    BadRequestError,
    APIConnectionError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    LengthFinishReasonError,
    WebSocketQueueFullError,
    UnprocessableEntityError,
    APIResponseValidationError,
    InvalidWebhookSignatureError,
    ContentFilterFinishReasonError,
    WebSocketConnectionClosedError,
)
from ._base_client import DefaultHttpxClient, DefaultAioHttpClient, DefaultAsyncHttpxClient
from ._legacy_response import HttpxBinaryResponseContent as HttpxBinaryResponseContent

VERSION: str = __version__

__all__ = [
    "types",
    "__version__",
    "VERSION",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
    "OAuthError",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
    "Timeout",
    "RequestOptions",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "OpenAI",
    "AsyncOpenAI",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "APIResponse",
    "AsyncAPIResponse",
    "HttpxBinaryResponseContent",
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "pydantic_function_tool",
    "ReconnectingEvent",
    "ReconnectingOverrides",
]

if TYPE_CHECKING:
    from .lib.azure import AzureOpenAI as AzureOpenAI, AsyncAzureOpenAI as AsyncAzureOpenAI
    from .lib._tools import pydantic_function_tool as pydantic_function_tool
    from .lib.realtime._reconnect import (
        ReconnectingEvent as ReconnectingEvent,
        ReconnectingOverrides as ReconnectingOverrides,
    )
    from .lib.streaming._assistants import (
        AssistantEventHandler as AssistantEventHandler,
        AsyncAssistantEventHandler as AsyncAssistantEventHandler,
    )

# Names loaded on first access: name -> (module, attribute).
_LAZY_EXPORTS: dict[str, tuple[str, str]] = {
    "AzureOpenAI": ("openai.lib.azure", "AzureOpenAI"),
    "AsyncAzureOpenAI": ("openai.lib.azure", "AsyncAzureOpenAI"),
    "pydantic_function_tool": ("openai.lib._tools", "pydantic_function_tool"),
    "ReconnectingEvent": ("openai.lib.realtime._reconnect", "ReconnectingEvent"),
    "ReconnectingOverrides": ("openai.lib.realtime._reconnect", "ReconnectingOverrides"),
    "AssistantEventHandler": ("openai.lib.streaming._assistants", "AssistantEventHandler"),
    "AsyncAssistantEventHandler": ("openai.lib.streaming._assistants", "AsyncAssistantEventHandler"),
    # v0 names that now raise a helpful error on use (see lib/_old_api.py)
    "Audio": ("openai.lib._old_api", "Audio"),
    "ChatCompletion": ("openai.lib._old_api", "ChatCompletion"),
    "Completion": ("openai.lib._old_api", "Completion"),
    "Customer": ("openai.lib._old_api", "Customer"),
    "Deployment": ("openai.lib._old_api", "Deployment"),
    "Edit": ("openai.lib._old_api", "Edit"),
    "Embedding": ("openai.lib._old_api", "Embedding"),
    "Engine": ("openai.lib._old_api", "Engine"),
    "ErrorObject": ("openai.lib._old_api", "ErrorObject"),
    "File": ("openai.lib._old_api", "File"),
    "FineTune": ("openai.lib._old_api", "FineTune"),
    "FineTuningJob": ("openai.lib._old_api", "FineTuningJob"),
    "Image": ("openai.lib._old_api", "Image"),
    "Model": ("openai.lib._old_api", "Model"),
    "Moderation": ("openai.lib._old_api", "Moderation"),
}

# Re-label the core's public classes so tracebacks and reprs show `openai.X`, as users expect.
for _name in (
    "OpenAIError", "APIError", "APIStatusError", "APITimeoutError", "APIConnectionError",
    "APIResponseValidationError", "BadRequestError", "AuthenticationError", "PermissionDeniedError",
    "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
    "LengthFinishReasonError", "ContentFilterFinishReasonError", "InvalidWebhookSignatureError", "OAuthError",
    "WebSocketConnectionClosedError", "WebSocketQueueFullError", "OpenAI", "AsyncOpenAI", "Stream", "AsyncStream",
    "BaseModel", "NotGiven", "Omit", "RequestOptions", "DefaultHttpxClient", "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient", "file_from_path",
):  # fmt: skip
    try:
        globals()[_name].__module__ = "openai"
    except (TypeError, AttributeError):  # pragma: no cover - builtins or aliases
        pass

# ---- module-level client (see _module_client.py) ----
from ._module_client import *  # noqa: E402,F401,F403
from ._module_client import __getattr__ as _module_client_getattr  # noqa: E402

# Subpackages reachable as attributes without importing them at `import openai`.
_LAZY_SUBMODULES = frozenset({"lib", "resources", "pagination"})


def __getattr__(name: str) -> _Any:
    if name in _LAZY_SUBMODULES:
        import importlib

        return importlib.import_module(f"openai.{name}")
    target = _LAZY_EXPORTS.get(name)
    if target is not None:
        import importlib

        value = getattr(importlib.import_module(target[0]), target[1])
        globals()[name] = value
        return value
    return _module_client_getattr(name)
