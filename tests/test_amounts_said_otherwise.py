"""One span of time said in two units (issue 7 trust): "48 hours" / "two days", "90 minutes" / "an
hour and a half", "18 months" / "a year and a half", "once a week" / "weekly" are the same time;
another span stays a changed amount ("36 hours" / "a day", "four weeks" / "a month": a month is
no whole count of weeks). So are an age said in full ("87" / "87 years old", "at the age of
87"), a year after a prefix of its part ("mid-2019" / "the middle of 2019") and a century as
its hundreds ("the 19th century" / "the 1800s"), a sign in words ("minus 5" / "-5") and a rank with
its tens in words ("twenty-first" / "21st")."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_tells_apart,
    assert_quiet_both_ways,
    checks_judged,
)

from vardiff import Severity
from vardiff._numbers import extract_amounts, time_spans

SAME_TIME = [
    ("The strike lasted 48 hours.", "The strike lasted two days."),
    ("The strike lasted 24 hours.", "The strike lasted a day."),
    ("The strike lasted 36 hours.", "The strike lasted a day and a half."),
    ("The meeting lasted 90 minutes.", "The meeting lasted an hour and a half."),
    ("The meeting lasted 90 minutes.", "The meeting lasted one and a half hours."),
    ("The meeting lasted 2 hours.", "The meeting lasted 120 minutes."),
    ("The meeting lasted 45 minutes.", "The meeting lasted three quarters of an hour."),
    ("The project took 12 months.", "The project took a year."),
    ("The talks lasted 18 months.", "The talks lasted a year and a half."),
    ("He was jailed for 3 years.", "He was jailed for 36 months."),
    ("He was held for two weeks.", "He was held for 14 days."),
    ("The magazine appears once a week.", "The magazine appears weekly."),
    ("The pills are taken once a day.", "The pills are taken daily."),
]

OTHER_TIME = [
    ("The strike lasted 36 hours.", "The strike lasted a day."),
    ("The talks lasted 18 months.", "The talks lasted a year."),
    ("The meeting lasted 90 minutes.", "The meeting lasted half an hour."),
    ("He was held for four weeks.", "He was held for a month."),
    ("He was jailed for 3 years.", "He was jailed for 30 months."),
    ("He was jailed for 3 years.", "He was jailed for 3 months."),
    ("The strike lasted 48 hours.", "The strike lasted 48 days."),
    ("The magazine appears twice a week.", "The magazine appears weekly."),
    ("The board meets once a year.", "The board meets monthly."),
]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("lasted half an hour", [(0.5, "hour")]),
        ("lasted an hour and a half", [(1.5, "hour")]),
        ("took a year and a half", [(1.5, "year")]),
        ("a quarter of an hour later", [(0.25, "hour")]),
        ("three quarters of an hour", [(0.75, "hour")]),
        # "A second" is an ordinal far more often than a span, "one day" a "someday".
        ("he tried a second time", []),
        ("one day we will know", []),
    ],
)
def test_a_span_in_words_is_read_as_its_count_of_its_unit(
    text: str, read: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.counted) for q in time_spans(text)] == read


def test_a_span_in_words_keeps_its_words() -> None:
    # Only the decades, centuries and weeks of old are amounts whose words the number check
    # owns; "a year" stays words another check may find lost ("take a year off" / "take a off").
    assert [q.text for q in extract_amounts("over the past decade")] == ["the past decade"]
    assert extract_amounts("to take a year off") == []


@pytest.mark.parametrize(("a", "b"), SAME_TIME)
def test_one_span_in_two_units_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), OTHER_TIME)
def test_another_span_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_span_in_words_keeps_its_unit_for_the_wording_check() -> None:
    # "a week" and "a decade" are both one of their unit: the unit still tells them apart.
    found = checks_judged("Prices rose for a week.", "Prices rose for a decade.")
    assert max(severity for _, severity in found) >= Severity.MEDIUM, found


def test_with_the_model_hours_in_days_are_the_same_time() -> None:
    assert_model_tells_apart(
        "The rescue teams searched the collapsed mine for 48 hours before finding the miners.",
        "The rescue teams searched the collapsed mine for two days before finding the miners.",
        "The rescue teams searched the collapsed mine for two weeks before finding the miners.",
        check="number.",
    )


AGES_AND_DATES = [
    ("Smith, 87, said the plan would fail.", "Smith, 87 years old, said the plan would fail."),
    ("He died at 87.", "He died at the age of 87."),
    ("He died at 87.", "He died at the age of 87 years."),
    ("It happened in mid-2019.", "It happened in the middle of 2019."),
    ("It was built in the 19th century.", "It was built in the 1800s."),
]

CHANGED_AGES_AND_DATES = [
    ("Smith, 87, said the plan would fail.", "Smith, 78 years old, said the plan would fail."),
    ("He died at 87.", "He died at the age of 78."),
    ("It happened in mid-2019.", "It happened in mid-2020."),
    ("It happened in mid-2019.", "It happened in the middle of 2020."),
    ("It was built in the 19th century.", "It was built in the 1900s."),
]


@pytest.mark.parametrize(("a", "b"), AGES_AND_DATES)
def test_an_age_or_a_date_said_in_full_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED_AGES_AND_DATES)
def test_another_age_or_date_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_the_old_of_a_person_is_still_a_modifier() -> None:
    # "old" away from an amount of years still says something of the man.
    assert_fails_both_ways("The old man was hurt.", "The man was hurt.")


SIGNS_AND_RANKS = [
    ("Temperatures fell to minus 5 degrees.", "Temperatures fell to -5 degrees."),
    ("It was the twenty-first edition.", "It was the 21st edition."),
    ("It was the forty-second edition.", "It was the 42nd edition."),
]

CHANGED_SIGNS_AND_RANKS = [
    ("Temperatures fell to minus 5 degrees.", "Temperatures fell to 5 degrees."),
    ("Temperatures fell to -5C.", "Temperatures fell to 5C."),
    ("It was the twenty-first edition.", "It was the 22nd edition."),
    ("It was the twenty-first edition.", "It was the twentieth edition."),
]


@pytest.mark.parametrize(("a", "b"), SIGNS_AND_RANKS)
def test_a_sign_or_a_rank_in_words_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED_SIGNS_AND_RANKS)
def test_another_sign_or_rank_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("fell to -5 degrees", [-5.0]),
        ("fell to minus 5 degrees", [-5.0]),
        ("children aged 5-12", [5.0, 12.0]),  # a range, no negative twelve
        ("a 3-2 win", [3.0, 2.0]),
        ("It was the twenty-first edition.", []),  # no count of twenty
        ("in mid-2019", [2019.0]),
    ],
)
def test_the_value_of_each_amount(text: str, read: list[float]) -> None:
    assert [q.value for q in extract_amounts(text)] == read


def test_an_age_half_hyphenated_is_the_age() -> None:
    # "84-year old Abbas" / "Abbas, 84,": the "old" and the "-year" are the age's words.
    assert_quiet_both_ways(
        "During the session, 84-year old Abbas promised to hold elections.",
        "During the session, Abbas, 84, promised to hold elections.",
    )
    assert_fails_both_ways(
        "During the session, 84-year old Abbas promised to hold elections.",
        "During the session, Abbas, 86, promised to hold elections.",
    )
