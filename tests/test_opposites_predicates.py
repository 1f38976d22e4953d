"""A quality said of the subject after a linking verb ("the driver was sober" / "the driver was
drunk", "the market remained stable" / "volatile") turned into its near-antonym: the
opposites check reads the subject (or the linking verb, after a pronoun) as the word the
adjective bears on, as it reads the noun after an attributive adjective. A denial of the
opposite ("was sober" / "was not drunk") says the same, and stays quiet.

Each pair is tried both ways round; the sentences are our own, not items of the benchmark
sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, judged

from vardiff import Severity
from vardiff.judge.opposites import find_opposites

REVERSED = [
    (
        "The driver was sober when police stopped him.",
        "The driver was drunk when police stopped him.",
    ),
    ("He was sober.", "He was drunk."),
    ("The market remained stable after the vote.", "The market remained volatile after the vote."),
    ("Inspectors said the old bridge is fragile.", "Inspectors said the old bridge is sturdy."),
    ("The kitchen was still clean on Monday.", "The kitchen was still filthy on Monday."),
    ("The coach looked cheerful after the match.", "The coach looked gloomy after the match."),
]


@pytest.mark.parametrize(("a", "b"), REVERSED)
def test_a_predicate_adjective_turned_to_its_near_antonym_is_reversed(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = judged(x, y, "opposite.placed")
        assert len(found) == 1, (x, y, found)
        assert found[0].severity >= Severity.MEDIUM, (x, y, found)


QUIET = [
    # The opposite denied says the same.
    (
        "The driver was sober when police stopped him.",
        "The driver was not drunk when police stopped him.",
    ),
    ("He was sober.", "He was not drunk."),
    ("The market remained stable after the vote.", "The market was not volatile after the vote."),
    # Another linking verb, the same quality.
    ("The driver was sober.", "The driver seemed sober."),
    # Both qualities on both sides, said of the same people in another order.
    (
        "The driver was sober and the passenger was drunk.",
        "The passenger was drunk and the driver was sober.",
    ),
    # A synonym, no opposite.
    ("The fans were happy after the match.", "The fans were glad after the match."),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_a_rewording_of_the_predicate_stays_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert max((s for _, s in found), default=Severity.INFO) <= Severity.LOW, (x, y, found)


def test_two_subjects_do_not_make_one_place() -> None:
    # The near-antonyms are said of different subjects: no reversal of either.
    a = "The driver was sober, police said."
    b = "The passenger was drunk, police said."
    assert not [h for h in find_opposites(a, b) if h.check == "opposite.placed"]
