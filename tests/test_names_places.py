"""A place name said without its first words: the same place by another of its names ("Great
Britain" / "Britain"), or another place ("New York" / "York"), as WordNet knows them (the
names check, without the model)."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, both_ways, checks_judged

from vardiff import Severity
from vardiff._entities import shortened_place


@pytest.mark.parametrize(
    ("whole", "rest", "same"),
    [
        ("Great Britain", "Britain", True),
        ("Mount Etna", "Etna", True),
        ("River Thames", "Thames", True),
        ("New York", "York", False),
        ("New Zealand", "Zealand", False),
        ("South Korea", "Korea", False),
        ("Northern Ireland", "Ireland", False),
        # The rest's commonest sense decides: Michigan is first the state, not the lake.
        ("Lake Michigan", "Michigan", False),
        ("Hong Kong", "Kong", None),  # no name of its own
        ("Green Party", "Party", None),  # no place
    ],
)
def test_the_lexicon_says_whether_the_rest_names_the_same_place(
    whole: str, rest: str, same: bool | None
) -> None:
    assert shortened_place(whole, rest) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Storms hit Great Britain on Sunday.", "Storms hit Britain on Sunday."),
        (
            "The lava flows of Mount Etna reached the village.",
            "The lava flows of Etna reached the village.",
        ),
        ("Boats raced on the River Thames.", "Boats raced on the Thames."),
    ],
)
def test_the_same_place_by_a_shorter_name_stays_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert max((s for _, s in found), default=Severity.INFO) <= Severity.LOW, (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The bank moved its offices to New York.", "The bank moved its offices to York."),
        ("The squad toured New Zealand in June.", "The squad toured Zealand in June."),
        ("Exports from South Korea rose.", "Exports from Korea rose."),
        ("Voters in Northern Ireland went to the polls.", "Voters in Ireland went to the polls."),
    ],
)
def test_another_place_left_by_the_shorter_name_is_another_name(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert ("entity.different", Severity.HIGH) in found, (x, y, found)


def test_a_name_joined_by_an_elided_particle_is_read_whole() -> None:
    # "Côte d'Ivoire" mid-sentence was read as "Côte": its other name then seemed dropped.
    assert_quiet_both_ways(
        "Cocoa exports from Ivory Coast rose by a fifth last year, the central bank said.",
        "Cocoa exports from Côte d'Ivoire rose by a fifth last year, the central bank said.",
    )
    assert_fails_both_ways(
        "Cocoa exports from Ghana rose by a fifth last year, the central bank said.",
        "Cocoa exports from Côte d'Ivoire rose by a fifth last year, the central bank said.",
    )
