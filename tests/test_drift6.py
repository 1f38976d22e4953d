"""Things of one field that a reader must tell apart, kinds of drift of probe_drift6 (issue 7:
trust; issue 8: meaning changes the embedding cannot see). A size is given in one measure ("300
metres long" is no height), a government is of one tier, a life has its places (born, lived,
died), one taught and another learnt, one thing in place of another is not both, a count counts
homes or people, votes or seats, a case has its parties, a post its holder before and after,
most of a group is not only that group, a source is named or not. The same thing said another
way stays quiet. The sentences are not the probe's: the probe is in sample for these fields."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    checks_judged,
    most_severe,
)

from vardiff import Severity
from vardiff.judge._fields import find_fields, same_set_swaps

CHANGES = [
    # dimension
    ("The tunnel is 57 kilometres long.", "The tunnel is 57 kilometres deep."),
    ("Workers built a 12-metre-high fence.", "Workers built a 12-metre-wide fence."),
    # tier
    (
        "Federal investigators raided the company's offices.",
        "State investigators raided the company's offices.",
    ),
    ("The provincial government banned the march.", "The federal government banned the march."),
    # life
    ("The poet died in Dublin in 1939.", "The poet lived in Dublin in 1939."),
    ("The actor grew up in a village near Naples.", "The actor was born in a village near Naples."),
    # teaching
    (
        "She taught physics at the university for 20 years.",
        "She studied physics at the university for 20 years.",
    ),
    # substitution
    (
        "The minister will travel to Rome instead of Paris.",
        "The minister will travel to Rome as well as Paris.",
    ),
    ("Police used water cannon rather than tear gas.", "Police used water cannon and tear gas."),
    # counted
    (
        "The floods forced 3,000 families to leave.",
        "The floods forced 3,000 people to leave.",
    ),
    ("The opposition won 120 seats.", "The opposition won 120 votes."),
    # legal parties
    (
        "The witness told the court she had seen the car.",
        "The defendant told the court she had seen the car.",
    ),
    ("Prosecutors appealed against the sentence.", "The victim appealed against the sentence."),
    # tenure
    ("The outgoing chairman signed the deal.", "The incoming chairman signed the deal."),
    ("The previous owner sold the club in 2015.", "The new owner sold the club in 2015."),
    # share
    ("The money is spent mainly on salaries.", "The money is spent only on salaries."),
    ("The region's exports go largely to China.", "The region's exports go exclusively to China."),
    # superlative
    ("It is the longest bridge in Asia.", "It is the oldest bridge in Asia."),
    # a run, or so many of a span
    (
        "Exports have risen for four consecutive quarters.",
        "Exports have risen in four of the past six quarters.",
    ),
    # the span of a record
    (
        "Rainfall in July was the heaviest in a century.",
        "Rainfall in July was the heaviest on record.",
    ),
    ("Turnout was the lowest this year.", "Turnout was the lowest in a decade."),
    # surface
    ("The race will be run on sand this year.", "The race will be run on snow this year."),
    # source
    (
        "A spokeswoman for the airline confirmed the crash.",
        "A source close to the airline confirmed the crash.",
    ),
]
TWINS = [
    (
        "Rainfall in July was the heaviest in a century.",
        "Rainfall in July was the heaviest in a hundred years.",
    ),
    ("It is the largest bridge in Asia.", "It is the biggest bridge in Asia."),
    (
        "Exports have risen for four consecutive quarters.",
        "Exports have risen for four quarters in a row.",
    ),
    ("The tunnel is 57 kilometres long.", "The tunnel has a length of 57 kilometres."),
    ("The tower is 300 metres high.", "The tower is 300 metres tall."),
    (
        "The provincial government banned the march.",
        "The march was banned by the provincial government.",
    ),
    ("The poet died in Dublin in 1939.", "The poet passed away in Dublin in 1939."),
    (
        "The minister will travel to Rome instead of Paris.",
        "The minister will travel to Rome rather than Paris.",
    ),
    (
        "The floods forced 3,000 families from their homes.",
        "The floods drove 3,000 families from their homes.",
    ),
    ("The defendant denied the charges.", "The accused denied the charges."),
    ("The outgoing chairman signed the deal.", "The departing chairman signed the deal."),
    ("The money is spent mainly on salaries.", "The money is spent mostly on salaries."),
    (
        "A spokeswoman for the airline confirmed the crash.",
        "An airline spokeswoman confirmed the crash.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_another_thing_of_the_field_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_the_same_thing_said_another_way_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Not a measure: no unit of length before the word.
        ("Prices stayed high for a long time.", "Prices stayed high for a wide time."),
        # "and" beside "instead of" on both sides: no substitution made additive.
        (
            "Rain and wind hit the coast instead of the city.",
            "Rain and wind hit the coast rather than the city.",
        ),
    ],
)
def test_no_field_where_the_word_is_not_the_fields(a: str, b: str) -> None:
    assert [
        h for h in find_fields(a, b) if h.evidence["field"] in ("dimension", "substitution")
    ] == []


def test_a_possessive_is_its_noun() -> None:
    hits = find_fields("The victim's lawyer spoke.", "The suspect's lawyer spoke.")
    assert [h.evidence["field"] for h in hits] == ["legal_party"]


# Two phrases of two sorts, a figure and a named thing, only changed their order: no exchange
# of roles. Two named things still are one.
def test_a_year_and_a_place_moved_stay_quiet() -> None:
    assert_quiet_both_ways(
        "The treaty was signed in Vienna in 1815.", "The treaty was signed in 1815 in Vienna."
    )


def test_two_places_exchanged_still_fail() -> None:
    assert_fails_both_ways("The bus went from Leeds to York.", "The bus went from York to Leeds.")


# A part said by an adverb of proportion ("mainly") is the part "most of" says.
def test_a_part_said_by_an_adverb_stays_quiet() -> None:
    assert_quiet_both_ways(
        "The passengers were mainly pilgrims.", "Most of the passengers were pilgrims."
    )


# A claim a report already attributes, put on sources it does not name: a reader is told no one
# answers for it. A named source added stays the quiet verdict it was.
@pytest.mark.parametrize(
    "b",
    [
        "The agency said the airline will cut 500 jobs, citing people familiar with the plan.",
        "The agency said the airline will cut 500 jobs, citing anonymous officials.",
    ],
)
def test_a_report_put_on_unnamed_sources_fails(b: str) -> None:
    a = "The agency said the airline will cut 500 jobs."
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM


def test_a_named_source_added_to_a_report_stays_low() -> None:
    a = "The agency said the airline will cut 500 jobs."
    b = "The agency said the airline will cut 500 jobs, citing a company statement."
    assert most_severe(checks_judged(a, b)) <= Severity.LOW


def test_a_man_and_a_woman_of_one_office_are_no_synonym() -> None:
    # The gender check's: "spokeswoman" / "spokesman" is another person, not one thing named
    # two ways, though both stand in the set of a named source.
    assert same_set_swaps("The spokeswoman declined.", "The spokesman declined.") == []
    assert [h.check for h in same_set_swaps("The spokesman left.", "The spokesperson left.")] == [
        "kind.synonym"
    ]
