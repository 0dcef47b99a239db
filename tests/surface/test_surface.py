"""The generated package against the reference surface table, when ../shared/reference is present.

Not skipped when the table is there. Names: every name the table lists must exist (any missing name fails, and
the failure lists them). Annotations: a category below its threshold fails the run; the thresholds sit just
below what the generator reaches (floor(percentage) - 0.5), per category, so any regression fails; raise them
(towards 100.0) as the generator closes the gaps, never lower them to make a run pass. Annotations are
compared exactly (the "annotations (exact)" column of scripts/check-surface).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .check import DEFAULT_TABLE, Tally, run, report

CATEGORIES = ["clients", "methods", "async_methods", "types", "exports", "top_level_exports", "runtime"]
# Names: none may be missing, in any category (a name the spec lacks goes to types.yaml `extra_properties`,
# `schemas` or `aliases` through codegen/tools/derive_types.py, not to a lower bar here).
# Annotation percentages per category the generated package must reach (measured: see the comment after each).
ANNOTATION_THRESHOLDS = {
    "clients": 99.5,  # 100.00
    "methods": 99.5,  # 99.92: the polling helpers' keyword-only `max_wait_seconds` (issue 6), spelling
    "async_methods": 99.5,  # 99.74
    "types": 99.5,  # 99.67: spec shapes that differ from the table (see the issue 4 note)
    "exports": 99.5,  # 99.81
    "top_level_exports": 94.5,  # 95.65: httpx's Timeout / Transport keep their own __module__
    "runtime": 97.5,  # 97.69
}
ANNOTATION_THRESHOLD = min(ANNOTATION_THRESHOLDS.values())
OUT_DIR = Path("/tmp/openai-surface-check")

pytestmark = pytest.mark.skipif(not DEFAULT_TABLE.exists(), reason="no ../shared/reference/openai-surface.json")


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    result = run(DEFAULT_TABLE, OUT_DIR)
    print("\n" + report(result, OUT_DIR))
    return result


def test_every_category_is_measured(tallies: dict[str, Tally]) -> None:
    # a category with nothing to compare would hide a broken table or a broken checker
    assert all(t.names_total > 0 for t in tallies.values()), {c: t.names_total for c, t in tallies.items()}


@pytest.mark.parametrize("category", CATEGORIES)
def test_names(tallies: dict[str, Tally], category: str) -> None:
    t = tallies[category]
    missing = "\n  ".join(str(m) for m in t.missing)
    assert not t.missing, f"{category}: {len(t.missing)} of {t.names_total} names missing:\n  {missing}"
    assert t.names_ok == t.names_total, f"{category}: {t.names_ok}/{t.names_total} names found"


@pytest.mark.parametrize("category", CATEGORIES)
def test_annotations(tallies: dict[str, Tally], category: str) -> None:
    t = tallies[category]
    if not t.ann_total:
        pytest.fail(f"{category}: no annotation compared")
    pct = 100.0 * t.ann_ok / t.ann_total
    assert pct >= ANNOTATION_THRESHOLDS[category], f"{category}: {pct:.2f}% of annotations; first: {t.diffs[:10]}"
