"""Harmless variation the judge read as drift: the head noun of a compound whose first noun
already is a thing of its kind, said or left out ("the capital city" / "the capital", "an oak
tree" / "an oak"). Tested both ways: the rewording stays quiet, a head that names another thing
than its first noun ("the bank account" / "the bank") is still found (no model)."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

from vardiff import Severity
from vardiff.judge._fields import one_set


def _loud(a: str, b: str) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s in checks_judged(a, b) if s >= Severity.MEDIUM]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rebels shelled the capital city on Monday.", "Rebels shelled the capital on Monday."),
        ("The capital city of the province is small.", "The capital of the province is small."),
        ("An old oak tree fell across the road.", "An old oak fell across the road."),
        ("The truck vehicle was found abandoned.", "The truck was found abandoned."),
    ],
)  # fmt: skip
def test_a_head_that_adds_nothing_to_its_first_noun_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y) == [], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thieves emptied the bank account on Monday.", "Thieves emptied the bank on Monday."),
        ("The police officer was injured.", "The police was injured."),
        ("Rebels shelled the capital city on Monday.", "Rebels shelled the city on Monday."),
    ],
)  # fmt: skip
def test_a_head_that_names_another_thing_is_still_found(a: str, b: str) -> None:
    assert _loud(a, b), (a, b)


def test_one_set_holds_a_fields_words_for_one_thing() -> None:
    assert one_set("capital", "city")
    assert one_set("Truce", "ceasefires")
    assert not one_set("city", "country")
    assert not one_set("final", "provisional")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A word that is an adjective as often as a noun qualifies the head: it is no thing.
        ("The prize goes to novel products.", "The prize goes to novel."),
        ("The pencil lost its former status.", "The pencil lost its former."),
    ],
)  # fmt: skip
def test_an_adjective_before_the_head_leaves_the_head_needed(a: str, b: str) -> None:
    assert _loud(a, b), (a, b)
