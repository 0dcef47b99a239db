"""Stage 5b: write generated files under the output root.

Only generated paths are touched: a file is ours when its first line is the generated-file header.
Files we no longer produce are deleted (stale output), unchanged files are not rewritten, and a hand
written file in the way of a generated one is an error rather than an overwrite.
"""

from __future__ import annotations

import os
from typing import Dict, List, Tuple, Iterable
from pathlib import Path

from .emit.common import HEADER

GENERATED_ROOTS = ("src/openai/resources", "src/openai/types", "tests/api_resources")
GENERATED_FILES = ("src/openai/_client_resources.py", "api.md")
MD_HEADER = "<!-- File generated from our OpenAPI spec by codegen/. Do not edit by hand. -->"


def is_generated(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            first = f.readline().rstrip("\n")
    except (OSError, UnicodeDecodeError):
        return False
    return first in (HEADER, MD_HEADER)


def write_all(
    root: "str | Path", files: Dict[str, str], *, roots: Iterable[str] = GENERATED_ROOTS
) -> Tuple[List[str], List[str]]:
    """Returns (written, deleted) relative paths."""
    root = Path(root)
    written: List[str] = []
    deleted: List[str] = []
    # Refuse before writing anything: a hand-written file where a generated one goes is an error.
    conflicts = [
        rel
        for rel in sorted(files)
        if (root / rel).exists() and not is_generated(root / rel) and rel not in GENERATED_FILES
        and (root / rel).read_text(encoding="utf-8") != files[rel]
    ]  # fmt: skip
    if conflicts:
        raise RuntimeError(f"{', '.join(conflicts)}: exists and is not a generated file; refusing to overwrite it")
    for rel, text in sorted(files.items()):
        first = text.split("\n", 1)[0]
        assert first in (HEADER, MD_HEADER), f"{rel}: generated text must start with the header"
        p = root / rel
        if p.exists():
            if p.read_text(encoding="utf-8") == text:
                continue
            # A placeholder or hand-written file may stand where a generated one goes only if it is
            # one of the files the generator owns (CONTRIBUTING.md); anything else is protected.
            if not is_generated(p) and rel not in GENERATED_FILES:
                raise RuntimeError(f"{rel} exists and is not a generated file; refusing to overwrite it")
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        written.append(rel)
    for sub in roots:
        base = root / sub
        if not base.exists():
            continue
        for dirpath, _dirnames, filenames in os.walk(base):
            for name in filenames:
                p = Path(dirpath) / name
                rel = p.relative_to(root).as_posix()
                if rel not in files and name.endswith((".py", ".md")) and is_generated(p):
                    p.unlink()
                    deleted.append(rel)
        # Remove directories left empty by the deletions (deepest first).
        for dirpath, dirnames, filenames in sorted(os.walk(base), key=lambda t: -len(t[0])):
            if not dirnames and not filenames and Path(dirpath) != base:
                try:
                    os.rmdir(dirpath)
                except OSError:
                    pass
    return written, sorted(deleted)
