"""A negation said on one side and restated without a negative word on the other: a word whose
meaning is the denial ("free", "rent-free", a verb WordNet defines as holding back), a verb that
keeps an act from being done ("stop it from digging"), a refusal's particle after its object
("turned it down"), an alternative that covers both ("with or without"), and a future told to
the reader ("you will not be charged"). Words here are not the probes'."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff._cues import negations

# Each pair: one side denies, the other says the same denial by a word whose meaning holds it.
QUIET = [
    # "no" denies its noun phrase whole: the noun after its adjective.
    (
        "Delivery is available at no additional cost to members.",
        "Delivery is free of charge to members.",
    ),
    (
        "The cottage is let rent-free to the caretaker.",
        "The cottage is let with no monthly rent to the caretaker.",
    ),
    # "nothing" denies the verb it follows, as "free" does.
    (
        "Parking in the town square costs nothing after six.",
        "Parking in the town square is free after six.",
    ),
    # The one denial of both sentences, moved by clauses turned round.
    (
        "The replacement part is supplied free of charge, since the unit is under guarantee.",
        "Since the unit is under guarantee, you will not be charged for the replacement part.",
    ),
    # A verb WordNet defines as holding back ("do without", "refuse to accept"), with the same
    # object as the denied act.
    (
        "The council waives the parking permit fee for carers.",
        "The council does not charge the parking permit fee for carers.",
    ),
    (
        "The club declined the sponsorship offer from the brewery.",
        "The club did not accept the sponsorship offer from the brewery.",
    ),
    # What is held back is what the denied act takes by its definition ("drink": take in liquids).
    (
        "The patient should not drink anything after midnight.",
        "Please withhold liquids from the patient after midnight.",
    ),
    # A verb that keeps an act from being done.
    (
        "Keep the lid closed so that the cat cannot reach the fish.",
        "Keep the lid closed to stop the cat from reaching the fish.",
    ),
    # A refusal's particle after what it refuses.
    (
        "The board rejected the merger proposal last week.",
        "The board turned the merger proposal down last week.",
    ),
]

# The same shapes with the denial on one side only, or a denial of another thing.
LOUD = [
    (
        "Delivery is available at no additional cost to members.",
        "Delivery is available at an additional cost to members.",
    ),
    (
        "The cottage is let rent-free to the caretaker.",
        "The cottage is let with no service charge to the caretaker.",
    ),
    (
        "The replacement part is supplied at cost, since the unit is under guarantee.",
        "Since the unit is under guarantee, you will not be charged for the replacement part.",
    ),
    (
        "Keep the lid closed so that the cat cannot reach the fish.",
        "Keep the lid closed to stop the cat from smelling the fish.",
    ),
    (
        "The board refused the merger proposal last week.",
        "The board turned the merger proposal over last week.",
    ),
    # The denied word said on the other side, and "free" of another thing there.
    (
        "Assembly is included in the price, and the courier removes the packaging for free.",
        "Assembly is not included in the price, and the courier removes the packaging for a fee.",
    ),
    # The verb of holding back said on both sides, denied on one.
    ("The tenant forgoes the deposit.", "The tenant does not forgo the deposit."),
    (
        "The tablets can be swallowed with or without water.",
        "The tablets can be swallowed without water.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_a_denial_restated_by_its_meaning_is_no_flip(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_a_denial_on_one_side_only_stays_a_flip(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "negation.flipped")
    assert_fails_both_ways(a, b)


def test_with_or_without_denies_neither() -> None:
    assert negations("Dogs may attend with or without a lead.") == []
    assert negations("Dogs may attend without a lead.") == ["without"]


def test_a_future_told_to_the_reader_states_terms() -> None:
    quiet = (
        "There is no booking fee for members.",
        "As a member, you will not be charged a booking fee.",
    )
    assert_not_judged_both_ways(*quiet, "tense.future_one_side")
    assert_quiet_both_ways(*quiet)
    # Against a past it is another time still.
    assert_fails_both_ways("You were charged a booking fee.", "You will be charged a booking fee.")


def test_a_refusal_of_another_act_does_not_hold_back_the_denied_one() -> None:
    # "refused to comment" holds back no "to" the other side's "agreed to visit" shares.
    assert_fails_both_ways(
        "The mayor did agree to visit the site, but she refused to comment on the plans.",
        "The mayor never agreed to visit the site, but she refused to comment on the plans.",
    )
