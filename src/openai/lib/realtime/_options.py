"""Options passed through to the `websockets` library's `connect()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Tuple, Union, Optional, Sequence

from typing_extensions import TypedDict

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
    max_queue: Union[Optional[int], Tuple[Optional[int], Optional[int]]]
    write_limit: Union[int, Tuple[int, Optional[int]]]


# Older spelling kept as an alias.
WebsocketConnectionOptions = WebSocketConnectionOptions
