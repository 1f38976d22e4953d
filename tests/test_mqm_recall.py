"""Meaning errors of a talk's translations that the judge let through (issue 8: MQM's major
errors ranked higher), each rule against a twin that says the same thing. Our own sentences,
both directions, without the model.

Nearer to a goal on one side and further from it on the other (``opposite.distance``):
"closer to a deal" / "further from a deal", also where the two sides word the goal otherwise
("closer to an agreement on X" / "further from agreeing on X") or change the verb that moves
("brings us closer to" / "takes us further from"), which the word diff does not pair as "to" /
"from". Quiet: the same direction in other words ("closer to" / "nearer to", "further from" /
"farther away from"), a negation on one side ("not far from" / "close to"), a side that says
both of the goal, and a phrase with no goal after it ("far from it").
"""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

NEARER_FARTHER = [
    (
        "The new treaty brings the two countries closer to a lasting peace.",
        "The new treaty takes the two countries further from a lasting peace.",
    ),
    (
        "Each trial brought the researchers nearer to a cure for the disease.",
        "Each trial left the researchers farther away from a cure for the disease.",
    ),
    (
        "The ruling moves the company closer to an agreement with its creditors.",
        "The ruling pushes the company further from agreeing with its creditors.",
    ),
    (
        "The new road runs close to the old harbour.",
        "The new road runs far from the old harbour.",
    ),
]

SAME_DISTANCE = [
    (
        "The new treaty brings the two countries closer to a lasting peace.",
        "The new treaty brings the two countries nearer to a lasting peace.",
    ),
    (
        "Each trial left the researchers further from a cure.",
        "Each trial left the researchers farther away from a cure.",
    ),
    (
        "The village is not far from the border.",
        "The village is close to the border.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NEARER_FARTHER)
def test_nearer_against_farther_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NEARER_FARTHER[:3])
def test_nearer_against_farther_is_a_distance(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "opposite.distance")


@pytest.mark.parametrize(("a", "b"), SAME_DISTANCE)
def test_same_distance_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "opposite.distance")


def test_both_directions_said_is_no_distance() -> None:
    # Each side says the hotel is far from the beach and close to the station: no reversal.
    assert_not_judged_both_ways(
        "The hotel is far from the beach but close to the station.",
        "The hotel is close to the station but far from the beach.",
        "opposite.distance",
    )


def test_a_phrase_without_a_goal_is_no_distance() -> None:
    assert_not_judged_both_ways(
        "The result was far from it, the coach said.",
        "The result was close to it, the coach said.",
        "opposite.distance",
    )
