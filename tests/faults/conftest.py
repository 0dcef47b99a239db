"""Fixtures of the fault suite, and the hook that writes tests/faults/README.md.

Async tests here run on both asyncio and trio (the parametrised `anyio_backend` below overrides
the suite-wide asyncio-only fixture). With `FAULTS_REPORT=1` the session-finish hook turns the
rows the tests recorded (case, mode, outcome, attempts, elapsed, bound) plus each test's final
status into the report table, so the README is produced by the suite's own run.
"""

from __future__ import annotations

import os
import datetime
from typing import Callable, Iterator, Optional
from pathlib import Path

import pytest

from ._server import FaultServer
from ._support import ROWS, Row

_STATUS: dict[str, str] = {}
_REPORT_PATH = Path(__file__).parent / "README.md"


# trio reports every async generator collected before it was exhausted as a ResourceWarning, and
# httpx/httpcore read bodies through nested async generators: *any* early exit from an httpx
# stream on trio triggers it, even with raw httpx and `async with` (checked; not an SDK choice).
# The suite asserts what matters instead (the connection is back in the pool); the SDK's own
# share of these warnings is pinned by `test_trio_early_exit_warnings` in test_early_exit.py.
TRIO_UNEXHAUSTED_ASYNCGEN = (
    "ignore:Async generator '.*' was garbage collected before it had been exhausted:ResourceWarning"
)
_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.filterwarnings(TRIO_UNEXHAUSTED_ASYNCGEN))


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


Recorder = Callable[..., None]


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Recorder:
    """`record(case, mode, outcome, attempts, elapsed, bound)`: add a row to the report."""

    def add(case: str, mode: str, outcome: str, attempts: Optional[int], elapsed: Optional[float], bound: str) -> None:
        ROWS.append(Row(request.node.nodeid, case, mode, outcome, attempts, elapsed, bound))

    return add


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or report.outcome != "passed":
        status = "xfail" if hasattr(report, "wasxfail") else report.outcome
        if report.nodeid not in _STATUS or status != "passed":
            _STATUS[report.nodeid] = status


def pytest_sessionfinish(session: pytest.Session) -> None:
    if os.environ.get("FAULTS_REPORT") != "1" or not ROWS:
        return
    _REPORT_PATH.write_text(_render(), encoding="utf-8")


def _render() -> str:
    lines = [
        "# Fault-injection and security suite: report",
        "",
        "Produced by `scripts/faults-report` (the suite run with `FAULTS_REPORT=1`); do not edit by hand.",
        f"Generated {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC.",
        "",
        "Each row is one test run: the fault (or check), the client flavour (`sync`, or async on",
        "`asyncio` / `trio`), what the SDK did, how many requests reached the loopback server,",
        "the elapsed time measured, and the bound the test asserts (behaviour bounds with slack,",
        "not speed targets). `status` is the test's result (`xfail` = a known missing behaviour,",
        "named in the test's reason).",
        "",
        "| case | mode | outcome | attempts | elapsed | bound | status |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in sorted(ROWS, key=lambda r: (r.case, r.mode)):
        attempts = "-" if row.attempts is None else str(row.attempts)
        status = _STATUS.get(row.nodeid, "?")
        outcome = row.outcome.replace("|", "\\|")
        elapsed = "-" if row.elapsed is None else f"{row.elapsed:.2f} s"
        lines.append(f"| {row.case} | {row.mode} | {outcome} | {attempts} | {elapsed} | {row.bound} | {status} |")
    from ._cases import CASES

    notes = [f"- `{case.name}`: {note}" for case in CASES for note in case.notes]
    if notes:
        lines += ["", "Notes on cases:", "", *notes]
    lines += ["", "Run it: `scripts/faults-report` (or `.venv/bin/python -m pytest tests/faults`).", ""]
    return "\n".join(lines)
