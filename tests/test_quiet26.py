"""Honest variation of probe_quiet26 (tariffs, bank letters, visa guidance, parking and fire
notices, baggage rules, library and nursery rules, recycling, hospital letters, training plans,
conference programmes): the reader named by a role or addressed as "you" ("The customer must
keep the receipt" / "You must keep your receipt", "Customers who pay ... get" / "If you pay,
you get"), a denial a condition lifts said as the only condition ("Do not use it unless" /
"Only use it if"), a denied comparative before an amount said as its bound ("no larger than
100 millilitres" / "100ml or less") and what terms hold for their reader told in the future or
in the present ("You will still pay fees" / "Fees are charged"), beside changes of the same
surface shapes, which do shift the meaning. The probe was written before the judge's rules
for these kinds were read; its first run on main 1ca5bda is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's):
``referents`` (``reader_role``, and a generic plural opening the text in ``_generic_you``);
``polarity`` (``_unless_as_only_if``, ``_amount_bounded``); the reader's future against a
present is ``tense._ADDRESSED`` (denial26's, written at the same time)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge.referents import reader_role

QUIET = [
    # the reader named by the role the text speaks to, or addressed as "you"
    (
        "The policyholder must report any claim within 30 days of the incident.",
        "You must report any claim within 30 days of the incident.",
    ),
    (
        "The tenant must keep the garden tidy and free of rubbish throughout the tenancy.",
        "You must keep the garden tidy and free of rubbish throughout the tenancy.",
    ),
    (
        "The subscriber may pause the service for up to three months each year.",
        "You may pause the service for up to three months each year.",
    ),
    # people in general opening the text, or "you"
    (
        "Members who book online get a discount on their first class at the sports centre.",
        "If you book online, you get a discount on your first class at the sports centre.",
    ),
    # a denial lifted by a condition, or that condition as the only one
    (
        "Do not open the valve unless the pressure gauge reads zero.",
        "Only open the valve if the pressure gauge reads zero.",
    ),
    (
        "Residents may not park in the courtyard unless they hold a permit.",
        "Residents may park in the courtyard only if they hold a permit.",
    ),
    # a denied comparative before an amount, or that amount's bound
    (
        "Each parcel must be no heavier than 20 kilograms.",
        "Each parcel must be 20 kilograms or less.",
    ),
    (
        "Riders on the roller coaster must be no shorter than 140 centimetres.",
        "Riders on the roller coaster must be at least 140 centimetres.",
    ),
    # what terms hold for their reader, in the future or in the present of a rule
    (
        "You will receive a statement showing your balance every quarter.",
        "A statement showing your balance is sent to you every quarter.",
    ),
]

CHANGED = [
    # the other party of the text, not its reader
    (
        "The landlord must keep the garden tidy and free of rubbish throughout the tenancy.",
        "You must keep the garden tidy and free of rubbish throughout the tenancy.",
    ),
    (
        "The seller may cancel the order at any time before it is dispatched.",
        "You may cancel the order at any time before it is dispatched.",
    ),
    # certain people opening the text, not people in general
    (
        "Our members who book online get a discount on their first class at the sports centre.",
        "If you book online, you get a discount on your first class at the sports centre.",
    ),
    # the denial dropped: "if" without "only"
    (
        "Do not open the valve unless the pressure gauge reads zero.",
        "Open the valve if the pressure gauge reads zero.",
    ),
    # the bound on the other side of the amount
    (
        "Each parcel must be no heavier than 20 kilograms.",
        "Each parcel must be 20 kilograms or more.",
    ),
    (
        "Riders on the roller coaster must be no shorter than 140 centimetres.",
        "Riders on the roller coaster must be 140 centimetres or less.",
    ),
    # the reader's future against the past
    (
        "You will receive a statement showing your balance.",
        "A statement showing your balance was sent to you last week.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_of_terms_and_notices_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_the_same_shapes_that_change_the_meaning_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_the_reader_is_named_by_a_role_of_one_who_is_served() -> None:
    # WordNet's kinds of user, traveller, applicant, patient, member, tenant, borrower
    for word in ("customer", "client", "guest", "passenger", "claimant", "policyholder"):
        assert reader_role(word), word
    # the text's other party, people in particular, and a plural (people, not "you")
    for word in ("seller", "landlord", "employer", "officer", "neighbour", "customers"):
        assert not reader_role(word), word


def test_a_role_named_and_you_point_to_another_person_where_the_role_is_not_the_readers() -> None:
    assert_judged_both_ways(
        "The landlord will repair the boiler within a week.",
        "You will repair the boiler within a week.",
        "person.pronoun_noun",
    )
    assert_not_judged_both_ways(
        "The borrower will repay the loan within a year.",
        "You will repay the loan within a year.",
        "person.pronoun_noun",
    )


def test_a_denial_lifted_by_unless_is_no_flip_against_only_if() -> None:
    assert_not_judged_both_ways(
        "Never leave the machine running unless an operator is present.",
        "Only leave the machine running when an operator is present.",
        "negation.flipped",
    )
    assert_judged_both_ways(
        "Never leave the machine running unless an operator is present.",
        "Leave the machine running when an operator is present.",
        "negation.flipped",
    )
