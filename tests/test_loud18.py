"""Leftovers of the loud side (probe_quiet17's and probe_drift17's changes left quiet), each with
its loud and quiet twins (sentences not the probes'): a demand told as a fact or a forecast
("demanded that the chief executive step down" / "predicted that the chief executive would step
down", "insisted that the school reopen" / "insisted that the school had reopened":
``modality.mandative``), the demand said with "should", as a noun or by another verb of its own
quiet; a country's capital against a town the lexicon ranks in it ("the Pakistani capital" /
"Pakistan's largest city", "the Greek capital" / "Greece's second city": ``entity.capital_ranked``,
from WordNet's glosses of the towns), the capital that is the largest town ("the Japanese
capital" / "Japan's largest city") quiet; a compound noun the lexicon knows as a thing of its own
("washing machines") no definition of another word ("dishwashers": "a machine for washing
dishes"); "left 5,000 people homeless" an outcome of its own (displaced) against "injured" or
"dead" (``event.outcome``); on someone's side against someone ("fought alongside the rebels" /
"fought against the rebels": ``opposite.antonym``), "alongside" / "next to" quiet; a purpose
told as done before the act ("in order to cut" / "after cutting": ``link.purpose``); "followed
suit" read as doing the same, against "did the opposite" (``opposite.indirect``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff._entities import capital_ranked, country_of

# A base form after "that" and a subject (the subjunctive of a demand) against a verb that tells
# a time.
MANDATIVE = [
    (
        "The union demanded that the chief executive step down after the pension fund lost "
        "half its value.",
        "The union predicted that the chief executive would step down after the pension fund "
        "lost half its value.",
    ),
    (
        "Parents insisted that the school reopen the swimming pool before the summer holidays.",
        "Parents insisted that the school had reopened the swimming pool before the summer "
        "holidays.",
    ),
    (
        "The inspectors recommended that the bridge be closed to lorries until repairs are "
        "finished.",
        "The inspectors noted that the bridge was closed to lorries until repairs are finished.",
    ),
]

# The demand said otherwise, or a past that its base form spells ("cut", "hit").
MANDATIVE_QUIET = [
    (
        "The inspectors recommended that the bridge be closed to lorries until repairs are "
        "finished.",
        "The inspectors recommended that the bridge should be closed to lorries until repairs "
        "are finished.",
    ),
    (
        "The union demanded that the chief executive step down after the pension fund lost "
        "half its value.",
        "The union demanded the resignation of the chief executive after the pension fund lost "
        "half its value.",
    ),
    (
        "The court ordered that the company pay compensation to every family.",
        "The court ordered that the company should pay compensation to every family.",
    ),
    (
        "The minister said that the government cut taxes last year.",
        "The minister said that the government had cut taxes last year.",
    ),
    (
        "It is vital that the data be kept on servers inside the country, the regulator said.",
        "It is vital that the data is kept on servers inside the country, the regulator said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MANDATIVE)
def test_demand_told_as_fact_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "modality.mandative")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), MANDATIVE_QUIET)
def test_demand_said_otherwise_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "modality.mandative")
    assert_quiet_both_ways(a, b)


# A capital against a town ranked in its country, which WordNet's glosses say is another.
CAPITAL_RANKED = [
    (
        "Flights from the Pakistani capital were suspended on Monday after fog reduced "
        "visibility to a few metres.",
        "Flights from Pakistan's largest city were suspended on Monday after fog reduced "
        "visibility to a few metres.",
    ),
    (
        "A new metro line opened in Morocco's capital on Friday, linking the old town with the "
        "university district.",
        "A new metro line opened in the biggest city in Morocco on Friday, linking the old town "
        "with the university district.",
    ),
    (
        "Rents in the Greek capital rose by 8 percent last year, a property website said.",
        "Rents in Greece's second city rose by 8 percent last year, a property website said.",
    ),
]

# The capital that is the town so ranked, or named again as the capital.
CAPITAL_RANKED_QUIET = [
    (
        "Rents in the Japanese capital rose by 8 percent last year, a property website said.",
        "Rents in Japan's largest city rose by 8 percent last year, a property website said.",
    ),
    (
        "Rents in the Japanese capital rose by 8 percent last year, a property website said.",
        "Rents in the largest city of Japan rose by 8 percent last year, a property website said.",
    ),
    (
        "Rents in the Japanese capital rose by 8 percent last year, a property website said.",
        "Rents in Japan's capital city rose by 8 percent last year, a property website said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CAPITAL_RANKED)
def test_capital_against_another_ranked_town_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "entity.capital_ranked")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CAPITAL_RANKED_QUIET)
def test_capital_that_is_the_ranked_town_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "entity.capital_ranked")
    assert_quiet_both_ways(a, b)


def test_capital_ranked_from_glosses() -> None:
    assert capital_ranked(country_of("Turkey"), "largest") is False
    assert capital_ranked(country_of("French"), "largest") is True
    assert capital_ranked(country_of("Greece"), "second") is False
    assert capital_ranked(country_of("China"), "second") is True


# A compound noun the lexicon knows is a thing of its own, not a definition of the other word:
# two things of one kind; the definition said at length still explains it.
def test_compound_noun_is_no_explanation() -> None:
    a = "The shop sold 300 dishwashers in the week before the holidays."
    assert_fails_both_ways(a, a.replace("dishwashers", "washing machines"))
    assert_quiet_both_ways(a, a.replace("dishwashers", "machines for washing dishes"))


# A state an outcome leaves people in: made homeless is being displaced, unhurt.
HOMELESS = [
    (
        "The earthquake left more than 2,000 villagers homeless, the regional governor said.",
        "The earthquake left more than 2,000 villagers injured, the regional governor said.",
    ),
    (
        "The earthquake left more than 2,000 villagers homeless, the regional governor said.",
        "The earthquake left more than 2,000 villagers dead, the regional governor said.",
    ),
    (
        "The fighting has displaced about 40,000 people, the agency said on Friday.",
        "The fighting has killed about 40,000 people, the agency said on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), HOMELESS)
def test_homeless_is_another_outcome(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "event.outcome")
    assert_fails_both_ways(a, b)


def test_homeless_before_its_noun_is_no_outcome() -> None:
    a = "The charity opened a shelter for homeless families in the city centre."
    assert_not_judged_both_ways(a, a.replace("homeless", "young"), "event.outcome")


# On someone's side against someone: "alongside" read as "for", opposed to "against".
SIDE = [
    (
        "Volunteers from abroad fought alongside the rebels during the siege of the port city, "
        "the report said.",
        "Volunteers from abroad fought against the rebels during the siege of the port city, "
        "the report said.",
    ),
    (
        "The striker played alongside his brother in the final for the first time.",
        "The striker played against his brother in the final for the first time.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SIDE)
def test_alongside_against_is_opposed(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "opposite.antonym")
    assert_fails_both_ways(a, b)


def test_alongside_beside_is_no_opposite() -> None:
    a = "The new hospital will be built alongside the old one, officials said."
    assert_not_judged_both_ways(a, a.replace("alongside", "next to"), "opposite.antonym")
    assert_quiet_both_ways(a, a.replace("alongside", "next to"))


# A purpose told as done before the act: the same verb after "after" or "having".
PURPOSE_DONE_BEFORE = [
    (
        "The council hired forty extra wardens in order to cut littering in the city centre, a "
        "spokesman said.",
        "The council hired forty extra wardens after cutting littering in the city centre, a "
        "spokesman said.",
    ),
    (
        "The team flew to Madrid to play the final on Saturday.",
        "The team flew to Madrid after playing the final on Saturday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PURPOSE_DONE_BEFORE)
def test_purpose_told_as_done_before_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "link.purpose")
    assert_fails_both_ways(a, b)


def test_purpose_said_otherwise_is_quiet() -> None:
    a = "The council hired forty extra wardens to cut littering in the city centre."
    assert_not_judged_both_ways(a, a.replace("to cut", "so as to cut"), "link.purpose")
    assert_quiet_both_ways(a, a.replace("to cut", "so as to cut"))


# Doing what another did ("followed suit") against doing its opposite.
def test_followed_suit_against_the_opposite_fails() -> None:
    a = "Oil prices rose sharply on Monday, and gold prices followed suit in the afternoon."
    b = a.replace("followed suit", "did the opposite")
    assert_judged_both_ways(a, b, "opposite.indirect")
    assert_fails_both_ways(a, b)


def test_followed_suit_said_otherwise_is_quiet() -> None:
    a = "Oil prices rose sharply on Monday, and gold prices followed suit in the afternoon."
    for other in ("did the same", "did likewise"):
        assert_quiet_both_ways(a, a.replace("followed suit", other))
