"""`python -m codegen [--config codegen/openai] [--out .] [--spec PATH]`: run the whole pipeline."""

from __future__ import annotations

import sys
import time
import argparse
from typing import Dict, List, Optional
from pathlib import Path

from .pipeline import generate
from .problems import GenerationError


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m codegen")
    ap.add_argument(
        "--config", default="codegen/openai", help="directory with config.yaml, operations.yaml, types.yaml"
    )
    ap.add_argument("--out", default=".", help="repository root to write into")
    ap.add_argument("--spec", default=None, help="spec path (default: the config's `spec`)")
    ap.add_argument("--no-tests", action="store_true", help="skip tests/api_resources")
    args = ap.parse_args(argv)
    start = time.monotonic()
    try:
        result = generate(Path(args.config), Path(args.out), spec_path=args.spec, with_tests=not args.no_tests)
    except GenerationError as e:
        print(f"codegen: {len(e.problems)} problem(s) in the spec/config:", file=sys.stderr)
        for p in e.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    counts: Dict[str, int] = result["counts"]  # type: ignore[assignment]
    for w in result["warnings"]:  # type: ignore[union-attr]
        print(f"  {w}", file=sys.stderr)
    print(
        f"codegen: {counts['methods']} methods, {counts['types']} types, {counts['files']} files "
        f"({counts['written']} written, {counts['deleted']} deleted) in {time.monotonic() - start:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
