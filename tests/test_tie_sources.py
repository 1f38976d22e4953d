"""A source named by a tie to another person (an ex, a widow, a fiancé, a friend) is one person
among anyone's acquaintance, as a relative is: "Her ex said" / "Her former lawyer said" is
another source, where two words for people under a broad category ("villagers" / "residents")
are one."""

from __future__ import annotations

import pytest
from _hits import assert_judged_both_ways, assert_not_judged_both_ways

from vardiff.judge.kinds import names_a_tie

CLAIM = " said on Friday that the children were safe and that she was abroad at the time."


@pytest.mark.parametrize(
    ("tied", "other"),
    [
        ("Her ex", "Her former lawyer"),
        ("His widow", "His lawyer"),
        ("Her fiancé", "Her accountant"),
    ],
)
def test_a_source_named_by_a_tie_is_another_than_anyone_else(tied: str, other: str) -> None:
    assert_judged_both_ways(tied + CLAIM, other + CLAIM, "attribution.changed")


@pytest.mark.parametrize(
    ("one", "same"),
    [
        ("Her ex-husband", "Her former husband"),
        ("Friends", "Pals"),
        ("Villagers", "Residents"),
    ],
)
def test_the_same_tie_or_people_said_two_ways_is_one_source(one: str, same: str) -> None:
    assert_not_judged_both_ways(one + CLAIM, same + CLAIM, "attribution.changed")


def test_a_tie_is_read_from_wordnet_and_a_definition_not_from_a_list() -> None:
    # by the relatives, by a friend, a lover or one betrothed, by a definition that gives
    # someone else's relative ("a woman whose husband is dead")
    assert all(names_a_tie(w) for w in ("cousin", "girlfriend", "boyfriend", "widower", "ex"))
    # a role, people at large, a word whose commonest sense is no person ("love", "pet")
    assert not any(names_a_tie(w) for w in ("lawyer", "people", "resident", "love", "pet"))
