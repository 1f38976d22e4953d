"""Leftovers of probe_drift16, probe_quiet16, probe_drift15 and probe_quiet15, each with its loud
and quiet twins (sentences not the probes'): two acronyms of one time standard ("GMT" / "UTC":
coordinated universal time is Greenwich Mean Time kept with leap seconds) one name, two time
zones ("GMT" / "EST") two; a country named by the countries it is made of ("the United Kingdom"
/ "England, Scotland, Wales and Northern Ireland", WordNet's part meronyms), one of them alone
still another place; a proportion said from its other side or as a multiple ("two pupils for
every computer" / "one computer for every two pupils", "two women for every man" / "twice as
many women as men"): the same proportion, where a rate turned round ("three applicants for every
place" / "three places for every applicant"), another count or a multiple's two things swapped
("three times as many sheep as residents" / "... residents as sheep": ``number.degree``) stays
loud; a national capital named again as "the capital" ("in Madrid" / "in the capital"), another
city ("Barcelona") still dropped; a source named again by a broader word in one of its rarer
senses ("the airline said" / "the carrier said": the lexicon's ``later_senses``), another body
("the union said") still another source; an emphatic reflexive against "alone" after the subject
("the coach herself drove" / "the coach alone drove": ``focus.changed``), after the verb ("wrote
the songs herself" / "alone": without help both) quiet; a threat ("is threatening to cut" / "is
going to cut", "threatened to evict" / "planned to evict": ``modality.changed``), the threat
told as a warning ("warned they would shell") quiet; a score of nil said by an adjective whose
definition denies any ("played out a goalless draw" / "drew 0-0"), another score ("1-1") still
loud."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_quiet_both_ways,
    judged,
)

from vardiff import Severity
from vardiff.judge._lexicon import lexicon
from vardiff.judge.measures import rate_restated, rates

QUIET = [
    # One time standard by two acronyms.
    (
        "The spacecraft is due to enter orbit at 21:40 UTC on Wednesday, the agency said.",
        "The spacecraft is due to enter orbit at 21:40 GMT on Wednesday, the agency said.",
    ),
    # A country named by the countries it is made of.
    (
        "The new levy on sugary drinks will apply throughout the United Kingdom from April.",
        "The new levy on sugary drinks will apply throughout England, Scotland, Wales and "
        "Northern Ireland from April.",
    ),
    # A proportion said from its other side, or as a multiple.
    (
        "The hospital now has one nurse for every six patients, up from one for every nine.",
        "The hospital now has six patients for every nurse, up from one for every nine.",
    ),
    (
        "In the village there are three sheep for every resident, a survey found.",
        "In the village there are three times as many sheep as residents, a survey found.",
    ),
    (
        "At the university there are now two applicants for every place, against five in 2010.",
        "At the university there is now one place for every two applicants, against five in 2010.",
    ),
    # A source named again by a broader word in a rarer sense.
    (
        "The airline said all flights to the island would resume on Thursday morning.",
        "The carrier said all flights to the island would resume on Thursday morning.",
    ),
    # A national capital named again by what it is.
    (
        "Rents in Madrid rose by 9 percent last year, twice as fast as in the rest of Spain.",
        "Rents in the capital rose by 9 percent last year, twice as fast as in the rest of Spain.",
    ),
    # A score of nil said by an adjective that denies any.
    (
        "The rivals played out a goalless draw in the capital on Sunday after both sides missed "
        "penalties.",
        "The rivals drew 0-0 in the capital on Sunday after both sides missed penalties.",
    ),
    # A threat told as a warning of what will be.
    (
        "The rebels threatened to shell the port if the blockade was not lifted by Friday.",
        "The rebels warned they would shell the port if the blockade was not lifted by Friday.",
    ),
    # A reflexive and "alone" after the verb: without help, both.
    (
        "The farmer built the barn himself over two summers.",
        "The farmer built the barn alone over two summers.",
    ),
]

LOUD = [
    # Two time zones.
    (
        "The spacecraft is due to enter orbit at 21:40 GMT on Wednesday, the agency said.",
        "The spacecraft is due to enter orbit at 21:40 EST on Wednesday, the agency said.",
    ),
    # One country of the union for the union.
    (
        "The new levy on sugary drinks will apply throughout the United Kingdom from April.",
        "The new levy on sugary drinks will apply throughout Scotland from April.",
    ),
    # A rate turned round, another count, the multiple's terms swapped.
    (
        "The hospital now has one nurse for every six patients, the health board said.",
        "The hospital now has one patient for every six nurses, the health board said.",
    ),
    (
        "The hospital now has one nurse for every six patients, the health board said.",
        "The hospital now has one nurse for every eight patients, the health board said.",
    ),
    (
        "In the village there are three times as many sheep as residents, a survey found.",
        "In the village there are three times as many residents as sheep, a survey found.",
    ),
    # Another body.
    (
        "The airline said all flights to the island would resume on Thursday morning.",
        "The union said all flights to the island would resume on Thursday morning.",
    ),
    # Another score.
    (
        "The rivals played out a goalless draw in the capital on Sunday after both sides missed "
        "penalties.",
        "The rivals drew 1-1 in the capital on Sunday after both sides missed penalties.",
    ),
    # A threat told as what will be, or as a plan.
    (
        "The airline is going to cut 2,000 jobs at its main hub next year, the union said.",
        "The airline is threatening to cut 2,000 jobs at its main hub next year, the union said.",
    ),
    (
        "The landlord threatened to evict the tenants before the end of the month.",
        "The landlord planned to evict the tenants before the end of the month.",
    ),
    # An emphatic reflexive against "alone" after the subject.
    (
        "The coach herself drove the injured players to the hospital after the match.",
        "The coach alone drove the injured players to the hospital after the match.",
    ),
    (
        "Shareholders themselves will decide on the merger at a meeting in June.",
        "Shareholders alone will decide on the merger at a meeting in June.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_said_another_way_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_another_fact_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_time_standard_is_a_variant() -> None:
    assert_judged_both_ways(
        "Trading resumed at 08:00 GMT.", "Trading resumed at 08:00 UTC.", "entity.variant"
    )


def test_union_named_by_its_countries_is_a_region() -> None:
    assert_judged_both_ways(
        "Rail fares will rise across the United Kingdom in March.",
        "Rail fares will rise across England, Scotland, Wales and Northern Ireland in March.",
        "entity.region",
    )


def test_rates_read() -> None:
    assert rates("one computer for every two pupils") == [("computer", "pupil", 0.5, (0, 33))]
    assert rates("twice as many women as men")[0][:3] == ("woman", "man", 2.0)
    assert rate_restated("two pupils for every computer", "one computer for every two pupils")
    assert rate_restated("two pupils for every computer", "two computers for every pupil") is None
    assert rate_restated("two pupils for every computer", "two pupils for every computer") is None


def test_reflexive_against_alone_is_focus() -> None:
    assert_judged_both_ways(
        "The governor himself approved the release.",
        "The governor alone approved the release.",
        "focus.changed",
    )


def test_later_sense_names_a_kind() -> None:
    lex = lexicon()
    assert lex.names_kind_later("airline", "carrier")
    assert not lex.names_kind_later("carrier", "airline")
    assert not lex.names_kind_later("union", "carrier")


def test_other_city_as_the_capital_is_a_name_dropped() -> None:
    found = judged(
        "Rents in Barcelona rose by 9 percent last year, twice as fast as in the rest of Spain.",
        "Rents in the capital rose by 9 percent last year, twice as fast as in the rest of Spain.",
        "entity.dropped",
    )
    assert found and found[0].severity >= Severity.MEDIUM


def test_capital_described_explains_its_words() -> None:
    found = judged(
        "Rents in Madrid rose by 9 percent last year.",
        "Rents in the capital rose by 9 percent last year.",
        "entity.variant",
    )
    assert found and ("described", 1.0) in found[0].evidence
