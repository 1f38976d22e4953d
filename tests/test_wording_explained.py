"""A word against a phrase that says what it means (issue 7: quiet on honest translation; issue
8: loud on another thing): "drone" / "unmanned aircraft" is one thing said twice, as WordNet's
definition tells ("an aircraft without a pilot ..."); "an aircraft with a pilot" says the
definition without its negation, and "orphans" / "children who had lost one parent" with
another number: another thing. None of these sentences is a probe's."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._glosses import explanation

SAME = [
    ("drone", "unmanned aircraft"),
    ("derailed", "came off the tracks"),
    ("orphans", "children who had lost both parents"),
    ("smuggled", "imported without paying customs duties"),
    ("refugees", "people who fled for safety"),
    ("fortnight", "two weeks"),  # one of the sense's own names
    ("midwife", "a woman skilled in delivering babies"),
]
OTHER = [
    ("orphans", "children who had lost one parent"),  # another number
    ("drone", "an aircraft with a pilot"),  # "an aircraft without a pilot": the negation gone
    ("smuggled", "imported after paying customs duties"),  # the negation gone
    ("vegetarians", "people who eat meat"),  # "... someone who eats no meat": a ";" inside
]
NEITHER = [
    ("drones", "manned aircraft"),  # a word the definition does not say
    ("orphans", "children who lost a parent"),  # a number only the definition gives
    ("decade", "twenty years"),  # numbers are the numbers check's: "a period of 10 years"
    ("shells", "bullets"),  # one word against one word
    ("derailed", "came back onto the tracks"),  # a particle the definition lacks
    ("stole", "did not steal"),  # the word itself, negated: the negation check's
    ("fusing", "to merge"),  # a synonym of one word: the kinds check's
    ("widow", "a woman whose husband had died"),  # said otherwise: the model's to weigh
    ("capital", "the capital city"),  # the word itself in the phrase
    ("orphans", "children who lost both children"),  # one "child" of the definition, used twice
]


@pytest.mark.parametrize(("word", "phrase"), SAME)
def test_a_phrase_that_says_what_a_word_means_explains_it_either_way_round(
    word: str, phrase: str
) -> None:
    for a, b in ((word, phrase), (phrase, word)):
        found = explanation(a, b)
        assert found is not None and found.reading == "same", (a, b, found)
        assert found.word == word.lower()


@pytest.mark.parametrize(("word", "phrase"), OTHER)
def test_a_definition_with_another_number_negation_or_direction_names_another_thing(
    word: str, phrase: str
) -> None:
    for a, b in ((word, phrase), (phrase, word)):
        found = explanation(a, b)
        assert found is not None and found.reading == "other", (a, b, found)


@pytest.mark.parametrize(("word", "phrase"), NEITHER)
def test_a_phrase_the_definition_does_not_say_is_no_explanation(word: str, phrase: str) -> None:
    assert explanation(word, phrase) is None
    assert explanation(phrase, word) is None


def test_the_definitions_defining_clause_decides_a_negation() -> None:
    # "a woman whose husband is dead especially one who has not remarried": the "not" is of the
    # aside, so the phrase need not deny anything
    found = explanation("widow", "a woman whose husband is dead")
    assert found is not None and found.reading == "same"


DRONE = (
    "The army said a drone had been shot down over the capital overnight.",
    "The army said an unmanned aircraft had been shot down over the capital overnight.",
)
POACHERS = (
    "Two poachers were arrested in the national park after rangers found a dead rhino.",
    "Two people who hunt illegally were arrested in the national park after rangers found a "
    "dead rhino.",
)
ORPHANS = (
    "The charity opened a second home for orphans in the city last year.",
    "The charity opened a second home for children who had lost one parent in the city last year.",
)


def test_the_judge_reads_a_word_said_at_length_as_one_thing() -> None:
    assert_judged_both_ways(*DRONE, "wording.explained")
    assert_quiet_both_ways(*DRONE)
    assert_not_judged_both_ways(*DRONE, "wording.replaced")


def test_the_words_inside_an_explanation_are_not_read_one_by_one() -> None:
    # "illegally" is part of what "poachers" means, not a manner added to "were arrested"
    assert_judged_both_ways(*POACHERS, "wording.explained")
    assert_not_judged_both_ways(*POACHERS, "modifier.dropped")
    assert_not_judged_both_ways(*POACHERS, "modifier.added")
    assert_quiet_both_ways(*POACHERS)


def test_the_judge_flags_a_definition_told_of_another_thing() -> None:
    assert_judged_both_ways(*ORPHANS, "wording.explained_otherwise")
    assert_fails_both_ways(*ORPHANS)


def test_with_the_model_a_word_said_at_length_stays_quiet_and_another_thing_fails() -> None:
    # before the definitions: "drone" / "unmanned aircraft" was a medium wording.replaced
    # (the model reads one word against two as unlike), and "orphans" / "children who had lost
    # one parent" was info one way round
    assert_model_quiet_both_ways(*DRONE)
    assert_model_fails_both_ways(*ORPHANS)
