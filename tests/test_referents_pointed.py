"""The speaker or the one spoken to ("I", "us", "you") said as certain other people ("the
guys", "the neighbours"), or the other way round: the sentence now speaks of others
(``person.pronoun_noun``). "You" said of anyone ("people", "users") stays quiet, as does a
group that is no person ("our team").

Each pair is tried both ways round; the sentences are our own, not items of the benchmark
sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, judged

from vardiff import Severity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They show you how the machine works.", "They show the guys how the machine works."),
        (
            "The police told us to leave the building.",
            "The police told the neighbours to leave the building.",
        ),
        ("The guide said I could stay.", "The guide said the tourist could stay."),
    ],
)
def test_a_speaker_said_as_certain_other_people_is_another_person(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = judged(x, y, "person.pronoun_noun")
        assert len(found) == 1 and found[0].severity >= Severity.MEDIUM, (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "you" said of anyone.
        ("They show you how the machine works.", "They show people how the machine works."),
        # A group, no person.
        ("The council asked us to wait.", "The council asked the committee to wait."),
    ],
)
def test_anyone_or_a_group_is_no_person_pointed_at(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c == "person.pronoun_noun"], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "I have never seen such floods, the farmer said.",
            "We have never seen such floods, the farmer said.",
        ),
        ("The soldiers told me to wait at the gate.", "The soldiers told us to wait at the gate."),
    ],
)
def test_the_speaker_alone_against_a_group_is_another_person(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = judged(x, y, "person.pronoun_speaker")
        assert len(found) == 1 and found[0].severity >= Severity.MEDIUM, (x, y, found)


def test_my_and_our_before_a_noun_stay_a_number() -> None:
    # "my family" / "our family": a translator's way with a family's things, not the speaker.
    for x, y in both_ways(
        "My family has farmed this land for years.", "Our family has farmed this land for years."
    ):
        found = checks_judged(x, y)
        assert not [c for c, _ in found if c == "person.pronoun_speaker"], (x, y, found)
        assert max((s for _, s in found), default=Severity.INFO) <= Severity.LOW, (x, y, found)
