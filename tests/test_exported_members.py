"""Pins the public surface of `import openai`: names in `__all__`, their kinds, and the
top-level names the official package offers (../shared/reference/openai-surface.json,
`top_level_exports`), so that a rename or a dropped export fails loudly."""

from __future__ import annotations

import json
import inspect
from pathlib import Path

import httpx
import pytest

import openai

SURFACE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "openai-surface.json"


def test_all_is_sorted_free_of_duplicates_and_resolvable() -> None:
    assert len(openai.__all__) == len(set(openai.__all__))
    for name in openai.__all__:
        assert getattr(openai, name) is not None, name


def test_version_compares_as_the_api_level() -> None:
    assert openai.__version__ == openai.VERSION
    assert tuple(int(part) for part in openai.__version__.split(".")[:3]) == (2, 39, 0)


def test_sentinels() -> None:
    assert repr(openai.NOT_GIVEN) == "NOT_GIVEN"
    assert openai.not_given is openai.NOT_GIVEN
    assert not openai.NOT_GIVEN
    assert repr(openai.omit) == "Omit()"
    assert not openai.omit


def test_aliases_and_reexports() -> None:
    assert openai.Client is openai.OpenAI
    assert openai.AsyncClient is openai.AsyncOpenAI
    assert openai.Timeout is httpx.Timeout
    assert openai.Transport is httpx.BaseTransport
    assert openai.DEFAULT_MAX_RETRIES == 2
    assert openai.DEFAULT_TIMEOUT == httpx.Timeout(timeout=600, connect=5.0)
    assert openai.DEFAULT_CONNECTION_LIMITS == httpx.Limits(max_connections=1000, max_keepalive_connections=100)


def test_exception_tree() -> None:
    assert issubclass(openai.APIError, openai.OpenAIError)
    assert issubclass(openai.APIStatusError, openai.APIError)
    assert issubclass(openai.APIConnectionError, openai.APIError)
    assert issubclass(openai.APITimeoutError, openai.APIConnectionError)
    assert issubclass(openai.APIResponseValidationError, openai.APIError)
    for cls, status in [
        (openai.BadRequestError, 400),
        (openai.AuthenticationError, 401),
        (openai.PermissionDeniedError, 403),
        (openai.NotFoundError, 404),
        (openai.ConflictError, 409),
        (openai.UnprocessableEntityError, 422),
        (openai.RateLimitError, 429),
        (openai.InternalServerError, 500),
    ]:
        assert issubclass(cls, openai.APIStatusError)
        if status != 500:
            assert cls.status_code == status  # type: ignore[attr-defined]


@pytest.mark.skipif(not SURFACE.exists(), reason="../shared/reference is not beside this checkout")
def test_every_official_top_level_name_exists() -> None:
    exports = json.loads(SURFACE.read_text())["top_level_exports"]
    missing = [name for name in exports if not hasattr(openai, name)]
    assert missing == []
    for name, entry in exports.items():
        if entry["kind"] in ("class", "exception"):
            assert inspect.isclass(getattr(openai, name)), name
        if entry["kind"] == "module":
            assert inspect.ismodule(getattr(openai, name)), name
