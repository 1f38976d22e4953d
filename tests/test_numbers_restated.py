"""An amount said another way is no other number (issue 7), and another amount still is
(issue 8).

One span of time said in two units, the larger first ("three years and four months", "one
hour and 30 minutes", "2 days, 6 hours"), is one amount of the smaller unit: the same span said
in one unit ("40 months", "90 minutes") is no other number (issue 7), and another span still
is (issue 8). Two spans of two things ("two days and 40 people", "four months and three
years") stay two amounts.

A count before a list of names is said by the list ("her two daughters, Carla and Beatriz" /
"her daughters, Carla and Beatriz"); a count the list does not match, or another list, is
still a number changed.

A span of years by its unit in the plural ("centuries", "decades-old") is the round count of
years it stands for ("hundreds of years", "tens of years old"); another span still fails.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets or a probe. Without the model; the severities are under the shipped calibration."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff._numbers import extract_quantities


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The sentence was cut to three years and four months on appeal.", [(40.0, "months")]),
        ("The rescue took one hour and 30 minutes in high winds.", [(90.0, "minutes")]),
        ("The count lasted 2 days, 6 hours before a result.", [(54.0, "hours")]),
        # two spans that are no parts of one: the smaller first, or another thing after "and"
        (
            "They stayed four months and three years later came back.",
            [(4.0, "months"), (3.0, "years")],
        ),
        ("It rained for two days and 40 people had to leave.", [(2.0, "days"), (40.0, "people")]),
    ],
)
def test_a_span_in_two_units_is_one_amount(text: str, read: list[tuple[float, str]]) -> None:
    assert [(q.value, q.counted) for q in extract_quantities(text)] == read


SAME = [
    (
        "The appeal court cut the former mayor's sentence to three years and four months on "
        "Thursday, citing his age.",
        "The appeal court cut the former mayor's sentence to 40 months on Thursday, citing his "
        "age.",
    ),
    (
        "Divers searched the flooded mine for one hour and 30 minutes before the water rose "
        "again, the rescue service said.",
        "Divers searched the flooded mine for 90 minutes before the water rose again, the rescue "
        "service said.",
    ),
]

OTHER = [
    (
        "The appeal court cut the former mayor's sentence to three years and four months on "
        "Thursday, citing his age.",
        "The appeal court cut the former mayor's sentence to 46 months on Thursday, citing his "
        "age.",
    ),
    (
        "Divers searched the flooded mine for one hour and 30 minutes before the water rose "
        "again, the rescue service said.",
        "Divers searched the flooded mine for one hour and 50 minutes before the water rose "
        "again, the rescue service said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_the_same_span_in_one_unit_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), OTHER)
def test_another_span_still_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


LISTED = [
    (
        "The former minister is survived by her husband and her two daughters, Carla and "
        "Beatriz, the family said.",
        "The former minister is survived by her husband and her daughters, Carla and Beatriz, "
        "the family said.",
    ),
    (
        "The band's three founders, Jon Reyes, Mika Sato and Tom Berg, will play together again "
        "at a festival in May.",
        "The band's founders, Jon Reyes, Mika Sato and Tom Berg, will play together again at a "
        "festival in May.",
    ),
]

MISCOUNTED = [
    (
        "The former minister is survived by her husband and her three daughters, Carla and "
        "Beatriz, the family said.",
        "The former minister is survived by her husband and her daughters, Carla and Beatriz, "
        "the family said.",
    ),
    (
        "The former minister is survived by her husband and her two daughters, Carla and "
        "Beatriz, the family said.",
        "The former minister is survived by her husband and her daughters, Carla, Beatriz and "
        "Ines, the family said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LISTED)
def test_a_count_the_names_listed_say_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), MISCOUNTED)
def test_a_count_the_list_does_not_say_still_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The olive groves on the island are centuries old, the growers said.",
            "The olive groves on the island are hundreds of years old, the growers said.",
        ),
        (
            "The decades-old rivalry between the two clubs flared again on Sunday.",
            "The rivalry between the two clubs, decades old, flared again on Sunday.",
        ),
        (
            "Settlers farmed the valley for millennia before the dam was built.",
            "Settlers farmed the valley for thousands of years before the dam was built.",
        ),
    ],
)
def test_a_span_of_years_by_its_unit_or_a_round_count_is_quiet(a: str, b: str) -> None:
    # "centuries" are "hundreds of years": read letter by letter, a count one side adds.
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The olive groves on the island are centuries old, the growers said.",
            "The olive groves on the island are decades old, the growers said.",
        ),
        (
            "Settlers farmed the valley for millennia before the dam was built.",
            "Settlers farmed the valley for hundreds of years before the dam was built.",
        ),
    ],
)
def test_another_span_of_years_still_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
