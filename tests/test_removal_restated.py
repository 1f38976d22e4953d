"""A word of A that B restates in another part of speech or another construction is not lost
(issue 7: quiet on honest rewording): a noun of an act said by its verb ("locked the records
with encryption" / "encrypted the records", the mirror of a verb said by its noun), and a
participle between two nouns that B folds into a compound, the second noun set before the
first ("a ship carrying grain" / "a grain ship", "lorries loaded with fuel" / "fuel lorries").
Dropped outright, the same words still fail the gate, and so does a compound B gets backwards
("a ship grain").

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets or a probe. Without the model; the severities are under the shipped calibration."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

RESTATED = [
    (
        "The hackers locked the hospital's patient records with encryption and asked for a "
        "payment in bitcoin, police said.",
        "The hackers encrypted the hospital's patient records and asked for a payment in "
        "bitcoin, police said.",
    ),
    (
        "A ship carrying grain ran aground off the coast of Turkey on Monday, the coastguard said.",
        "A grain ship ran aground off the coast of Turkey on Monday, the coastguard said.",
    ),
    (
        "Lorries loaded with fuel were stuck at the border for three days, the drivers' union "
        "said.",
        "Fuel lorries were stuck at the border for three days, the drivers' union said.",
    ),
]

LOST = [
    (
        "The hackers locked the hospital's patient records with encryption and asked for a "
        "payment in bitcoin, police said.",
        "The hackers locked the hospital's patient records and asked for a payment in bitcoin, "
        "police said.",
    ),
    (
        "A ship carrying grain ran aground off the coast of Turkey on Monday, the coastguard said.",
        "A ship ran aground off the coast of Turkey on Monday, the coastguard said.",
    ),
    (
        "A ship carrying grain ran aground off the coast of Turkey on Monday, the coastguard said.",
        "A ship grain ran aground off the coast of Turkey on Monday, the coastguard said.",
    ),
    (
        "Lorries loaded with fuel were stuck at the border for three days, the drivers' union "
        "said.",
        "Lorries were stuck at the border for three days, the drivers' union said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), RESTATED)
def test_a_word_restated_in_another_form_is_not_lost(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOST)
def test_the_same_words_dropped_still_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
