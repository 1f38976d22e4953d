"""A word replaced by its opposite between two translations, where the word diff does not pair
the two (they stand in differently worded stretches, or the word of A is still somewhere else
in B): the opposites check reads each word in its place (``opposite.placed``).

Each pair is tried both ways round, against the rewordings that must stay quiet. The sentences
are our own news-style probes, not items of the benchmark sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, judged, loud

from vardiff import Severity
from vardiff.judge.opposites import find_opposites, placed_opposites

REVERSED = [
    (
        "The minister said the talks would resume before the elections in May.",
        "According to the minister, negotiations will restart after the May elections.",
    ),
    (
        "Shares in the carmaker rose sharply after the company reported record profits.",
        "After record profits were reported by the company, the carmaker's shares fell sharply.",
    ),
    (
        "More than 300 workers were laid off at the plant last year.",
        "Last year the plant laid off fewer than 300 of its workers.",
    ),
    (
        "Over 2 million people voted in the first round.",
        "In the first round, less than 2 million people cast their votes.",
    ),
    (
        "The province has more than 40 hospitals, with a capacity of over 9,000 beds.",
        "There are less than 40 hospitals in the province, with more than 9,000 beds in all.",
    ),
    (
        "The spokesman called North Korea's pledge a major step towards peace.",
        "The spokesman described the South Korean commitment as an important step towards peace.",
    ),
    (
        '"We will finish the bridge before winter," the mayor told reporters.',
        'The mayor told reporters: "We are going to complete the bridge after winter."',
    ),
]


@pytest.mark.parametrize(("a", "b"), REVERSED)
def test_an_opposite_in_the_same_place_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = loud(find_opposites(left, right))
        assert [h.check for h in hits] == ["opposite.placed"], (left, right, hits)
        assert "same place" in hits[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A negation on one side turns the opposite back.
        ("Prices this year were not the same as last year.", "Prices were different last year."),
        ("The vote will not take place before noon.", "The vote will take place after noon."),
        ("On Sunday the museum was not open to visitors.", "The museum was closed to visitors."),
        # Both words on both sides: moved, not replaced.
        (
            "The old bridge was replaced by a new one in 2010.",
            "In 2010 a new bridge replaced the old one.",
        ),
        ("Exports rose in March but fell in April.", "In April exports fell; in March they rose."),
        # One event seen from each of its two participants.
        ("Germany beat France 2-1 in the final.", "In the final, France lost 2-1 to Germany."),
        # Particles take their sense from the verb.
        (
            "The company will pay off its debts this year.",
            "The company will settle on its debts this year.",
        ),
    ],
)
def test_a_rewording_of_an_opposite_is_quiet(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not any(h.check == "opposite.placed" for h in find_opposites(left, right)), (
            left,
            right,
        )


def test_an_opposite_elsewhere_in_the_sentence_is_no_reversal() -> None:
    # "early" and "late" qualify different things: no word around them is the same.
    a = "The early reports spoke of three injured people at the station."
    b = "Three people were injured at the station, it was reported late."
    assert not placed_opposites(a, b)
    assert not placed_opposites(b, a)


def test_a_paired_opposite_is_reported_once() -> None:
    a = "Oil output increased in the third quarter."
    b = "Oil output decreased in the third quarter."
    hits = find_opposites(a, b)
    assert [(h.check, h.a, h.b) for h in hits] == [("opposite.placed", "increased", "decreased")]
    assert hits[0].evidence["paired"] == 1.0


def test_a_placed_opposite_fails_the_gate_under_the_shipped_calibration() -> None:
    a, b = REVERSED[0]
    placed = judged(a, b, "opposite.placed")
    assert placed and placed[0].severity >= Severity.MEDIUM, placed
    assert (placed[0].a, placed[0].b) == ("before", "after")


# Near-antonyms (an adjective cluster's, or an adverb's adjective): looser than antonyms, so
# read only where the word they bear on is the same and said once on each side.
NEAR_REVERSED = [
    (
        "Rescuers found a massive crack in the dam on Monday, officials said.",
        "On Monday officials said rescuers had found a small crack in the dam.",
    ),
    (
        "The economy grew rapidly in the first quarter, the bank said.",
        "In the first quarter the economy grew slowly, according to the bank.",
    ),
    (
        "The talks were brief and ended without a deal.",
        "The talks were long and ended without a deal.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NEAR_REVERSED)
def test_a_near_antonym_on_the_same_word_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = loud(find_opposites(left, right))
        assert [(h.check, h.evidence["relation"]) for h in hits] == [
            ("opposite.placed", "indirect")
        ], (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The word they bear on is said twice: which one each qualifies is not read.
        (
            "A massive black hole swallowed a small black hole.",
            "A small black hole was swallowed by a huge black hole.",
        ),
        # A near-antonym of an amount is a point on a scale (the scales check's).
        ("We did a little thought experiment.", "We did some thought experiment."),
        # Near-antonyms that bear on different words.
        (
            "Goma lies in the extreme east, near Rwanda.",
            "Goma lies in the easternmost part of the country, close to Rwanda.",
        ),
    ],
)
def test_a_near_antonym_elsewhere_is_no_reversal(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not any(
            h.evidence.get("relation") == "indirect" for h in find_opposites(left, right)
        ), (
            left,
            right,
        )


def test_a_near_antonym_fails_the_gate_end_to_end() -> None:
    a, b = NEAR_REVERSED[0]
    placed = judged(a, b, "opposite.placed")
    assert placed and placed[0].severity >= Severity.MEDIUM, placed
    assert (placed[0].a, placed[0].b) == ("massive", "small")
