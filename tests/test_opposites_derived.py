"""An opposite said through another part of speech of its stem ("the closure of the crossing" /
"the crossing open", "newly diagnosed" / "old", "majority" / "minor"), read through the
lexicon's derivational links (WordNet's, in each word's commonest senses), and the adverbs of
degree the modifiers check reads by their adjective.

The sentences are our own news-style probes, not items of the benchmark sets; each pair is
tried both ways round.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, judged, loud

from vardiff import Severity
from vardiff.judge._lexicon import lexicon
from vardiff.judge._morphology import adjective_forms, related_forms
from vardiff.judge.modifiers import find_modifiers
from vardiff.judge.opposites import find_opposites


@pytest.mark.parametrize(
    ("word", "related"),
    [
        ("closure", "close"),
        ("arrivals", "arrive"),  # through its lemma
        ("majority", "major"),
        ("newly", "new"),
        ("quickly", "quick"),
        ("decision", "decide"),
    ],
)
def test_a_word_gives_the_words_of_its_stem_in_other_parts_of_speech(
    word: str, related: str
) -> None:
    assert related in related_forms(word)


@pytest.mark.parametrize("adverb", ["hardly", "lately", "nearly", "shortly"])
def test_an_adverb_that_says_something_else_is_not_read_as_its_suffix_spells_it(
    adverb: str,
) -> None:
    # "hardly" is no "hard", "lately" no "late": WordNet links no adjective to them.
    assert related_forms(adverb) == (adverb,)
    assert adjective_forms(adverb) == (adverb,)


def test_an_adverb_of_degree_is_read_by_the_adjective_its_suffix_spells() -> None:
    # WordNet links no adjective to "hugely"; its suffix spells one the lexicon knows.
    assert "huge" in adjective_forms("hugely", by_suffix=True)
    assert "happy" in adjective_forms("happily", by_suffix=True)
    assert "gentle" in adjective_forms("gently", by_suffix=True)
    assert adjective_forms("only", by_suffix=True) == ("only",)  # not "on"


DERIVED_REVERSED = [
    (
        "Officials ordered the closure of the border crossing on Monday.",
        "Officials ordered the border crossing open on Monday.",
    ),
    (
        "The hospital reported 40 newly diagnosed cases on Friday.",
        "The hospital reported 40 old cases on Friday.",
    ),
    (
        "Minor parties often vanish after one election.",
        "Majority parties often vanish after one election.",
    ),
    (
        "Sadly, the new rules have pushed small farmers aside.",
        "It is happy that the new rules have pushed small farmers aside.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DERIVED_REVERSED)
def test_an_opposite_through_another_part_of_speech_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = loud(find_opposites(left, right))
        assert [(h.check, h.evidence["relation"]) for h in hits] == [
            ("opposite.placed", "antonym")
        ], (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One stem on both sides: the same act, reworded.
        (
            "The closure of the road was announced on Monday.",
            "The road was closed, it was announced on Monday.",
        ),
        # Two derivations of one stem are no opposites ("employer" / "employee").
        (
            "The bank employs 85,000 people in Europe.",
            "The bank has 85,000 employees in Europe.",
        ),
        # A negation turns the opposite back.
        (
            "Officials ordered the closure of the border crossing on Monday.",
            "Officials said the border crossing was not open on Monday.",
        ),
        # "hardly" is no "hard": no opposite of "easy".
        ("The exam was hardly easy for the pupils.", "The exam was not easy for the pupils."),
    ],
)
def test_a_rewording_through_another_part_of_speech_is_quiet(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not any(h.category == "opposite" for h in loud(find_opposites(left, right))), (
            left,
            right,
        )


def test_an_opposite_through_another_part_of_speech_fails_the_gate() -> None:
    a, b = DERIVED_REVERSED[0]
    [placed] = judged(a, b, "opposite.placed")
    assert placed.severity >= Severity.MEDIUM, placed
    assert (placed.a, placed.b) == ("closure", "open")


def test_a_dropped_adverb_of_degree_read_by_its_adjective_is_no_cut() -> None:
    # "remarkably" is "remarkable" (an adjective of degree): a dropped intensifier, which
    # leaves the claim standing, not a modifier cut out of the phrase.
    assert lexicon().is_degree_adjective("remarkable")
    a = "The results were remarkably consistent across the regions."
    b = "The results were consistent across the regions."
    assert not any(h.check == "modifier.cut" for h in find_modifiers(a, b))
    # A modifier that is no degree word is still cut ("deliberately").
    cut = "The results were deliberately consistent across the regions."
    assert [h.check for h in loud(find_modifiers(cut, b))] == ["modifier.cut"]
