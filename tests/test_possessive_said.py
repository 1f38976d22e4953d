"""A possessive says its noun (issue 7: trust). "The airline's chief pilot" names the airline as
"the chief pilot of the airline" does: no head is lost or added either way. The noun gone
altogether still is."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

PAIRS = [
    ("The chief pilot of the airline defended the decision.",
     "The airline's chief pilot defended the decision."),
    ("The workers of the factory went on strike.", "The factory's workers went on strike."),
    ("The rights of workers were ignored.", "Workers' rights were ignored."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_possessive_is_no_head_lost(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert not [c for c, _ in found if c in ("removal.head", "addition.head")], found


def test_the_noun_gone_altogether_is_still_lost() -> None:
    found = checks_judged(
        "The chief pilot of the airline defended the decision.",
        "The chief pilot defended the decision.",
    )
    assert "removal.head" in [c for c, _ in found], found
