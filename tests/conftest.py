"""Suite-wide test configuration.

Async tests run on anyio's pytest plugin. Every `async def` test is marked `anyio` here, so a
test needs no marker of its own; the default backend is asyncio, and a directory that wants both
asyncio and trio overrides the `anyio_backend` fixture with a parametrised one.
"""

from __future__ import annotations

import inspect

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        function = getattr(item, "function", None)
        if function is not None and inspect.iscoroutinefunction(function):
            item.add_marker(pytest.mark.anyio)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
