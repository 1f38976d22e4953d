"""Honest variation the judge still failed in the earlier probes' controls, read as kinds and
tested with sentences of their own (never the probes'), each beside a change of the same shape:

- a national capital named by what it is, with its country's adjective, against its name ("in
  the Kenyan capital" / "in Nairobi"): one city, as the names check reads it; "capital" goes
  with the country's word (``wording._government_kept``); another city of the country, or
  another country's capital, stays loud;
- a verb with the prefix "re-" against the same verb with "again" after its object ("reopened
  the road" / "opened the road again", "re-elected the mayor" / "elected the mayor again"):
  one act done again (``_alike._again_reads``); without "again" ("reopened" / "opened") the
  act's repetition is lost, and stays loud;
- a compound noun that names a noun by its parts ("fighter jets" / "warplanes": a kind of
  warplane and a sibling class of aircraft; "reserve troops" / "reservists": a word of the
  definition, "a member of a military reserve", and a body of soldiers): the wording check
  reads it as the definition restated (``_glosses.compound_names``), the numbers check as the
  same thing counted; a first part that is a sibling ("bomber jets" / "fighters") or says
  nothing of the word ("cargo planes" / "warplanes") stays another thing;
- an anniversary by its rank against the years counted since the event ("the tenth
  anniversary of the disaster" / "ten years since the disaster"): one count of years, read
  alike (``_alike._anniversary_reads``); another number stays another."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, checks_judged, most_severe

from vardiff import Severity
from vardiff.judge._alike import read_alike
from vardiff.judge._glosses import compound_names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Heavy snow closed schools across the Norwegian capital on Thursday, officials said.",
            "Heavy snow closed schools across Oslo on Thursday, officials said.",
        ),
        (
            "Protesters marched through the Kenyan capital demanding lower food prices.",
            "Protesters marched through Nairobi demanding lower food prices.",
        ),
        (
            "The festival returns to the Mexican capital in October after a two-year break.",
            "The festival returns to Mexico City in October after a two-year break.",
        ),
    ],
)
def test_a_capital_named_by_its_country_is_the_city(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Protesters marched through the Kenyan capital demanding lower food prices.",
            "Protesters marched through Mombasa demanding lower food prices.",
        ),
        (
            "Heavy snow closed schools across the Norwegian capital on Thursday, officials said.",
            "Heavy snow closed schools across Stockholm on Thursday, officials said.",
        ),
    ],
)
def test_another_city_for_the_capital_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Voters re-elected the mayor for a third term on Sunday.",
            "Voters elected the mayor again for a third term on Sunday.",
        ),
        (
            "Engineers rebuilt the old stone bridge in just six months.",
            "Engineers built the old stone bridge again in just six months.",
        ),
        (
            "The airline has reopened its route to Kyiv after two years.",
            "The airline has opened its route to Kyiv again after two years.",
        ),
    ],
)
def test_a_prefixed_verb_is_the_verb_again_after_its_object(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The airline has reopened its route to Kyiv after two years.",
            "The airline has opened its route to Kyiv after two years.",
        ),
        (
            "Engineers rebuilt the old stone bridge in just six months.",
            "Engineers built the old stone bridge in just six months.",
        ),
        (
            "The airline has reopened its route to Kyiv after two years.",
            "The airline has opened its route to Lviv again after two years.",
        ),
    ],
)
def test_the_prefix_without_again_or_another_object_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Three warplanes escorted the royal flight as it crossed the border on Tuesday.",
            "Three fighter jets escorted the royal flight as it crossed the border on Tuesday.",
        ),
        (
            "About 3,000 reservists joined the search for survivors after the earthquake.",
            "About 3,000 reserve troops joined the search for survivors after the earthquake.",
        ),
    ],
)
def test_a_compound_that_names_a_noun_by_its_parts_is_the_noun(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Three bombers escorted the royal flight as it crossed the border on Tuesday.",
            "Three fighter jets escorted the royal flight as it crossed the border on Tuesday.",
        ),
        (
            "Three warplanes escorted the royal flight as it crossed the border on Tuesday.",
            "Three cargo planes escorted the royal flight as it crossed the border on Tuesday.",
        ),
    ],
)
def test_a_compound_of_another_kind_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("word", "compound", "names"),
    [
        ("warplane", ["fighter", "jets"], True),
        ("reservists", ["reserve", "troops"], True),
        ("fighters", ["bomber", "jets"], False),
        ("warplanes", ["spy", "planes"], False),
        ("reservists", ["reserve", "players"], False),
        ("scientists", ["science", "teachers"], False),
    ],
)
def test_which_compounds_name_a_noun(word: str, compound: list[str], names: bool) -> None:
    assert (compound_names(word, compound) is not None) is names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Relatives laid flowers at the dam on the fifth anniversary of its collapse.",
            "Relatives laid flowers at the dam five years after its collapse.",
        ),
        (
            "The city held a concert to mark the 50th anniversary of the uprising.",
            "The city held a concert to mark 50 years since the uprising.",
        ),
    ],
)
def test_an_anniversary_is_the_years_since_the_event(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_an_anniversary_of_another_number_of_years_is_not_read_alike() -> None:
    a = "The city held a concert to mark the 50th anniversary of the uprising."
    same = "The city held a concert to mark 50 years since the uprising."
    other = "The city held a concert to mark 40 years since the uprising."
    for left, right in ((a, same), (same, a)):
        assert read_alike(left, right)[1], (left, right)
    for left, right in ((a, other), (other, a)):
        assert not read_alike(left, right)[1], (left, right)
    assert most_severe(checks_judged(other, a)) >= Severity.MEDIUM
