"""Runs every ```python block of README.md (and helpers.md, if present) against the Prism mock.

Markers are HTML comments on the lines just before a block (invisible when the Markdown is rendered):
- `<!-- skip: reason -->`: the block needs something the mock cannot give (a real key, Azure, WebSockets,
  a webhook delivery, audio hardware); it is reported as skipped with that reason;
- `<!-- expect: text -->`: the block's stdout must contain `text` (several markers may be stacked).
A block that is neither skipped nor has an expectation fails: every run block must assert something.
Each block runs in a fresh interpreter, in a temporary working directory, with OPENAI_BASE_URL pointing at
the mock and a dummy OPENAI_API_KEY.
"""

from __future__ import annotations

import re
from typing import List, Optional
from pathlib import Path
from dataclasses import field, dataclass

import pytest

from ._run_against_mock import REPO_ROOT, run_python, require_mock

DOCS = ["README.md", "helpers.md"]
_MARKER = re.compile(r"^<!--\s*(skip|expect):\s*(.*?)\s*-->$")


@dataclass
class Block:
    doc: str
    line: int
    heading: str
    code: str
    skip: Optional[str] = None
    expects: List[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.heading.lower()).strip("-") or "top"
        return f"{self.doc}:{self.line}:{slug}"


def extract_blocks(doc: str, text: str) -> List[Block]:
    blocks: List[Block] = []
    lines = text.splitlines()
    heading = ""
    pending_skip: Optional[str] = None
    pending_expects: List[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        marker = _MARKER.match(stripped)
        if stripped.startswith("#") and not stripped.startswith("#!"):
            heading = stripped.lstrip("#").strip()
            pending_skip, pending_expects = None, []
        elif marker:
            if marker.group(1) == "skip":
                pending_skip = marker.group(2)
            else:
                pending_expects.append(marker.group(2))
        elif stripped == "```python":
            start = i + 1
            end = start
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            code = "\n".join(lines[start:end]) + "\n"
            blocks.append(Block(doc, start, heading, code, pending_skip, pending_expects))
            pending_skip, pending_expects = None, []
            i = end
        elif stripped.startswith("```"):
            # Another fenced block (sh, text): skip over it so its lines are not read as headings or markers.
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                i += 1
            pending_skip, pending_expects = None, []
        elif stripped:
            # Prose between a marker and its block detaches the marker.
            pending_skip, pending_expects = None, []
        i += 1
    return blocks


def _collect() -> List[Block]:
    blocks: List[Block] = []
    for doc in DOCS:
        path = REPO_ROOT / doc
        if path.exists():
            blocks.extend(extract_blocks(doc, path.read_text(encoding="utf-8")))
    return blocks


BLOCKS = _collect()


def test_readme_has_python_blocks() -> None:
    assert len([b for b in BLOCKS if b.doc == "README.md"]) >= 20


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_doc_block_runs_against_mock(block: Block, tmp_path: Path) -> None:
    if block.skip is not None:
        compile(block.code, block.id, "exec")  # a skipped block must at least be valid Python
        pytest.skip(block.skip)
    assert block.expects, f"{block.id}: add an `<!-- expect: ... -->` marker (or `<!-- skip: reason -->`)"
    require_mock()
    script = tmp_path / "snippet.py"
    script.write_text(block.code, encoding="utf-8")
    stdout = run_python([str(script)], cwd=tmp_path)
    for expected in block.expects:
        assert expected in stdout, f"{block.id}: expected {expected!r} in output:\n{stdout}"


def test_extract_blocks_reads_markers() -> None:
    text = "\n".join(
        [
            "# Title",
            "<!-- skip: needs a real key -->",
            "```python",
            "print(1)",
            "```",
            "Some prose.",
            "<!-- expect: two -->",
            "<!-- expect: 2 -->",
            "",
            "```python",
            "print('two', 2)",
            "```",
            "<!-- expect: ignored -->",
            "prose detaches a marker",
            "```python",
            "pass",
            "```",
        ]
    )
    first, second, third = extract_blocks("X.md", text)
    assert (first.skip, first.expects, first.code) == ("needs a real key", [], "print(1)\n")
    assert (second.skip, second.expects) == (None, ["two", "2"])
    assert (third.skip, third.expects) == (None, [])
    assert first.id == "X.md:3:title"


# Sections a user of the SDK looks for (issue 5); a rename must keep them findable.
REQUIRED_HEADINGS = [
    "Two commands",
    "Installation",
    "Usage",
    "Vision",
    "Async usage",
    "With aiohttp",
    "Streaming responses",
    "Realtime",
    "Module-level client",
    "Using types",
    "Pagination",
    "Nested params",
    "File uploads",
    "Webhook verification",
    "Handling errors",
    "Request IDs",
    "Retries",
    "Timeouts",
    "Logging",
    "How to tell whether `None` means `null` or missing",
    "Accessing raw response data (e.g. headers)",
    "`.with_streaming_response`",
    "Undocumented endpoints",
    "Undocumented request params",
    "Undocumented response properties",
    "Configuring the HTTP client",
    "Managing HTTP resources",
    "Microsoft Azure OpenAI",
    "Helpers",
    "Versioning",
    "Requirements",
]


def test_readme_has_every_users_guide_section() -> None:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    headings = {line.lstrip("#").strip() for line in text.splitlines() if re.match(r"^#{1,4} ", line)}
    assert [h for h in REQUIRED_HEADINGS if h not in headings] == []


def test_readme_says_how_to_install_this_package() -> None:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install ." in text
    assert 'pip install "git+' in text
