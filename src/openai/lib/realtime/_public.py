"""Public labels for classes that live in `lib/` but are imported from a generated module.

The connection classes, `ReconnectingEvent` and friends are hand-written, so their code stays in `lib/`
(the generator never touches it). Users import them from the generated module that re-exports them
(`openai.resources.realtime.realtime`, `openai.types.websocket_reconnection`, ...), and that is where the
official SDK defines them. Setting `__module__` to that import path makes reprs, tracebacks, docs and
pickling name the path users know, and keeps `lib/` module names private.
"""

from __future__ import annotations

__all__ = ["set_public_module"]


def set_public_module(module: str, *classes: object) -> None:
    """Label `classes` as defined in `module`, which must re-export each under its own name.

    `__qualname__` is left as it is: these classes are top-level, so it already equals the name
    they are re-exported under, and `module` + `__qualname__` is a real import path.
    """
    for cls in classes:
        setattr(cls, "__module__", module)  # noqa: B010 - TypedDict classes too, which pyright won't let us assign
