"""A word denied against the other half of its field (issue 7: trust). Where two sets of words
split what they speak of ("provisional" / "final", "domestic" / "foreign"), to deny the one is
to say the other: "The results are not final" / "The results are provisional" is one claim.
Denying the same word, or swapping the two without a denial, still changes the meaning."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._fields import complements

TWINS = [
    ("The results are not final.", "The results are provisional."),
    ("The ruling is not provisional.", "The ruling is final."),
    ("Most of the visitors were not domestic.", "Most of the visitors were foreign."),
]
CHANGES = [
    ("The results are not final.", "The results are final."),
    ("The figures are provisional.", "The figures are final."),
    ("The results are not provisional.", "The results are provisional."),
]


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_a_denial_said_by_the_other_half_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_a_denial_dropped_or_a_half_swapped_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_only_fields_that_split_their_subject_are_complements() -> None:
    assert complements("final", "provisional") and complements("Foreign", "domestic")
    # "Not a loan" need not be a grant; two words of one set are no complements.
    assert not complements("loan", "grant")
    assert not complements("preliminary", "provisional")
