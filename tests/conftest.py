"""Suite-wide test configuration.

Async tests run on anyio's pytest plugin in auto mode (`anyio_mode = "auto"` in pyproject.toml),
so an `async def` test needs no marker. The default backend is asyncio; a directory that wants
both asyncio and trio overrides the `anyio_backend` fixture with a parametrised one.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
