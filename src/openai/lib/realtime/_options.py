"""Options passed through to the `websockets` library's `connect()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from typing_extensions import TypedDict

from ._public import set_public_module

if TYPE_CHECKING:
    # Only for type checkers: `websockets` is an optional dependency.
    from websockets.typing import Subprotocol
    from websockets.extensions import ClientExtensionFactory

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]


class WebSocketConnectionOptions(TypedDict, total=False):
    """A subset of `websockets` connect() arguments; anything else given is passed through as well.

    The annotations stay strings (never evaluated at runtime), so the PEP 604 spelling is safe on Python 3.9."""

    extensions: Sequence[ClientExtensionFactory] | None
    subprotocols: Sequence[Subprotocol] | None
    compression: str | None
    max_size: int | None
    max_queue: int | None | tuple[int | None, int | None]
    write_limit: int | tuple[int, int | None]


# Older spelling kept as an alias.
WebsocketConnectionOptions = WebSocketConnectionOptions

# Public home: the types module that re-exports it (see `_public`).
set_public_module("openai.types.websocket_connection_options", WebSocketConnectionOptions)
