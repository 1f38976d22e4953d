"""``benchmarks/removal_misses.py``: which finding covers a removal the gate misses. A finding
the correct translation of the same item has too is the translator's variation, not the
removal's; the strongest finding of the removed text's own is the one that covers it.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Judged without the model, uncalibrated as ``judge_data.py`` dumps them, then scored under
the shipped calibration."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from judge_data import finding_record
from removal_misses import NONE, covering

from vardiff import Pair, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge._calibration import DEFAULT_CUTOFFS, Calibration, load_calibration

REFERENCE = "The city council approved the new budget for public schools on Monday evening."
CORRECT = "On Monday evening the city council passed the new budget for state schools."


def record(a: str, b: str) -> dict[str, Any]:
    """One dump record's findings, as ``judge_data.py`` writes them (each check's prior)."""
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    judge = Judge(
        embedder=None, calibration=Calibration(version="none", cutoffs=DEFAULT_CUTOFFS, rules={})
    )
    return {"findings": [finding_record(f) for f in judge.findings(build_context(pair, [a], [b]))]}


def test_a_text_with_only_the_translators_variation_has_no_finding_of_its_own() -> None:
    correct = record(REFERENCE, CORRECT)
    assert correct["findings"]  # the translation is worded otherwise: there is variation
    assert covering(record(REFERENCE, CORRECT), correct, load_calibration()) == (NONE, 0.0)


def test_a_removed_noun_is_covered_by_a_finding_the_correct_translation_lacks() -> None:
    correct = record(REFERENCE, CORRECT)
    removed = record(
        REFERENCE, "On Monday evening the city council passed the new for state schools."
    )
    check, score = covering(removed, correct, load_calibration())
    shared = {f["check"] for f in correct["findings"]}
    assert check != NONE and check.startswith("removal."), check
    assert check not in shared
    assert 0.0 < score <= 1.0
