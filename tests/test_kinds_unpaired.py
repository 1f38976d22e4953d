"""Siblings the word diff does not pair: a rewrite moves words, and a noun swapped for another
kind of its thing ("rifles" / "pistols") ends up inside a long replaced span, or beside another
word, or it was said twice and only one place changed. The kinds check then compares the two
texts' nouns: one the other text no longer says, one new there, close siblings right under one
parent (evidence ``paired`` 0). Moved words, a broader word, a pronoun for a repeated noun, and
both words on both sides stay quiet. A currency swapped with no number ("buy dollars" / "buy
euros") is another thing too; with a number it is the number check's unit.

Our own news-style sentences, both ways round.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, loud

import vardiff
from vardiff import Severity
from vardiff.judge.kinds import find_kinds

RIFLES = "Police said they had seized dozens of rifles in a raid on a farm near the border."
HELICOPTER = (
    "A helicopter carrying the governor crashed in the mountains on Tuesday, officials said."
)

UNPAIRED = [
    (RIFLES, "In a raid on a farm close to the border, dozens of pistols were seized, police say."),
    (
        HELICOPTER,
        "Officials said that on Tuesday a plane with the governor on board went down in the "
        "mountains.",
    ),
    (
        "The violin, made in 1721, was sold at an auction in London for nine million pounds.",
        "At an auction in London, the cello from 1721 fetched nine million pounds.",
    ),
    # Said twice, one place changed: the word is still on the other side, once.
    (
        "Police found one knife in the kitchen and another knife buried in the garden.",
        "Police found one knife in the kitchen and an axe buried in the garden.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), UNPAIRED)
def test_siblings_the_diff_does_not_pair_are_another_thing_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = [h for h in loud(find_kinds(left, right)) if h.check.startswith("kind.")]
        assert [h.check for h in hits] == ["kind.sibling"], (left, right, hits)
        assert hits[0].evidence["paired"] == 0.0


QUIET = [
    # The same rifles, the words moved.
    (RIFLES, "In a raid on a farm close to the border, police seized dozens of rifles, they said."),
    # A broader word for them.
    (RIFLES, "In a raid on a farm close to the border, dozens of weapons were seized, police say."),
    # Both kinds on both sides, in another order.
    (
        "Police seized rifles and pistols in a raid on a farm near the border.",
        "In a raid on a farm near the border, pistols and rifles were seized by police.",
    ),
    # A pronoun for the noun said twice.
    (
        "The knife was found in the garden, and the knife had blood on it, police said.",
        "The knife was found in the garden and it had blood on it, according to police.",
    ),
    (
        "Savers rushed to buy dollars as the peso fell.",
        "Savers hurried to buy dollars as the peso dropped.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_moved_broader_or_repeated_words_are_no_other_thing(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        checks = [h.check for h in loud(find_kinds(left, right))]
        assert "kind.sibling" not in checks and "kind.cohyponym" not in checks, (left, right)


def test_a_currency_without_a_number_is_another_thing_with_one_the_number_checks() -> None:
    for left, right in both_ways(
        "Savers rushed to buy dollars as the peso fell.",
        "Savers rushed to buy euros as the peso fell.",
    ):
        assert [h.check for h in loud(find_kinds(left, right))] == ["kind.sibling"]
    for left, right in both_ways("He paid 20 dollars for the ticket.", "He paid 20 euros for it."):
        assert not [h for h in find_kinds(left, right) if h.a in ("dollars", "euros")]


# -- end to end, with the real model and the shipped calibration ------------------------------


def worst(a: str, b: str) -> Severity | None:
    report = vardiff.compare(a, b)
    return max((f.severity for f in report.findings()), default=None)


def test_an_unpaired_sibling_in_a_rewrite_fails_the_gate_and_the_same_thing_passes() -> None:
    moved = (
        "Officials said that on Tuesday a {} with the governor on board went down in the mountains."
    )
    severity = worst(HELICOPTER, moved.format("plane"))
    assert severity is not None and severity >= Severity.MEDIUM, severity
    severity = worst(HELICOPTER, moved.format("helicopter"))
    assert severity is None or severity <= Severity.LOW, severity
