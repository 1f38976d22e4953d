"""Who and where a name says, read against the other side's fuller or shorter name:

- an office before the family name against the person's given and family names ("President
  Yoon" / "Yoon Suk-yeol") is the same person named two ways, not a title dropped; a title
  dropped with nothing in its place ("President Biden" / "Biden") still is;
- a place name cut short to a word that names a land of its own ("Lake Chad" / "Chad", "New
  Jersey" / "Jersey") is another place, whatever order WordNet files the word's senses in;
- "New York" / "York" is one finding, the name's: the word left out is not reported again as
  a modifier.

Each pair is tried both ways round; the sentences are our own, not items of the benchmark
sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, most_severe

from vardiff import Severity
from vardiff._entities import shortened_place


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("President Yoon promised to cut taxes.", "Yoon Suk-yeol promised to cut taxes."),
        ("Chancellor Scholz flew to Paris on Friday.", "Olaf Scholz flew to Paris on Friday."),
        (
            "Prime Minister Johnson resigned on Thursday.",
            "Boris Johnson resigned on Thursday.",
        ),
    ],
)
def test_an_office_against_the_persons_fuller_name_is_the_same_person(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert ("entity.title_dropped", Severity.HIGH) not in found, (x, y, found)
        assert most_severe(found) <= Severity.LOW, (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("President Biden signed the bill.", "Biden signed the bill."),
        ("Governor Hochul signed the bill on Monday.", "Hochul signed the bill on Monday."),
    ],
)
def test_an_office_dropped_with_nothing_in_its_place_is_still_found(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert any(c == "entity.title_dropped" and s >= Severity.MEDIUM for c, s in found), found


@pytest.mark.parametrize(
    ("whole", "rest", "same"),
    [
        # The rest names a land of its own, a country, a province, an island, a town.
        ("Lake Chad", "Chad", False),
        ("Lake Ontario", "Ontario", False),
        ("New Jersey", "Jersey", False),
        # After the word for the kind of place ("Lake"), a land with a government, an island,
        # a capital or a town (Superior in Wisconsin, on the lake's shore); after "River", no
        # town ("the Trent" is the river, not Trento).
        ("Lake Superior", "Superior", False),
        ("River Trent", "Trent", True),
        # The same place: the rest names no other land, or one that holds the whole, or one
        # WordNet's counts rank below it (China is first the People's Republic, not Taiwan).
        ("Mount Everest", "Everest", True),
        ("Lake Baikal", "Baikal", True),
        ("Western Samoa", "Samoa", True),
        ("Greater New York", "New York", True),
        ("Communist China", "China", True),
    ],
)
def test_a_shortened_name_that_names_a_land_of_its_own_is_another_place(
    whole: str, rest: str, same: bool
) -> None:
    assert shortened_place(whole, rest) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fishermen on Lake Chad reported the attack.", "Fishermen in Chad reported the attack."),
        ("The storm hit New Jersey on Sunday.", "The storm hit Jersey on Sunday."),
    ],
)
def test_another_land_by_part_of_the_name_is_found_once(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert ("entity.different", Severity.HIGH) in found, (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The bank moved its offices to New York.", "The bank moved its offices to York."),
        ("Exports from South Korea rose in May.", "Exports from Korea rose in May."),
    ],
)
def test_a_place_cut_short_is_one_finding_not_a_modifier_too(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert ("entity.different", Severity.HIGH) in found, (x, y, found)
        assert not [c for c, _ in found if c.endswith(".modifier")], (x, y, found)


def test_a_word_left_out_outside_the_name_is_still_read() -> None:
    # "new" before "plan" is no part of the place: its own finding stays beside the name's.
    found = checks_judged(
        "Officials in New York backed the new plan.", "Officials in York backed the plan."
    )
    assert ("entity.different", Severity.HIGH) in found, found
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in found), found
