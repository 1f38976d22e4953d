"""A verb the other side says by its noun of the act ("resign" / "resignation") is not lost;
a noun both sides say already stands for itself (the removal check, without the model)."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

from vardiff import Severity


def removals(a: str, b: str) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s in checks_judged(a, b) if c.startswith(("removal.", "addition."))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The unions demanded that the director resign.",
            "The unions demanded the resignation of the director.",
        ),
        ("Crowds gathered when the team arrived.", "Crowds gathered for the team's arrival."),
    ],
)
def test_a_verb_said_by_its_noun_of_the_act_is_not_lost(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert all(s <= Severity.LOW for _, s in removals(x, y)), (x, y)


def test_a_noun_both_sides_say_does_not_stand_for_the_verb() -> None:
    # "skiing" goes; "skiers" is on both sides and says nothing of it.
    found = removals(
        "The sport of skiing is old: paintings show skiers in 5000 BC.",
        "The sport is old: paintings show skiers in 5000 BC.",
    )
    assert [c for c, _ in found if c.startswith("removal.")], found
