"""What someone wants to happen against what is planned, done or stated (``modality.changed``):
"wants to visit" / "is to visit", "hope to rebuild" / "were able to rebuild". The wish of the
speaker or the listener ("I'd like to show you", "you want to run") is a talk's turn of phrase
and no one's news. Texts written for these tests; model-free."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_not_judged_both_ways, assert_quiet_both_ways

from vardiff import _cues as cues


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The foreign minister is to travel to Nairobi next week for talks on the border.",
            "The foreign minister wants to travel to Nairobi next week for talks on the border.",
        ),
        (
            "Engineers were able to restore power to the hospital within two hours.",
            "Engineers hope to restore power to the hospital within two hours.",
        ),
        (
            "The club will sell its stadium to the city council for 40 million euros.",
            "The club would like to sell its stadium to the city council for 40 million euros.",
        ),
        (
            "Residents of the island voted to leave the federation, the election board said.",
            "Residents of the island are eager to leave the federation, the election board said.",
        ),
    ],
)
def test_a_wish_against_a_plan_or_a_fact_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A wish in other words.
        (
            "The foreign minister wants to travel to Nairobi next week for talks.",
            "The foreign minister would like to travel to Nairobi next week for talks.",
        ),
        (
            "Most voters want the president to resign before the summer.",
            "Most voters would like the president to resign before the summer.",
        ),
        (
            "The farmers, hoping to save their harvest, worked through the night.",
            "The farmers hoped to save their harvest and worked through the night.",
        ),
    ],
)
def test_a_wish_in_other_words_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The speaker's or the listener's wish: a turn of phrase.
        (
            "I'd like to show you a picture of the glacier we measured.",
            "Let me show you a picture of the glacier we measured.",
        ),
        (
            "We want to be inside the data, not outside it.",
            "We would rather be inside the data than outside it.",
        ),
        (
            "If you heard that noise at sea, you would want to turn back.",
            "If you heard that noise at sea, you would turn back.",
        ),
        # A polite "may wish to".
        (
            "Travellers may wish to check the timetable before they set off.",
            "Travellers may check the timetable before they set off.",
        ),
    ],
)
def test_no_wish_is_read_in_a_turn_of_phrase(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "modality.changed")


def test_whose_wish_it_is() -> None:
    assert cues.modality_words("The mayor does not really want to sell.", "wish") == ["want to"]
    assert cues.modality_words("Polls show 40 percent want Lee to resign.", "wish") == [
        "want Lee to"
    ]
    assert cues.modality_words("(Applause) Want to see it again?", "wish") == []
    assert cues.modality_words("We would never actually want to leave.", "wish") == []
