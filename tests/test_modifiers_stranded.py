"""Modifiers whose leaving out leaves words that cannot stand without them (a grading word before
what it cannot grade, a linking verb before a preposition), and adverbs of frequency that hedge
a claim: ``vardiff/judge/modifiers.py``."""

from __future__ import annotations

import pytest
from _hits import judged, worst

from vardiff import Severity
from vardiff.judge.modifiers import find_modifiers


def _cut(a: str, b: str) -> list[str]:
    return [h.a for h in find_modifiers(a, b) if h.check == "modifier.cut"]


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        # A grading word kept before a word it cannot grade: a preposition, a noun, a mark.
        (
            "The new bus service was very successful in the northern valleys.",
            "The new bus service was very in the northern valleys.",
            "successful",
        ),
        (
            "The harbour is one of the most important ports of the region.",
            "The harbour is one of the most ports of the region.",
            "important",
        ),
        (
            "Cycling to work is an increasingly popular choice among nurses.",
            "Cycling to work is an increasingly choice among nurses.",
            "popular",
        ),
        (
            "The bridge stayed extremely busy.",
            "The bridge stayed extremely.",
            "busy",
        ),
        # A linking verb kept before a preposition or a mark: the predicate is gone.
        (
            "The damage is visible in the photographs taken on Monday.",
            "The damage is in the photographs taken on Monday.",
            "visible",
        ),
        (
            "Whether the mayor will run again remains uncertain.",
            "Whether the mayor will run again remains.",
            "uncertain",
        ),
    ],
)
def test_a_modifier_whose_neighbours_cannot_stand_without_it_was_cut(
    a: str, b: str, word: str
) -> None:
    """Whatever else B words its own way (the modifiers of its own that B has do not matter
    here): what is left is broken or says something else."""
    assert _cut(a, b) == [word]
    # The removal check may read the same gap first ("stayed extremely."): the pair fails.
    assert worst(a, b) >= Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The grading word grades what it graded, or another word of degree.
        ("The new bus service was very successful.", "The new bus service was very popular."),
        ("The museum was very well known in the city.", "The museum was well known in the city."),
        ("The bridge was very busy in the morning.", "The bridge was busy in the morning."),
        # Rendered otherwise: no grading word left before a word it cannot grade.
        (
            "The harbour is one of the most important ports of the region.",
            "The harbour is one of the region's main ports.",
        ),
        (
            "The service was very successful in the north.",
            "The service was a great success in the north.",
        ),
        # A passive participle after a linking verb says the same as the verb alone would.
        (
            "The islands are located in the Indian Ocean.",
            "The islands are in the Indian Ocean.",
        ),
        ("The meeting is scheduled to start on Sunday.", "The meeting is to start on Sunday."),
        # A grading word that stands alone before "than" or "of" ("more than 100").
        (
            "A rocket more powerful than a hundred tonnes of dynamite.",
            "A rocket more than a hundred tonnes of dynamite.",
        ),
        # A grading word before a word it grades in another sense.
        (
            "Prices rose very much more quickly than wages.",
            "Prices rose very much faster than wages.",
        ),
    ],
)
def test_a_modifier_rendered_otherwise_or_graded_still_is_no_cut(a: str, b: str) -> None:
    assert _cut(a, b) == []
    assert judged(a, b, "modifier.cut") == []


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        (
            "Night nurses usually work twelve hours in a row.",
            "Night nurses work twelve hours in a row.",
            "usually",
        ),
        (
            "Ferry crews often stay on board for weeks.",
            "Ferry crews stay on board for weeks.",
            "often",
        ),
        (
            "The course sometimes includes a night march.",
            "The course includes a night march.",
            "sometimes",
        ),
    ],
)
def test_a_hedge_of_frequency_cut_out_tells_a_tendency_as_what_always_holds(
    a: str, b: str, word: str
) -> None:
    hits = [h for h in find_modifiers(a, b) if h.a == word]
    assert [h.check for h in hits] == ["modifier.cut"]
    assert hits[0].evidence["is_limiting"] == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One hedge for another, or the same hedge in other words.
        ("Night nurses usually work twelve hours.", "Night nurses typically work twelve hours."),
        ("Night nurses usually work twelve hours.", "Night nurses normally work twelve hours."),
        (
            "Ferry crews often stay on board for weeks.",
            "Ferry crews frequently stay on board for weeks.",
        ),
        # "rarely" denies: the polarity check's word, not a hedge left out.
        (
            "Ferry crews rarely stay on board for weeks.",
            "Ferry crews seldom stay on board for weeks.",
        ),
    ],
)
def test_a_hedge_said_by_another_of_its_kind_is_no_modifier_lost(a: str, b: str) -> None:
    assert [h for h in find_modifiers(a, b) if h.check == "modifier.cut"] == []
