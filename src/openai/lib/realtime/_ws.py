"""Lazy access to the optional `websockets` dependency.

`websockets` is only needed once a connection is opened, so `import openai` (and even creating a
connection manager) works without it; connecting without it raises an error naming the extra.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..._exceptions import OpenAIError

__all__ = ["MISSING_WEBSOCKETS_MESSAGE", "import_websockets_module"]

MISSING_WEBSOCKETS_MESSAGE = (
    "You need to install `openai[realtime]` to use this method (the `websockets` package is missing): "
    "pip install 'openai[realtime]'"
)


def import_websockets_module(name: str) -> Any:
    """Import a `websockets` submodule, e.g. `websockets.sync.client`, or fail with install advice."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise OpenAIError(MISSING_WEBSOCKETS_MESSAGE) from exc
