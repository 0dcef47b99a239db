"""Stage 5a: format generated sources with ruff, with fixed isolated settings (no project config).

Files are written to a scratch directory and formatted in one ruff call (fast, and the result does
not depend on the environment's configuration).
"""

from __future__ import annotations

import os
import sys
import shutil
import tempfile
import subprocess
from typing import Dict
from pathlib import Path

RUFF_ARGS = ["--isolated", "--line-length", "120", "--target-version", "py39"]
# The project's import order (pyproject.toml), spelled out so the result does not depend on any config file.
ISORT_ARGS = [
    "--config", "lint.isort.length-sort=true",
    "--config", "lint.isort.length-sort-straight=true",
    "--config", "lint.isort.combine-as-imports=true",
    "--config", 'lint.isort.known-first-party=["openai", "tests", "codegen"]',
]  # fmt: skip


def _ruff() -> str:
    local = Path(sys.executable).parent / "ruff"
    if local.exists():
        return str(local)
    found = shutil.which("ruff")
    if not found:
        raise RuntimeError("ruff is required to format generated code")
    return found


def format_sources(files: Dict[str, str]) -> Dict[str, str]:
    py = {k: v for k, v in files.items() if k.endswith(".py")}
    out = dict(files)
    if not py:
        return out
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in py.items():
            p = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
        # Import sorting first (isort-compatible, fixed rules), then the formatter.
        subprocess.run(
            [_ruff(), "check", *RUFF_ARGS, *ISORT_ARGS, "--select", "I", "--fix", "--quiet", "--exit-zero", tmp],
            check=True,
            cwd=tmp,
        )
        res = subprocess.run([_ruff(), "format", *RUFF_ARGS, "--quiet", tmp], cwd=tmp, capture_output=True, text=True)
        if res.returncode != 0:
            raise RuntimeError("ruff format failed on generated code:\n" + res.stderr[-4000:])
        for rel in py:
            with open(os.path.join(tmp, rel), encoding="utf-8") as f:
                out[rel] = f.read()
    return out
