"""A rank with its noun or without (issue 7 trust, issue 8 drift): "finished in third place" /
"finished third" is one rank ("place" said by the rank), while "in second place" / "third" is
another rank (`number.rank`, an edit of three words)."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Karnal were in third place.", "Karnal were third."),
        ("She finished in second place in the final.", "She finished second in the final."),
        ("He came in third position.", "He came third."),
    ],
)
def test_a_rank_with_its_noun_or_without_is_one_rank(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("She finished in second place.", "She finished third."),
        ("She finished in second place.", "She finished in third place."),
        # "place" away from a rank is a word of its own.
        ("She took the place of the minister.", "She took the minister."),
    ],
)
def test_another_rank_or_a_place_dropped_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
