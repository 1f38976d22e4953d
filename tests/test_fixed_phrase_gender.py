"""A word inside a phrase English borrowed whole ("ex officio") names no man or woman: the
gender check does not read "ex" there as a former husband."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_not_judged_both_ways


def test_a_word_of_a_fixed_phrase_has_no_gender() -> None:
    assert_not_judged_both_ways(
        "The treasurer sits ex officio on the museum's board of trustees.",
        "The treasurer sits on the museum's board of trustees by virtue of her office.",
        "person.gender_swapped",
    )


def test_a_gendered_word_outside_such_a_phrase_still_counts() -> None:
    assert_fails_both_ways(
        "The treasurer sits on the museum's board because of his office.",
        "The treasurer sits on the museum's board because of her office.",
    )
