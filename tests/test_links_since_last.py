"""A state held since a time against the last time it happened then ("has won every match
since October" / "its last win came in October"): one says it went on, the other that it
ended (the links check, without the model)."""

from __future__ import annotations

import pytest
from _hits import both_ways

from vardiff.judge.links import find_links


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The club has won every game since April.", "Its last victory came in April."),
        ("The ferry has sailed daily since 2018.", "The ferry last sailed in 2018."),
        (
            "The minister has been seen in public since May.",
            "The minister was last seen in public in May.",
        ),
    ],
)
def test_a_state_since_a_time_against_its_last_time_is_opposed(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert [h.check for h in find_links(x, y)] == ["link.opposed"], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A negation turns one into the other: the same claim.
        ("The club has not won a game since April.", "Its last victory came in April."),
        ("The minister has not been seen since May.", "The minister was last seen in May."),
        # "last" names the time itself.
        ("Prices have risen since last year.", "Prices have risen compared with last year."),
        ("Sales have grown since March.", "Sales have grown compared with last March."),
        # Both sides say "since".
        ("The club has won every game since April.", "Since April, its last defeat is forgotten."),
    ],
)
def test_no_opposed_link_where_nothing_ended_on_one_side_only(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert find_links(x, y) == [], (x, y)
