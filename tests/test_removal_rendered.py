"""A word a translation renders another way is not a word left out (removal check, issue 7:
trust), against the twins that do leave it out. Three renderings: a place's or a firm's kind
said after its name and dropped where the name alone stays ("Lockheed Martin corporation" /
"Lockheed Martin"); a noun folded into a compound written as one word ("every house" / "every
household"); a participle that only introduced the term the noun before it is known by ("an
effect known as time dilation" / "the time dilation effect"). Our own sentences, without the
model."""

from __future__ import annotations

import pytest

from vardiff.judge._lexicon import lexicon
from vardiff.judge.removal import find_removals
from vardiff.judge.removal._gaps import _compounds


def removed(a: str, b: str) -> list[str]:
    """The words the removal check says B left out of A."""
    return [h.a for h in find_removals(a, b) if h.check.startswith("removal.")]


RENDERED = [
    (
        "The jets were built by Lockheed Martin corporation in Texas.",
        "The jets were built by Lockheed Martin in Texas.",
    ),
    (
        "Heavy rain is expected in the Kinki and Tokai regions on Tuesday.",
        "Heavy rain is expected in Kinki and Tokai on Tuesday.",
    ),
    (
        "Snow fell across the Hokkaido prefecture overnight, officials said.",
        "Snow fell across Hokkaido overnight, officials said.",
    ),
    (
        "The old towns had running water in almost every house, linked to a public well.",
        "Almost every household in the old towns had running water, linked to a public well.",
    ),
    (
        "The villages of the valley had a radio in nearly every house by 1950.",
        "Nearly every household in the villages of the valley had a radio by 1950.",
    ),
    (
        "Due to a relativistic effect known as time dilation, our clocks would seem to slow.",
        "Because of the relativistic time dilation effect, our clocks seem to be slowing.",
    ),
]


@pytest.mark.parametrize(("a", "b"), RENDERED)
def test_a_word_rendered_another_way_is_not_left_out(a: str, b: str) -> None:
    assert removed(a, b) == []


LEFT_OUT = [
    # What the name only qualifies is another thing than the name's.
    (
        "Apple shares fell sharply on Monday after the report.",
        "Apple fell sharply on Monday after the report.",
    ),
    (
        "The Toyota factory was closed for a week after the fire.",
        "The Toyota was closed for a week after the fire.",
    ),
    (
        "He flew from the Paris airport to Rome on Friday.",
        "He flew from the Paris to Rome on Friday.",
    ),
    # A part of a place is not the place; a film's franchise is no firm.
    (
        "The title of fashion capital passed from Constantinople to Paris suburbs.",
        "The title of fashion capital passed from Constantinople to Paris.",
    ),
    (
        "The second trailer for the Bill & Ted franchise has appeared online.",
        "The second trailer for the Bill & Ted has appeared online.",
    ),
    # A people's or a faith's word before the noun is no name: the noun said what it is.
    (
        "For centuries the Christian religion held the states of Europe together.",
        "For centuries the Christian held the states of Europe together.",
    ),
    (
        "The talks between the European states ended on Monday.",
        "The talks between the European ended on Monday.",
    ),
    (
        "While working for an IT-related company, he launched a website about art.",
        "While working for an IT-related, he launched a website about art.",
    ),
    # A name that owns the thing, and a verb after a name, are no kind of the name's.
    (
        "The deposit was paid from Rafaj's bank account in Brno.",
        "The deposit was paid from Rafaj's account in Brno.",
    ),
    (
        "On Saturday South Africa beat the All Blacks in Rustenburg.",
        "On Saturday South Africa the All Blacks in Rustenburg.",
    ),
    # The term is gone with the participle that introduced it.
    (
        "The company known as Acme was sold to investors last year.",
        "The company was sold to investors last year.",
    ),
    # The noun is gone and no compound of B holds it.
    (
        "The villages of the valley had a radio in nearly every house by 1950.",
        "The villages of the valley had a radio in nearly every by 1950.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LEFT_OUT)
def test_a_word_left_out_stays_left_out(a: str, b: str) -> None:
    assert removed(a, b) != []


@pytest.mark.parametrize(
    ("word", "other", "holds"),
    [
        ("house", "household", True),
        ("rooms", "bedrooms", True),
        ("rain", "rainfall", True),
        # Not a part of a compound: a longer word that begins with the same letters.
        ("man", "manager", False),
        ("plan", "planet", False),
        ("part", "partner", False),
        ("tour", "tourist", False),
    ],
)
def test_a_compound_holds_the_word_as_one_of_its_parts(word: str, other: str, holds: bool) -> None:
    assert _compounds(lexicon(), word, other) is holds


# A relative clause ends on its preposition or opens with it: the same clause both ways.
STRANDED = (
    "Foster care must give children what was missing in the home they were taken from.",
    "Foster care must give children what was missing in the home from which they were taken.",
)


def test_a_preposition_moved_to_its_relative_leaves_no_gap() -> None:
    a, b = STRANDED
    for one, other in ((a, b), (b, a)):
        assert [h.check for h in find_removals(one, other) if h.a or h.b] == []


def test_a_preposition_whose_object_is_gone_leaves_a_gap() -> None:
    a = "The children were taken from the home in which they grew up."
    b = "The children were taken from."
    assert [h.check for h in find_removals(a, b)] == ["removal.broken"]
