"""Run every `benchmarks/bench_*.py` in turn and print their output, then a summary of the targets.

Each benchmark runs in its own interpreter (so one's imports, caches and heap do not colour the next) with
the sizes below; the process's CPU time, wall time and peak RSS (from `os.wait4`) are printed after it.
Lines of the form `... 1.23x ... (target <= 1.5x)` (or `ms` against an `ms` target) are collected into a
PASS/MISS summary at the end. A missed target never fails the run; a benchmark that crashes does
(exit status 1, after the others have run).

    .venv/bin/python benchmarks/run_all.py            # modest sizes, about 1.5 minutes on 2 cores
    .venv/bin/python benchmarks/run_all.py --quick    # smoke run: tiny sizes, figures not meaningful
    .venv/bin/python benchmarks/run_all.py --full     # each benchmark's own defaults (the issue sizes)
    .venv/bin/python benchmarks/run_all.py --only sse --only models
"""

from __future__ import annotations

import os
import re
import sys
import time
import argparse
import subprocess
from typing import Dict, List, Tuple
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Arguments per benchmark (keyed by the name after `bench_`). Benchmarks missing here run with their own
# defaults. "modest" keeps the workload sizes where they are cheap and trims only the rounds of
# the slow transport benchmark (its per-request figures do not depend on the count).
SIZES: Dict[str, Dict[str, List[str]]] = {
    "modest": {
        "import": ["--runs", "15"],
        "transport": ["--requests", "200", "--rounds", "5"],
        "sse": ["--events", "50000", "--rounds", "5"],
        "models": ["--files", "20000", "--items", "500", "--rounds", "15"],
    },
    "quick": {
        "import": ["--runs", "2"],
        "transport": ["--requests", "20", "--rounds", "1"],
        "sse": ["--events", "2000", "--rounds", "1"],
        "models": ["--files", "500", "--items", "20", "--rounds", "1"],
    },
    "full": {},
}

# A figure and its target on one line: "1.31x ... (target <= 1.5x)" or "0.0450 ms  (target < 0.2 ms)".
TARGET_LINE = re.compile(r"(\d+(?:\.\d+)?)\s*(x|ms)\b[^()]*\(target\s*<=?\s*(\d+(?:\.\d+)?)\s*(x|ms)\)")


def discover() -> List[str]:
    """Benchmark names in a stable order: the import benchmark first (it is the cheapest), then by name."""
    names = sorted(path.stem[len("bench_") :] for path in HERE.glob("bench_*.py"))
    return sorted(names, key=lambda name: (name != "import", name))


def run(name: str, args: List[str]) -> Tuple[int, str]:
    """Run one benchmark, echoing its output as it comes; return its exit status and the whole output."""
    command = [sys.executable, str(HERE / f"bench_{name}.py"), *args]
    print(f"=== {name}: {' '.join(['python', f'benchmarks/bench_{name}.py', *args])}", flush=True)
    wall0 = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    lines: List[str] = []
    for line in proc.stdout:
        lines.append(line)
        print(line, end="", flush=True)
    # wait4 instead of wait(): it also hands back the child's own CPU time and peak RSS.
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    rss_mib = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 2**20
    print(
        f"--- {name}: exit {code}, {time.perf_counter() - wall0:.1f} s wall, "
        f"{usage.ru_utime + usage.ru_stime:.1f} s CPU, {rss_mib:.1f} MiB peak RSS of the benchmark process\n",
        flush=True,
    )
    return code, "".join(lines)


def targets(output: str) -> List[Tuple[str, str]]:
    """(PASS|MISS, description) for every line of `output` that states a figure against a target."""
    found: List[Tuple[str, str]] = []
    context = ""
    for line in output.splitlines():
        match = TARGET_LINE.search(line)
        if match is None:
            if line and not line[0].isspace():
                # The heading the following indented figures belong to, up to its first colon.
                context = line.split(":")[0].strip()
            continue
        value, unit, target, target_unit = match.groups()
        if unit != target_unit:
            continue
        verdict = "PASS" if float(value) <= float(target) else "MISS"
        text = line.strip()
        if line[0].isspace() and context:
            text = f"{context} | {text}"
        found.append((verdict, text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", dest="size", const="quick", help="tiny smoke-run sizes")
    size.add_argument("--full", action="store_const", dest="size", const="full", help="each benchmark's defaults")
    parser.add_argument("--only", action="append", default=[], help="run only this benchmark (repeatable)")
    parser.set_defaults(size="modest")
    args = parser.parse_args()

    names = discover()
    unknown = [name for name in args.only if name not in names]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; available: {names}")
    selected = [name for name in names if not args.only or name in args.only]

    failed: List[str] = []
    summary: List[Tuple[str, str, str]] = []
    for name in selected:
        code, output = run(name, SIZES[args.size].get(name, []))
        if code != 0:
            failed.append(name)
        summary.extend((name, verdict, text) for verdict, text in targets(output))

    print(f"=== summary ({args.size} sizes)")
    for name, verdict, text in summary:
        print(f"  {verdict}  {name:<10} {text}")
    if failed:
        print(f"  FAILED to run: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
