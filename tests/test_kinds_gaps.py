"""Kinds the lexicon missed for a reason of its own (no model): a sense WordNet lacks (diesel
the fuel, insulin the medication), money one holds filed as a possession only (a coin is an
object), and a role WordNet files many trades under (an employee is a specific role)."""

from __future__ import annotations

import pytest
from _hits import ANOTHER_THING, both_ways

from vardiff.judge.kinds import find_kinds


def kinds(a: str, b: str) -> list[str]:
    return [h.check for h in find_kinds(a, b)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lorries queued for diesel at the depot.", "Lorries queued for petrol at the depot."),
        ("The patient was given insulin overnight.", "The patient was given morphine overnight."),
        ("Burglars took a coin from the display.", "Burglars took a vase from the display."),
        ("The merger angered shareholders.", "The merger angered employees."),
        ("The vaccine reached the clinic late.", "The insulin reached the clinic late."),
    ],
)
def test_another_thing_of_the_kind_is_found(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert kinds(x, y) in ANOTHER_THING, (x, y)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        # A broader word for the same thing, the link the lexicon now has.
        (
            "Lorries queued for diesel at the depot.",
            "Lorries queued for fuel at the depot.",
            "kind.hypernym",
        ),
        (
            "The patient was given insulin overnight.",
            "The patient was given medication overnight.",
            "kind.hypernym",
        ),
        (
            "The vaccine reached the clinic late.",
            "The medicine reached the clinic late.",
            "kind.hypernym",
        ),
        # A role the general word covers stays a broader word.
        ("The merger angered clerks.", "The merger angered employees.", "kind.hypernym"),
        ("The merger angered shareholders.", "The merger angered investors.", "kind.hypernym"),
    ],
)
def test_a_broader_word_stays_a_broader_word(a: str, b: str, check: str) -> None:
    assert kinds(a, b) == [check]


def test_a_general_role_is_still_no_specific_one() -> None:
    # "workers" (747 roles below it) is too general to be another person than "shareholders".
    assert kinds("The merger angered shareholders.", "The merger angered workers.") == []
