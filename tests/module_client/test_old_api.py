"""The v0 names (`openai.ChatCompletion`, ...) still resolve, but any use raises a clear error."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import openai
from openai.lib._old_api import APIRemovedInV1, APIRemovedInV1Proxy

SURFACE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "openai-surface.json"


def removed_names() -> list[str]:
    if not SURFACE.exists():
        return ["ChatCompletion", "Completion", "Embedding", "Model"]
    exports = json.loads(SURFACE.read_text())["top_level_exports"]
    return sorted(n for n, e in exports.items() if e.get("type") == "lib._old_api.APIRemovedInV1Proxy")


@pytest.mark.parametrize("name", removed_names())
def test_removed_name_is_a_proxy(name: str) -> None:
    proxy = getattr(openai, name)
    assert isinstance(proxy, APIRemovedInV1Proxy)
    assert repr(proxy) == "APIRemovedInV1Proxy"


def test_attribute_access_raises_with_directions() -> None:
    with pytest.raises(APIRemovedInV1) as excinfo:
        openai.ChatCompletion.create(model="gpt-4o", messages=[])
    message = str(excinfo.value)
    assert "openai.ChatCompletion" in message
    assert "client.chat.completions.create" in message
    assert isinstance(excinfo.value, openai.OpenAIError)


def test_calling_raises() -> None:
    with pytest.raises(APIRemovedInV1, match="openai.Completion"):
        openai.Completion()


def test_dunder_probes_do_not_raise_the_migration_error() -> None:
    # copy/pickle/inspect look up dunders; they must see a plain AttributeError.
    assert not hasattr(openai.Embedding, "__wrapped__")
    copy.copy(openai.Embedding)
