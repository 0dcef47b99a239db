"""Hook methods declared in `__response_wrapped__` get raw/streaming twins; request bodies follow the signature."""

from __future__ import annotations

import re
from typing import Dict, List
from pathlib import Path

import pytest

import codegen.emit.resources as resources
from codegen.config import Config, ResourceOptions
from codegen.emit.resources import emit_resources, hook_response_wrapped

from .conftest import named_of, tiny_doc

ROOT = Path(__file__).resolve().parents[2]


def _pets_module(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, hook_source: str) -> str:
    """The tiny spec's `pets` resource module, with a hook module whose source is `hook_source`."""
    hook = tmp_path / "openai" / "lib" / "_hooks" / "pet_hooks.py"
    hook.parent.mkdir(parents=True)
    hook.write_text(hook_source)
    # The generator reads hook declarations from source under SRC; point it at the temp tree.
    monkeypatch.setattr(resources, "SRC", tmp_path)
    config = Config(resources={"pets": ResourceOptions(hooks=["openai.lib._hooks.pet_hooks"])})
    named = named_of(tiny_doc(), config)
    files = emit_resources(named.root, set())
    return files["src/openai/resources/pets/pets.py"]


def _twin_methods(source: str, cls: str) -> List[str]:
    """`self.<name> = <wrapper>(` assignments of one twin class, in order, as `name=wrapper`."""
    body = source.split(f"class {cls}:\n", 1)[1].split("\nclass ", 1)[0]
    return [f"{n}={w}" for n, w in re.findall(r"self\.(\w+) = ([\w.]+)\(", body)]


def test_real_hooks_declare_parse_as_wrappable() -> None:
    assert hook_response_wrapped("openai.lib._hooks.chat_completions") == ["parse"]
    assert hook_response_wrapped("openai.lib._hooks.responses") == ["parse"]
    # Polling/streaming helpers hand back something other than the API response: never wrapped.
    assert hook_response_wrapped("openai.lib._hooks.beta_threads_runs") == []


def test_the_generated_chat_twins_wrap_parse() -> None:
    text = (ROOT / "src/openai/resources/chat/completions/completions.py").read_text()
    for cls, wrapper in [
        ("CompletionsWithRawResponse", "_legacy_response.to_raw_response_wrapper"),
        ("AsyncCompletionsWithRawResponse", "_legacy_response.async_to_raw_response_wrapper"),
        ("CompletionsWithStreamingResponse", "to_streamed_response_wrapper"),
        ("AsyncCompletionsWithStreamingResponse", "async_to_streamed_response_wrapper"),
    ]:
        assert f"parse={wrapper}" in _twin_methods(text, cls), cls
        # `stream()` is an event-streaming helper: not in the twins.
        assert not any(m.startswith("stream=") for m in _twin_methods(text, cls)), cls


def test_declared_hook_methods_are_wrapped_in_name_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = _pets_module(monkeypatch, tmp_path, '__response_wrapped__ = ("fetch_twice", "adopt")\n')
    sync_raw = _twin_methods(source, "PetsWithRawResponse")
    names = [m.split("=")[0] for m in sync_raw]
    assert "adopt" in names and "fetch_twice" in names
    assert names == sorted(names)  # merged with the generated methods by name
    wrappers: Dict[str, str] = dict(m.split("=") for m in _twin_methods(source, "AsyncPetsWithStreamingResponse"))
    assert wrappers["adopt"] == "async_to_streamed_response_wrapper"
    assert "def adopt" not in source  # the method itself stays the hook's


def test_a_wrapped_hook_method_may_not_shadow_a_generated_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"`create` is already a method of pets"):
        _pets_module(monkeypatch, tmp_path, '__response_wrapped__ = ("create",)\n')


def test_a_non_literal_declaration_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="__response_wrapped__ must be a literal tuple of names"):
        _pets_module(monkeypatch, tmp_path, '__response_wrapped__ = "parse"\n')


def test_body_dict_follows_the_signature_not_the_spec(tiny_files: Dict[str, str]) -> None:
    # The spec lists name, kind, born_at, stream, tags, toys; the signature has `name` (required) first,
    # then the optional ones by name, the stream flag among them.
    source = tiny_files["src/openai/resources/pets/pets.py"]
    create = source.split("    def create(\n")[-1]
    signature = re.findall(r"^        (\w+):", create.split(") ->", 1)[0], re.M)
    body = re.search(r"\{(\"name\": name[^}]*)\}", create)
    assert body is not None
    keys = re.findall(r"\"(\w+)\": \w+", body.group(1))
    assert keys == ["name", "born_at", "kind", "stream", "tags", "toys"]
    assert keys == [p for p in signature if p in keys]
