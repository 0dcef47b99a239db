"""codegen/openai/operations.yaml and types.yaml are derived, not hand-edited: rerunning the tools reproduces them.

Runs only where the reference table is (the tools read it); the generator itself never does.
"""

from __future__ import annotations

import sys
import subprocess
from pathlib import Path

import yaml
import pytest

from .check import DEFAULT_TABLE

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "codegen" / "openai"

pytestmark = pytest.mark.skipif(not DEFAULT_TABLE.exists(), reason="no ../shared/reference/openai-surface.json")


def _derive(tool: str, out: Path) -> str:
    subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "tools" / tool), "--out", str(out)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return out.read_text(encoding="utf-8")


def test_operations_yaml_is_up_to_date(tmp_path: Path) -> None:
    # the content must be what the tool derives; the layout of a hand-made edit (flow vs block style) may differ
    derived = yaml.safe_load(_derive("derive_config.py", tmp_path / "operations.yaml"))
    assert derived == yaml.safe_load((CONFIG / "operations.yaml").read_text())


def test_types_yaml_is_up_to_date(tmp_path: Path) -> None:
    assert _derive("derive_types.py", tmp_path / "types.yaml") == (CONFIG / "types.yaml").read_text()


def test_every_operation_is_named_once() -> None:
    ops = yaml.safe_load((CONFIG / "operations.yaml").read_text())
    assert len(ops) == 271
    methods = [cfg["method"] for cfg in ops.values()]
    assert len(set(methods)) == len(methods)
    # the 13 operations the table has no HTTP verb for are named by convention, not left out
    for name in ("audio.voice_consents.create", "audio.voices.create", "realtime.translations.client_secrets.create"):
        assert name in methods


def test_operation_facts_against_the_wire_captures() -> None:
    ops = {cfg["method"]: cfg for cfg in yaml.safe_load((CONFIG / "operations.yaml").read_text()).values()}
    assert ops["audio.speech.create"]["binary"] == "application/octet-stream"
    assert ops["files.content"]["binary"] == "application/binary"
    assert ops["files.content"]["also"] == ["files.retrieve_content"]
    assert ops["chat.completions.create"]["stream"] == {
        "param": "stream",
        "item": "chat.chat_completion_chunk.ChatCompletionChunk",
    }
    assert ops["files.list"]["page"] == "cursor" and ops["files.list"]["item"] == "file_object.FileObject"
    assert ops["admin.organization.admin_api_keys.list"]["security"] == "admin_api_key"
    assert ops["images.edit"]["content_type"] == "multipart/form-data"


def test_types_yaml_gives_each_key_one_pointer() -> None:
    types = yaml.safe_load((CONFIG / "types.yaml").read_text())
    for side in ("models", "params"):
        keys = list(types[side].values())
        assert len(set(keys)) == len(keys), side
    assert types["models"]["#/components/schemas/CreateChatCompletionResponse"] == "chat.chat_completion.ChatCompletion"


def test_an_alias_that_takes_files_makes_an_operation_multipart() -> None:
    sys.path.insert(0, str(ROOT / "codegen" / "tools"))
    from codegen.tools.derive_config import _spelled_out  # noqa: PLC0415

    surface = {
        "types": {"openai.types.video_edit_params": {"Video": {"kind": "alias", "value": "Union[IO[bytes], X]"}}}
    }
    assert _spelled_out("video_edit_params.Video | Omit", surface) == "Union[IO[bytes], X] | Omit"
    assert _spelled_out("video_edit_params.Other", surface) == "video_edit_params.Other"
    # videos.create / edit / extend take `Union[FileTypes, <reference>]` aliases: the multipart body, not the JSON one
    ops = yaml.safe_load((CONFIG / "operations.yaml").read_text(encoding="utf-8"))
    assert {ops[o]["content_type"] for o in ("createVideo", "CreateVideoEdit", "CreateVideoExtend")} == {
        "multipart/form-data"
    }
