"""A pair is judged the same read either way round, where the word diff is not: "a minority
board" / "a board without a majority" is a deletion and an insertion around "board" one way
and one replaced span the other, so the opposite said with a negation must be read both ways;
and the same amount of a unit that measures against a thing counted is another thing whatever
the diff."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, checks_judged

from vardiff.judge._edits import replacements, replacements_either_way


def test_a_replacement_one_way_is_found_the_other_way_too() -> None:
    a = "The club now runs a minority board after two directors quit."
    b = "The club now runs a board without a majority after two directors quit."
    assert replacements(a, b, most_words=4) == [], "the finest diff is a deletion and an insertion"
    swapped = replacements_either_way(a, b, most_words=4)
    assert [(e.a, e.b) for e in swapped] == [("minority board", "board without a majority")]


def test_an_opposite_with_a_negation_is_a_rewording_both_ways() -> None:
    a = "The club now runs a minority board after two directors quit."
    b = "The club now runs a board without a majority after two directors quit."
    assert_quiet_both_ways(a, b)
    assert checks_judged(a, b) == checks_judged(b, a)


def test_the_negation_alone_still_fails_both_ways() -> None:
    a = "The club now runs a majority board after two directors quit."
    b = "The club now runs a board without a majority after two directors quit."
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ferry docked four stops from the old harbour.",
            "The ferry docked four hours from the old harbour.",
        ),
        (
            "He crossed the line three lengths clear of the field.",
            "He crossed the line three seconds clear of the field.",
        ),
    ],
)
def test_a_measure_against_a_thing_counted_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ferry docked four miles from the old harbour.",
            "The ferry docked four mi from the old harbour.",
        ),
        ("The crew spent 12 hours on the site.", "The crew spent 12 shifts on the site."),
        (
            "The keeper was beaten twice before the break.",
            "The keeper let in two goals before the break.",
        ),
        (
            "About 300 early births are recorded there each year.",
            "About 300 premature babies are recorded there each year.",
        ),
        (
            "Iceland's 300,000 people fish for a living.",
            "The 300,000 inhabitants of Iceland fish for a living.",
        ),
    ],
)
def test_a_measure_said_another_way_or_a_span_word_is_left_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
