"""Opposites WordNet does not pair word to word, read in their place: an opposite of a word's
synonym ("significant" / "unimportant": important, "finished" / "began": end), two words of
the two clusters of an antonym pair ("protracted" / "short-term": long / short), the other end
of another dimension ("the tallest" / "the smallest building"), a part of a hyphenated word ("a
hot-air balloon" / "a cold air balloon"), the two ends of a comparison ("28% below" / "28%
higher than"), and a negation both sides keep although one says an article more ("not simply
responses to" / "not simply a response to").

Each pair is tried both ways round, beside rewordings that must stay quiet. The sentences are
our own news-style probes, not items of the benchmark sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, judged

from vardiff import Severity
from vardiff.judge._lexicon import lexicon
from vardiff.judge.opposites import find_opposites

REVERSED = [
    # A synonym's antonym, the diff swapping the one word for the other.
    (
        "The ruling was a significant victory for the opposition, analysts said.",
        "The ruling was an unimportant victory for the opposition, analysts said.",
    ),
    # A verb's synonym's antonym: finish / end, begin / end.
    (
        "The club finished its partnership with the sponsor last week.",
        "Last week the club began its partnership with the sponsor.",
    ),
    # Two clusters of one antonym pair (long / short), on the same word.
    (
        "The strike led to a protracted dispute between the union and the airline.",
        "The strike led to a short-term dispute between the union and the airline.",
    ),
    (
        "Officials expect a huge crowd at the rally in the capital on Sunday.",
        "On Sunday officials expect a tiny crowd at the rally in the capital.",
    ),
    # A part of a hyphenated word.
    (
        "The bank approved a long-term loan to the city council last week.",
        "Last week the bank approved a short-term loan to the city council.",
    ),
    (
        "Voters in low-income districts backed the proposal, the survey found.",
        "The survey found voters in high-income districts backed the proposal.",
    ),
    # The same negation on both sides, one side saying an article more.
    (
        "The rise was not simply a reaction to external pressure, the minister said.",
        "The minister said the rise was not simply reaction to internal pressure.",
    ),
]


@pytest.mark.parametrize(("a", "b"), REVERSED)
def test_a_loose_opposite_in_its_place_is_found_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = [h for h in find_opposites(left, right) if h.check == "opposite.placed"]
        assert len(hits) == 1, (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Two words of one cluster, or synonyms: the same statement.
        (
            "The strike led to a protracted dispute between the union and the airline.",
            "The strike led to a long-term dispute between the union and the airline.",
        ),
        (
            "The ruling was a significant victory for the opposition, analysts said.",
            "The ruling was an important victory for the opposition, analysts said.",
        ),
        (
            "The club finished its partnership with the sponsor last week.",
            "Last week the club completed its partnership with the sponsor.",
        ),
        # A hyphenated word whose parts are no opposite of the other word.
        (
            "The bank approved a long-term loan to the city council last week.",
            "Last week the bank approved a lasting loan to the city council.",
        ),
        # A negation on one side only turns the opposite back.
        (
            "The rise was not a reaction to external pressure, the minister said.",
            "The minister said the rise was a reaction to internal pressure.",
        ),
        # Near-antonyms that bear on different words.
        (
            "A huge crowd watched as the small boat reached the harbour.",
            "As the boat reached the harbour, a tiny dog watched the crowd.",
        ),
    ],
)
def test_a_rewording_stays_quiet(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not [h for h in find_opposites(left, right) if h.check == "opposite.placed"], (
            left,
            right,
        )


def test_loosely_opposed_reads_synonyms_and_clusters_not_synonyms() -> None:
    lex = lexicon()
    assert lex.loosely_opposed("significant", "unimportant")
    assert lex.loosely_opposed("protracted", "short-term")
    assert lex.loosely_opposed("tiny", "huge")
    assert not lex.loosely_opposed("significant", "important")
    assert not lex.loosely_opposed("protracted", "lengthy")


def test_a_loose_opposite_fails_the_gate_end_to_end() -> None:
    a, b = REVERSED[2]
    placed = judged(a, b, "opposite.placed")
    assert placed and placed[0].severity >= Severity.MEDIUM, placed
    assert (placed[0].a, placed[0].b) == ("protracted", "short-term")


# The other end of another dimension, and the ends of a comparison of amounts.
OTHER_END = [
    (
        "The tallest building in the city was finished in 2010, the council said.",
        "The council said the smallest building in the city was finished in 2010.",
    ),
    (
        "The president was re-elected by a large margin on Sunday.",
        "On Sunday the president was re-elected with a narrow margin.",
    ),
    (
        "Shares were offered at 29 dollars, 28% below their current price.",
        "Shares were offered at 29 dollars, 28% higher than their current price.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OTHER_END)
def test_the_other_end_is_found_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = [h for h in find_opposites(left, right) if h.check == "opposite.placed"]
        assert len(hits) == 1, (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The tallest building in the city was finished in 2010, the council said.",
            "The council said the highest building in the city was finished in 2010.",
        ),
        (
            "The president was re-elected by a large margin on Sunday.",
            "On Sunday the president was re-elected with a wide margin.",
        ),
        (
            "Shares were offered at 29 dollars, 28% below their current price.",
            "Shares were offered at 29 dollars, 28% lower than their current price.",
        ),
        # Two things, each at its own end, said in another order.
        (
            "A tall man carried a small box into the station.",
            "A small box was carried into the station by a tall man.",
        ),
    ],
)
def test_the_same_end_is_quiet(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not [h for h in find_opposites(left, right) if h.check == "opposite.placed"], (
            left,
            right,
        )
