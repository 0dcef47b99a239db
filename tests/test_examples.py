"""Runs every script in examples/ against the Prism mock and checks what it prints.

Each script must say what its stdout contains, so a new example cannot be added untested: an entry in
EXPECTED below, or `# expect: <text>` comment lines in the script itself (for authors of other parts). The Azure example needs a real Azure deployment and is skipped unless
AZURE_OPENAI_ENDPOINT is set.
"""

from __future__ import annotations

import os
from typing import Dict, List
from pathlib import Path

import pytest

from ._run_against_mock import REPO_ROOT, run_python, require_mock

EXAMPLES_DIR = REPO_ROOT / "examples"

EXPECTED: Dict[str, List[str]] = {
    "first_call.py": ["chat completion:", "first model:"],
    "chat_completion.py": ["completion:", "answer:", "stream done"],
    "responses_create.py": ["response:", "text:", "output item: message"],
    "async_usage.py": ["answers: 3"],
    "pagination.py": ["auto-paginated jobs: 25", "pages fetched:"],
    "file_upload.py": ["uploaded: file", "uploaded tuple: file", "retrieved:"],
    "error_handling.py": [
        "connection error: APIConnectionError caused by",
        "rejected before sending:",
        "authentication error: 401",
        "error handling done",
    ],
    "azure.py": ["azure completion:", "bound deployment:"],
    "helpers_structured_output.py": ["finish_reason:", "tool: Calculator strict: True"],
    "helpers_polling.py": ["upload:", "polling done"],
    "helpers_streaming.py": ["content done:", "final title: Tide", "stream done"],
    "helpers_assistant_stream.py": ["assistant: Hello from a streamed run!", "run status: completed", "messages: 1"],
    "realtime_text.py": ["session: sess_fake", "assistant: Hello from the fake Realtime server!", "realtime done"],
}

NEEDS_ENV: Dict[str, str] = {"azure.py": "AZURE_OPENAI_ENDPOINT"}

SCRIPTS = sorted(p.name for p in EXAMPLES_DIR.glob("*.py"))


def expectations(name: str) -> List[str]:
    if name in EXPECTED:
        return EXPECTED[name]
    lines = (EXAMPLES_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split(":", 1)[1].strip() for line in lines if line.startswith("# expect:")]


def test_every_example_has_an_expectation() -> None:
    assert [name for name in SCRIPTS if not expectations(name)] == []
    assert sorted(set(EXPECTED) - set(SCRIPTS)) == [], "EXPECTED names a script that no longer exists"


@pytest.mark.parametrize("name", SCRIPTS)
def test_example_runs_against_mock(name: str, tmp_path: Path) -> None:
    needed = NEEDS_ENV.get(name)
    if needed and not os.environ.get(needed):
        pytest.skip(f"{name} needs {needed} (a real Azure OpenAI resource)")
    require_mock()
    stdout = run_python([str(EXAMPLES_DIR / name)], cwd=tmp_path)
    for expected in expectations(name):
        assert expected in stdout, f"{name}: expected {expected!r} in output:\n{stdout}"
