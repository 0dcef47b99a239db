"""tests/api_resources: generated endpoint tests (filled in by emit_tests)."""

from __future__ import annotations

from typing import Dict

from ..naming import Named


def emit_tests(named: Named) -> Dict[str, str]:
    return {}
