"""A verdict told with its object between verb and adjective, and a court of another rung
(issue 8: meaning an embedding barely sees). "The jury found him guilty" / "The jury
acquitted him" is the opposite verdict; "The Supreme Court struck down the law" / "The
appeals court struck down the law" is another court. The same verdict or the same court in
other words stays quiet, both ways."""

from __future__ import annotations

import pytest
from _hits import assert_quiet_both_ways, both_ways, checks_judged

import vardiff
from vardiff import Severity

CHANGES = [
    ("event.outcome", "The jury found him guilty of fraud.", "The jury acquitted him of fraud."),
    ("event.outcome", "The court found the two men guilty.", "The court acquitted the two men."),
    ("event.outcome", "The court declared her innocent.", "The court convicted her."),
    (
        "event.outcome",
        "A judge found the former minister guilty of bribery.",
        "A judge cleared the former minister of bribery.",
    ),
    (
        "referent.court",
        "The Supreme Court struck down the law.",
        "The appeals court struck down the law.",
    ),
    (
        "referent.court",
        "A district court upheld the ban on Friday.",
        "The Supreme Court upheld the ban on Friday.",
    ),
    (
        "referent.court",
        "The Court of Appeal overturned the verdict.",
        "The constitutional court overturned the verdict.",
    ),
]

TWINS = [
    # The same verdict, by its adjective or by its verb.
    ("The court declared him innocent.", "The court acquitted him."),
    ("The court found the two men innocent.", "The court acquitted the two men."),
    ("The jury found the three officers guilty.", "The jury convicted the three officers."),
    ("The jury found him not guilty.", "The jury acquitted him."),
    # The same court in other words.
    ("The Court of Appeal overturned the verdict.", "The appeals court overturned the verdict."),
    ("The country's top court ruled on Monday.", "The Supreme Court ruled on Monday."),
    # Two courts named on a side: the case moved between them, told alike.
    (
        "A district court convicted him, and the Supreme Court upheld it.",
        "A trial court convicted him and the Supreme Court upheld the verdict.",
    ),
    # A high court is the top court somewhere and a trial court elsewhere: no rung read.
    ("The high court rejected the appeal.", "The Supreme Court rejected the appeal."),
    # "Found" with an adjective of no verdict.
    ("Police found the house empty.", "Police found the house abandoned."),
]


@pytest.mark.parametrize(("rule", "a", "b"), CHANGES)
def test_change_caught_both_ways(rule: str, a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert (rule, Severity.HIGH) in found or (rule, Severity.MEDIUM) in found, found


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_twin_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b", "loud"),
    [
        ("The jury found him guilty of fraud.", "The jury acquitted him of fraud.", True),
        ("The Supreme Court struck down the law.", "The appeals court struck down the law.", True),
        ("The court declared him innocent.", "The court acquitted him.", False),
    ],
)
def test_with_the_model(a: str, b: str, loud: bool) -> None:
    (pair,) = vardiff.compare(a, b).pairs
    worst = max((f.severity for f in pair.findings), default=Severity.INFO)
    assert (worst >= Severity.MEDIUM) is loud, pair.findings
