"""Options passed through to the `websockets` library's `connect()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Optional, Sequence

from typing_extensions import TypedDict

from ._public import set_public_module

if TYPE_CHECKING:
    # Only for type checkers: `websockets` is an optional dependency.
    from websockets.typing import Subprotocol
    from websockets.extensions import ClientExtensionFactory

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]


class WebSocketConnectionOptions(TypedDict, total=False):
    """A subset of `websockets` connect() arguments; anything else given is passed through as well."""

    extensions: Optional[Sequence["ClientExtensionFactory"]]
    subprotocols: Optional[Sequence["Subprotocol"]]
    compression: Optional[str]
    max_size: Optional[int]
    max_queue: Union[int, None, tuple[Optional[int], Optional[int]]]
    write_limit: Union[int, tuple[int, Optional[int]]]


# Older spelling kept as an alias.
WebsocketConnectionOptions = WebSocketConnectionOptions

# Public home: the types module that re-exports it (see `_public`).
set_public_module("openai.types.websocket_connection_options", WebSocketConnectionOptions)
