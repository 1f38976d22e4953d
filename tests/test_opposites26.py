"""Opposites the lexicon reads from WordNet's definitions ("partial": ...; not total), also
as the heads of two compounds that share their first part ("data-sparse" / "data-dense"), and
a verb that is a kind of the other's antonym where the capital is the sentence's ("Concluded in
1990, the talks" / "Begun in 1990, the talks").

The sentences are our own, not items of the benchmark sets; each pair is tried both ways
round, model-free.
"""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._lexicon import lexicon
from vardiff.judge.opposites import opposed_words


@pytest.mark.parametrize(
    ("word", "negated"),
    [("partial", "total"), ("temporary", "lasting"), ("sparse", "dense"), ("cursory", "thorough")],
)
def test_a_definition_that_says_not_another_adjective_opposes_the_two(
    word: str, negated: str
) -> None:
    assert lexicon().opposition(word, negated) == "indirect"
    assert lexicon().opposition(negated, word) == "indirect"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The eclipse seen from the island was partial.",
            "The eclipse seen from the island was total.",
        ),
        (
            "The survey found a sparse population of otters.",
            "The survey found a dense population of otters.",
        ),
        ("The report called the threat imaginary.", "The report called the threat substantial."),
        (
            "Attendance at the evening class was compulsory.",
            "Attendance at the evening class was elective.",
        ),
    ],
)
def test_an_adjective_replaced_by_the_one_its_definition_negates_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The eclipse seen from the island was total.",
            "The eclipse seen from the island was complete.",
        ),
        (
            "The treaty brought a lasting peace to the valley.",
            "The treaty brought an enduring peace to the valley.",
        ),
        (
            "Inspectors made a thorough check of the wiring.",
            "Inspectors made a careful check of the wiring.",
        ),
        (
            "The survey found a sparse population of otters.",
            "The survey found a thin population of otters.",
        ),
    ],
)
def test_an_adjective_replaced_by_a_synonym_stays_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "opposite.indirect")
    assert_not_judged_both_ways(a, b, "opposite.placed")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Gauges are few in data-sparse regions such as the Sahel.",
            "Gauges are few in data-dense regions such as the Sahel.",
        ),
    ],
)
def test_two_compounds_with_one_first_part_and_opposed_heads_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Gauges are few in data-sparse regions such as the Sahel.",
            "Gauges are few in data-poor regions such as the Sahel.",
        ),
        (
            "She is a well-known author of short stories.",
            "She is a well-respected author of short stories.",
        ),
    ],
)
def test_two_compounds_with_one_first_part_and_heads_not_opposed_are_no_opposites(
    a: str, b: str
) -> None:
    assert not opposed_words(a, b)
    assert not opposed_words(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Concluded in 1990, the talks set the border along the river.",
            "Begun in 1990, the talks set the border along the river.",
        ),
        (
            "Established in 1901, the museum holds the town's archive.",
            "Closed in 1901, the museum holds the town's archive.",
        ),
    ],
)
def test_a_kind_of_the_antonym_that_opens_the_sentence_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "opposite.inherited")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Concluded in 1990, the talks set the border along the river.",
            "Ended in 1990, the talks set the border along the river.",
        ),
        (
            "Established in 1901, the museum holds the town's archive.",
            "Founded in 1901, the museum holds the town's archive.",
        ),
    ],
)
def test_a_synonym_that_opens_the_sentence_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
