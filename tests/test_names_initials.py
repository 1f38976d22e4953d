"""Initials in the plural are the same name (issue 7 trust): "NGOs" / "NGO", "1000 MCIs" / "a
thousand MCI", "SUVs" / "SUV" (a name's number is the grammar's); other initials stay another
name ("MPs" / "MEPs", "CEOs" / "CFOs"). A time zone by its initials is its name ("MSK" / "Moscow
time", "GMT" / "Greenwich Mean Time"); another zone is another time."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, judged

from vardiff._entities import compare_names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fine is up to 1000 MCIs.", "The fine is up to a thousand MCI."),
        ("Several NGOs criticised the plan.", "Several NGO criticised the plan."),
        ("The SUVs were recalled.", "The SUV were recalled."),
    ],
)
def test_initials_in_the_plural_are_one_name(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    for left, right in ((a, b), (b, a)):
        diff = compare_names(left, right)
        assert not diff.only_a and not diff.only_b, (left, right, diff)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Two MPs voted against.", "Two MEPs voted against."),
        ("The CEOs met on Monday.", "The CFOs met on Monday."),
        ("Several NGOs criticised the plan.", "Several UN agencies criticised the plan."),
    ],
)
def test_other_initials_stay_another_name(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The accident occurred at 12:25 local time (13:25 MSK) near the peak.",
            "The accident occurred at 12:25 local time (13:25 Moscow time) near the peak.",
        ),
        ("The launch is set for 14:00 GMT.", "The launch is set for 14:00 Greenwich Mean Time."),
        ("The quake struck at 9 am JST.", "The quake struck at 9 am Japan time."),
    ],
)
def test_a_time_zone_by_its_initials_is_its_name(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The launch is set for 14:00 GMT.", "The launch is set for 14:00 CET."),
        ("The launch is set for 14:00 Moscow time.", "The launch is set for 14:00 Beijing time."),
    ],
)
def test_another_time_zone_is_another_time(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_dotted_initials_written_out_in_another_phrase_and_a_function_word_spelling_none() -> None:
    # "by U.N. sanctions" / "under United Nations sanctions": one body, its initials written
    # with dots (an edit splits them into letters); "under" holds the letters of "U.N." and
    # names nothing, so "United States" stays another body.
    assert_quiet_both_ways(
        "The trade is prohibited by U.N. sanctions on North Korea.",
        "The trade is prohibited under United Nations sanctions on North Korea.",
    )
    assert_fails_both_ways(
        "The trade is prohibited by U.N. sanctions on North Korea.",
        "The trade is prohibited under United States sanctions on North Korea.",
    )


def test_dotted_initials_written_out_in_a_rebuilt_sentence_are_no_words_unmatched() -> None:
    # A sentence rebuilt as a whole lists the words nothing renders: the letters of "U.N."
    # are rendered by "United Nations" there as in an edit of a few words.
    a = "The U.N. agency said the camp was full and aid could not reach it before the winter."
    b = (
        "The United Nations agency warned that the overcrowded camp could not be reached by "
        "aid convoys until spring."
    )
    unmatched = [f.a for f in judged(a, b, "wording.unmatched_a")]
    assert "winter" in unmatched and not {"U", "N", "U.N."} & set(unmatched), unmatched
