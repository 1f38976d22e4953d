"""Things of one field told apart (issue 7: trust). Relief is food or medicine or shelter, money
is lent, given or paid in cash, a party signs, sells, buys or leases: one of a kind put for
another of the same field changes what was done. So with who acted: a person who holds an
office is no body ("the minister" / "the government"). The same thing said another way stays
quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    both_ways,
    checks_judged,
    most_severe,
)

from vardiff import Severity

CHANGES = [
    (
        "The government will offer interest-free loans to farmers hit by the drought.",
        "The government will offer cash to farmers hit by the drought.",
    ),
    (
        "Aid trucks carried medicine into the besieged town on Tuesday.",
        "Aid trucks carried food into the besieged town on Tuesday.",
    ),
    (
        "The families were given tents by the Red Cross.",
        "The families were given fuel by the Red Cross.",
    ),
    (
        "The club signed the striker in January for an undisclosed fee.",
        "The club sold the striker in January for an undisclosed fee.",
    ),
    (
        "The city leased the old port buildings to a developer.",
        "The city sold the old port buildings to a developer.",
    ),
]
TWINS = [
    # One thing, another word of its set.
    (
        "Doctors in the camp said they had run out of drugs.",
        "Doctors in the camp said they had run out of medicine.",
    ),
    ("The firm bought the rival chain last year.", "The firm purchased the rival chain last year."),
    (
        "The agency flew in food aid for the flood victims.",
        "The agency flew in food supplies for the flood victims.",
    ),
    # A deal signed, said as agreed.
    (
        "The company signed a deal to sell the plant.",
        "The company agreed a deal to sell the plant.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_a_thing_of_the_same_field_put_for_another_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_one_thing_said_another_way_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


# A person who holds an office against a body (referent.holder).
HOLDER_CHANGES = [
    (
        "The minister announced the new fuel tax on Monday.",
        "The government announced the new fuel tax on Monday.",
    ),
    ("The mayor ordered the schools closed.", "The city council ordered the schools closed."),
    (
        "The president rejected the proposal in a statement.",
        "The parliament rejected the proposal in a statement.",
    ),
]
HOLDER_TWINS = [
    # The person named two ways, or the body named two ways.
    ("The minister announced the tax.", "The finance minister announced the tax."),
    ("The government announced the tax.", "The cabinet announced the tax."),
    # The body kept on the other side: the person is its own.
    (
        "The government of President Lula announced the tax.",
        "The government announced the tax, President Lula said.",
    ),
    # A judge's ruling told as the court's.
    (
        "The judge ruled that the search was illegal.",
        "The court ruled that the search was illegal.",
    ),
]


@pytest.mark.parametrize(("a", "b"), HOLDER_CHANGES)
def test_a_person_in_office_against_a_body_fails(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert most_severe(found) >= Severity.MEDIUM, (left, right, found)
        assert any(check == "referent.holder" for check, _ in found), (left, right, found)


@pytest.mark.parametrize(("a", "b"), HOLDER_TWINS)
def test_the_same_actor_told_otherwise_stays_quiet(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert all(check != "referent.holder" for check, _ in found), (left, right, found)
