"""A speaker named by a noun phrase with "of" is its head, the person before "of" ("The widow
of the miner said": the widow speaks), not the word before the verb: another head is another
speaker, the same head with a possessive is the same one, and a word that picks out some of
the people after "of" ("one of the miners") leaves them the speakers."""

from __future__ import annotations

import pytest
from _hits import assert_judged_both_ways, assert_not_judged_both_ways

CLAIM = " told the inquiry that the shaft had flooded twice before the accident."


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The sister of the driver", "The employer of the driver"),
        ("The doctor of the injured climber", "The guide of the injured climber"),
        ("The landlord of the tenant", "The neighbour of the tenant"),
    ],
)
def test_another_person_before_of_is_another_speaker(one: str, other: str) -> None:
    assert_judged_both_ways(one + CLAIM, other + CLAIM, "attribution.changed")


@pytest.mark.parametrize(
    ("one", "same"),
    [
        ("The sister of the driver", "The driver's sister"),
        ("One of the engineers", "An engineer"),
        ("The Minister of Energy", "The Energy Minister"),
    ],
)
def test_the_same_speaker_said_with_or_without_of_is_one_source(one: str, same: str) -> None:
    assert_not_judged_both_ways(one + CLAIM, same + CLAIM, "attribution.changed")
