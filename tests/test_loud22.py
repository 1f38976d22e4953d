"""Leftovers of the loud side (changes earlier probes left quiet), each with its loud and quiet
twins (sentences not the probes'): a verb that states a relation between the same two words
replaced by a verb of another relation ("the panel comprises" / "oversees seven experts", "the
crate weighs" / "costs 40 kilograms", "earns" / "owes 52,000 dollars": ``event.relation``), the
same relation in other words quiet; what befell a firm as a business ("went bankrupt" / "went
public", "spun off" / "sold off", "merged with" / "was taken over by": ``event.outcome``); "as"
against "under" or "with" before the same post or party, "on" against "with" after a head of no
strife ("sanctions on" / "sanctions with": ``role.party``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# A verb of one relation against a verb of another, the words on both sides kept.
RELATION_CHANGED = [
    (
        "The advisory panel comprises seven independent experts, who are appointed for a term "
        "of four years by the health minister.",
        "The advisory panel oversees seven independent experts, who are appointed for a term "
        "of four years by the health minister.",
    ),
    (
        "The orchestra numbers 120 musicians, most of them recruited from conservatoires in "
        "central Europe over the past decade.",
        "The orchestra has dismissed 120 musicians, most of them recruited from conservatoires "
        "in central Europe over the past decade.",
    ),
    (
        "Each of the recovered crates weighs 40 kilograms, customs officers said after "
        "opening them at the border post.",
        "Each of the recovered crates costs 40 kilograms, customs officers said after "
        "opening them at the border post.",
    ),
    (
        "A newly qualified nurse in the region earns about 52,000 dollars in her first year, "
        "according to the union's survey.",
        "A newly qualified nurse in the region owes about 52,000 dollars in her first year, "
        "according to the union's survey.",
    ),
]
# The same relation in other words.
RELATION_KEPT = [
    (
        "The advisory panel comprises seven independent experts, who are appointed for a term "
        "of four years by the health minister.",
        "The advisory panel consists of seven independent experts, who are appointed for a "
        "term of four years by the health minister.",
    ),
    (
        "The advisory panel comprises seven independent experts, who are appointed for a term "
        "of four years by the health minister.",
        "The advisory panel is made up of seven independent experts, who are appointed for a "
        "term of four years by the health minister.",
    ),
    (
        "The orchestra numbers 120 musicians, most of them recruited from conservatoires in "
        "central Europe over the past decade.",
        "The orchestra has 120 musicians, most of them recruited from conservatoires in "
        "central Europe over the past decade.",
    ),
    (
        "A newly qualified nurse in the region earns about 52,000 dollars in her first year, "
        "according to the union's survey.",
        "A newly qualified nurse in the region makes about 52,000 dollars in her first year, "
        "according to the union's survey.",
    ),
    (
        "The painting is expected to fetch about 3 million euros when it goes under the hammer "
        "in Vienna next month.",
        "The painting is expected to sell for about 3 million euros when it goes under the "
        "hammer in Vienna next month.",
    ),
]


@pytest.mark.parametrize(("a", "b"), RELATION_CHANGED)
def test_another_relation_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "event.relation")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), RELATION_KEPT)
def test_the_same_relation_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "event.relation")
    assert_quiet_both_ways(a, b)


def test_a_verb_of_money_without_an_amount_is_no_relation() -> None:
    # "paid for by the residents": no amount after the verb, no measure of money stated.
    assert_not_judged_both_ways(
        "The new footbridge over the canal was paid for by the residents themselves.",
        "The new footbridge over the canal was borne by the residents themselves.",
        "event.relation",
    )


# What befell a firm as a business: failed, floated, split off, sold, bought, merged.
BUSINESS_CHANGED = [
    (
        "The regional carrier went bankrupt in 2011, leaving thousands of passengers stranded "
        "at airports across the country.",
        "The regional carrier went public in 2011, leaving thousands of passengers stranded "
        "at airports across the country.",
    ),
    (
        "The conglomerate spun off its shipping arm last spring after years of pressure from "
        "its largest shareholders.",
        "The conglomerate sold off its shipping arm last spring after years of pressure from "
        "its largest shareholders.",
    ),
    (
        "The brewery merged with a family-owned rival in 2016, creating the largest beer "
        "maker in the region.",
        "The brewery was taken over by a family-owned rival in 2016, creating the largest "
        "beer maker in the region.",
    ),
    (
        "The bookshop chain became insolvent within two years of opening its first stores "
        "outside the capital.",
        "The bookshop chain turned a profit within two years of opening its first stores "
        "outside the capital.",
    ),
]
BUSINESS_KEPT = [
    (
        "The regional carrier went bankrupt in 2011, leaving thousands of passengers stranded "
        "at airports across the country.",
        "The regional carrier went bust in 2011, leaving thousands of passengers stranded at "
        "airports across the country.",
    ),
    (
        "The brewery was taken over by a family-owned rival in 2016, creating the largest "
        "beer maker in the region.",
        "The brewery was acquired by a family-owned rival in 2016, creating the largest beer "
        "maker in the region.",
    ),
]


@pytest.mark.parametrize(("a", "b"), BUSINESS_CHANGED)
def test_another_fate_of_the_business_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "event.outcome")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), BUSINESS_KEPT)
def test_the_same_fate_of_the_business_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "event.outcome")
    assert_quiet_both_ways(a, b)


# The same post or party after another preposition: what the doer is, against one it serves
# under or works beside; a target of sanctions against a partner.
ROLE_CHANGED = [
    (
        "Before entering parliament she served as chief of staff in the previous "
        "administration for three years.",
        "Before entering parliament she served under the chief of staff in the previous "
        "administration for three years.",
    ),
    (
        "He spent a decade working as a translator for the agency before setting up his own "
        "publishing house.",
        "He spent a decade working with a translator for the agency before setting up his own "
        "publishing house.",
    ),
    (
        "Ministers discussed fresh tariffs on Venezuela at the meeting in Brussels, diplomats "
        "said on Wednesday.",
        "Ministers discussed fresh tariffs with Venezuela at the meeting in Brussels, diplomats "
        "said on Wednesday.",
    ),
]
ROLE_KEPT = [
    # "with" after a head of strife names the opponent, as "against" does.
    (
        "The border dispute with Venezuela has dragged on for more than a decade, diplomats "
        "said on Wednesday.",
        "The border dispute against Venezuela has dragged on for more than a decade, "
        "diplomats said on Wednesday.",
    ),
    # "such as" gives an example, as "like" does.
    (
        "Cities such as Lyon have already banned older diesel cars from their centres during "
        "the summer months.",
        "Cities like Lyon have already banned older diesel cars from their centres during the "
        "summer months.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ROLE_CHANGED)
def test_another_role_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "role.party")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), ROLE_KEPT)
def test_the_same_role_is_no_party_role(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "role.party")


# A motion carried or defeated; a person held, deported, handed over to stand trial or sent
# to another prison; a broadcast slot of another part of the day.
OUTCOME_CHANGED = [
    (
        "The amendment was carried by 41 votes to 37 after a heated debate in the regional "
        "assembly on Thursday.",
        "The amendment was defeated by 41 votes to 37 after a heated debate in the regional "
        "assembly on Thursday.",
    ),
    (
        "Border police detained 15 fishermen whose trawler had strayed into the country's "
        "waters during the storm.",
        "Border police deported 15 fishermen whose trawler had strayed into the country's "
        "waters during the storm.",
    ),
    (
        "The businessman was deported to Portugal last week after losing his appeal against "
        "the decision of the immigration tribunal.",
        "The businessman was extradited to Portugal last week after losing his appeal against "
        "the decision of the immigration tribunal.",
    ),
]
OUTCOME_KEPT = [
    (
        "The amendment was carried by 41 votes to 37 after a heated debate in the regional "
        "assembly on Thursday.",
        "The amendment was passed by 41 votes to 37 after a heated debate in the regional "
        "assembly on Thursday.",
    ),
    (
        "The businessman was deported to Portugal last week after losing his appeal against "
        "the decision of the immigration tribunal.",
        "The businessman was expelled to Portugal last week after losing his appeal against "
        "the decision of the immigration tribunal.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OUTCOME_CHANGED)
def test_another_outcome_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "event.outcome")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), OUTCOME_KEPT)
def test_the_same_outcome_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "event.outcome")
    assert_quiet_both_ways(a, b)


def test_another_broadcast_slot_fails() -> None:
    a = (
        "The documentary drew an average prime-time audience of four million viewers over its "
        "six episodes, the channel said."
    )
    b = (
        "The documentary drew an average daytime audience of four million viewers over its "
        "six episodes, the channel said."
    )
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)
    assert_quiet_both_ways(a, a.replace("prime-time", "peak-time"))


def test_a_set_said_once_more_on_one_side_is_read() -> None:
    # The first clause names the same price on both sides; the second names another in B.
    a = (
        "Crude oil prices have dropped by a third since June, yet petrol prices at most "
        "stations have barely moved, the consumer group said."
    )
    b = (
        "Crude oil prices have dropped by a third since June, yet crude prices at most "
        "stations have barely moved, the consumer group said."
    )
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)
    assert_not_judged_both_ways(a, a.replace("petrol prices", "pump prices"), "kind.field")


def test_a_name_and_a_to_infinitive_tells_a_time_to_come() -> None:
    # Minutes and action lists: "Ana Ruiz to draft" is what she will do.
    will = "Priya Shah will send the revised budget to all members by the end of April."
    to_do = "Priya Shah to send the revised budget to all members by the end of April."
    assert_not_judged_both_ways(will, to_do, "tense.future_one_side")
    assert_quiet_both_ways(will, to_do)
    # Done against to be done still fails.
    assert_fails_both_ways(
        will, "Priya Shah sent the revised budget to all members by the end of April."
    )
