"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift18 (issue 7: trust; issue 8: meaning changes the embedding cannot see): another act
on the same object ("inspected" / "repaired" a bridge), an academic degree ("doctoral" /
"master's thesis"), an act on a company's shares or structure ("buy back" / "issue new
shares"), a kind of news outlet ("tabloid" / "broadsheet"), the quantity a figure measures
("blood pressure" / "blood sugar"), an act of discovery or making ("discovered" /
"photographed"), the order of birth ("elder" / "younger brother"); an anniversary by its name
("centenary" / "bicentenary"), the opening against the close of an event ("opening" /
"closing ceremony"), both against one of the two ("Both engines" / "One of the two engines"),
a forecast or a target told as an outcome ("is forecast to grow" / "grew"), one period's
figure told as a recurring rate ("in 2023" / "a year"), a city against the state or country
of its name ("Quebec City" / "Quebec") and the day of an event against the day before or
after ("on the eve of" / "on the day of the election"). The probe was written before the
judge's rules for these kinds were read; its first run on main fb4f5a5 is the out-of-sample
figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): an
anniversary named by a word read as the ordinal it marks ("bicentenary" / "tercentenary",
"golden" / "ruby wedding anniversary": ``number.changed``; "centenary" / "100th anniversary",
"silver jubilee" / "25 years on the throne" quiet; ``vardiff/_numbers.py``); one of a pair
against both ("Both reactors" / "One of the two reactors": ``scale.quantifier``); fields of
``kind.field`` for an academic degree ("doctorate" / "master's degree"), a kind of news outlet
("news agency" / "magazine", "broadsheet" / "tabloid"), the day of an event or a day before or
after it ("on the night of" / "on the night after the derby"), discovered / invented /
predicted / proved ("discovered" / "predicted") and the order of birth ("first-born" /
"youngest"), each with its synonyms quiet ("bachelor's" / "undergraduate degree", "news
agency" / "wire service", "on the eve of" / "the day before", "discovered" / "detected",
"first-born" / "eldest"); a field of ``event.outcome`` for what was done to a thing
("inspected" / "repaired", "searched" / "seized", "restored" / "sold"; "inspected" /
"examined", "repaired" / "fixed", "seized" / "impounded" quiet)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# Rules written against it, each with its loud and quiet twins (sentences not the probe's).


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The village held a street party to mark the bicentenary of its parish church.",
            "The village held a street party to mark the tercentenary of its parish church.",
        ),
        (
            "The couple marked their golden wedding anniversary with a cruise around the "
            "Norwegian fjords.",
            "The couple marked their ruby wedding anniversary with a cruise around the "
            "Norwegian fjords.",
        ),
        (
            "The club will celebrate its centenary next season with a special kit and a "
            "friendly against Ajax.",
            "The club will celebrate its 150th anniversary next season with a special kit and a "
            "friendly against Ajax.",
        ),
    ],
)
def test_an_anniversary_named_by_a_word_is_the_year_it_marks(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "number.changed")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The club will celebrate its centenary next season with a special kit and a "
            "friendly against Ajax.",
            "The club will celebrate its 100th anniversary next season with a special kit and a "
            "friendly against Ajax.",
        ),
        (
            "The couple marked their golden wedding anniversary with a cruise around the "
            "Norwegian fjords.",
            "The couple marked their 50th wedding anniversary with a cruise around the "
            "Norwegian fjords.",
        ),
        (
            "The festival is marking the sesquicentennial of the composer's birth with six "
            "concerts.",
            "The festival is marking the 150th anniversary of the composer's birth with six "
            "concerts.",
        ),
    ],
)
def test_an_anniversary_named_by_a_word_and_by_its_ordinal_are_one(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "number.changed")


def test_an_anniversary_and_the_years_it_marks_count_one_thing() -> None:
    a = "The king's silver jubilee was celebrated with a parade through the capital."
    b = "The king's 25 years on the throne were celebrated with a parade through the capital."
    assert_not_judged_both_ways(a, b, "number.other_kind")
    assert_not_judged_both_ways(a, b, "number.changed")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Both reactors at the plant were shut down after the earthquake, the operator said.",
            "One of the two reactors at the plant was shut down after the earthquake, the "
            "operator said.",
        ),
        (
            "Both candidates in the run-off have promised to raise the minimum wage next year.",
            "One of the two candidates in the run-off has promised to raise the minimum wage "
            "next year.",
        ),
    ],
)
def test_one_of_a_pair_is_not_both(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "scale.quantifier")


def test_one_of_a_pair_said_with_a_possessive_is_one_of_the_pair() -> None:
    a = "One of the two reactors at the plant was shut down after the earthquake."
    b = "One of its two reactors at the plant was shut down after the earthquake."
    assert_not_judged_both_ways(a, b, "scale.quantifier")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an academic degree
        (
            "She was awarded a doctorate in chemistry by the University of Leeds in 2009.",
            "She was awarded a master's degree in chemistry by the University of Leeds in 2009.",
        ),
        (
            "Only a quarter of the applicants had a bachelor's degree in engineering.",
            "Only a quarter of the applicants had a master's in engineering.",
        ),
        # a kind of news outlet
        (
            "The mayor told a news agency that the budget would be cut by a tenth.",
            "The mayor told a magazine that the budget would be cut by a tenth.",
        ),
        (
            "The photographs were first printed by a broadsheet on Sunday morning.",
            "The photographs were first printed by a tabloid on Sunday morning.",
        ),
        # the day of an event or the day before or after it
        (
            "Two fans were stabbed on the night of the derby, police said on Monday.",
            "Two fans were stabbed on the night after the derby, police said on Monday.",
        ),
        (
            "Flights were cancelled on the eve of the summit as security was tightened.",
            "Flights were cancelled on the morning of the summit as security was tightened.",
        ),
        # discovered, invented, predicted or proved
        (
            "The Scottish doctor discovered the bacterium that causes the disease in 1882.",
            "The Scottish doctor predicted the bacterium that causes the disease in 1882.",
        ),
        (
            "A Hungarian engineer invented the puzzle in 1974, and it has since sold millions.",
            "A Hungarian engineer improved the puzzle in 1974, and it has since sold millions.",
        ),
        # the order of birth
        (
            "The farm was left to his first-born daughter, who still runs it with her husband.",
            "The farm was left to his youngest daughter, who still runs it with her husband.",
        ),
    ],
)
def test_another_word_of_a_field_is_another_thing(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Only a quarter of the applicants had a bachelor's degree in engineering.",
            "Only a quarter of the applicants had an undergraduate degree in engineering.",
        ),
        (
            "The mayor told a news agency that the budget would be cut by a tenth.",
            "The mayor told a wire service that the budget would be cut by a tenth.",
        ),
        (
            "Flights were cancelled on the eve of the summit as security was tightened.",
            "Flights were cancelled the day before the summit as security was tightened.",
        ),
        (
            "The Scottish doctor discovered the bacterium that causes the disease in 1882.",
            "The Scottish doctor detected the bacterium that causes the disease in 1882.",
        ),
        (
            "The farm was left to his first-born daughter, who still runs it with her husband.",
            "The farm was left to his eldest daughter, who still runs it with her husband.",
        ),
    ],
)
def test_two_words_of_one_set_of_a_field_are_one_thing(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Council engineers inspected the footbridge over the canal on Tuesday after a storm.",
            "Council engineers repaired the footbridge over the canal on Tuesday after a storm.",
        ),
        (
            "Customs officers searched the lorry at the border crossing near Calais on Friday.",
            "Customs officers seized the lorry at the border crossing near Calais on Friday.",
        ),
        (
            "The collector said the vase had been restored in Paris before the war.",
            "The collector said the vase had been sold in Paris before the war.",
        ),
    ],
)
def test_another_act_on_the_same_thing_is_another_event(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "event.outcome")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Council engineers inspected the footbridge over the canal on Tuesday after a storm.",
            "Council engineers examined the footbridge over the canal on Tuesday after a storm.",
        ),
        (
            "Council engineers repaired the footbridge over the canal on Tuesday after a storm.",
            "Council engineers fixed the footbridge over the canal on Tuesday after a storm.",
        ),
        (
            "Customs officers seized the lorry at the border crossing near Calais on Friday.",
            "Customs officers impounded the lorry at the border crossing near Calais on Friday.",
        ),
    ],
)
def test_one_act_on_the_same_thing_said_another_way_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "event.outcome")
