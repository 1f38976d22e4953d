"""A verdict the editor sees but that never fails the gate on its own (issue 7: trust). An
aspect told otherwise ("had left" / "left", "has raised" / "raised") is the writer's choice far
more often than an error; its fitted rule rests on a few dozen dev pairs, so the calibration's
contract caps it at ``low`` whatever the fit scores. Real model, our own sentences, and the
mechanism on its own."""

from __future__ import annotations

import pytest

import vardiff
from vardiff import Severity
from vardiff.judge import Calibration
from vardiff.judge._calibration import Rule, load_calibration, parse_calibration


def test_a_ceiling_bounds_a_fitted_rule_and_a_floor_still_lifts_it() -> None:
    sure = Rule(bias=5.0)  # p = 0.993: high on any cut-offs
    unsure = Rule(bias=-5.0)
    calibration = Calibration(
        version="t",
        cutoffs={"high": 0.8, "medium": 0.5, "low": 0.2},
        rules={"tense.aspect": sure, "tense.shifted": sure, "quote.term": unsure},
        floors={"tense.aspect": Severity.LOW, "quote.term": Severity.MEDIUM},
        ceilings={"tense.aspect": Severity.LOW},
    )
    score, severity = calibration.judged("tense.aspect", {}, 0.35)
    assert score > 0.99 and severity is Severity.LOW
    assert calibration.judged("tense.shifted", {}, 0.5)[1] is Severity.HIGH
    assert calibration.judged("quote.term", {}, 0.5)[1] is Severity.MEDIUM


def test_the_file_carries_its_ceilings() -> None:
    parsed = parse_calibration({"rules": {}, "ceilings": {"tense.aspect@edit": "info"}})
    assert parsed.ceiling("tense.aspect", None) is Severity.HIGH
    assert parsed.ceilings == {"tense.aspect@edit": Severity.INFO}
    assert load_calibration().ceilings.get("tense.aspect") is Severity.LOW


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("After the troops had left, the looting began.",
         "After the troops left, the looting began."),
        ("The central bank has raised interest rates.", "The central bank raised interest rates."),
        ("The army is building a new base near the border.",
         "The army builds a new base near the border."),
    ],
)  # fmt: skip
def test_an_aspect_told_otherwise_is_shown_and_does_not_fail(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        (pair,) = vardiff.compare(left, right).pairs
        aspect = [f for f in pair.findings if f.check == "tense.aspect"]
        assert aspect, (left, right, pair.findings)
        assert all(f.severity is Severity.LOW for f in aspect), aspect
        assert max(f.severity for f in pair.findings) < Severity.MEDIUM, pair.findings
