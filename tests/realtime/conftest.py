from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    # The async Realtime connection is built on `websockets.asyncio`, which is asyncio-only.
    return "asyncio"
