"""The same meaning said another way is no finding (issue 7: trust), against the twins that do
change the meaning. Five renderings that translations of news and talks use: "side" left after
a word of direction ("on the left side" / "on the left"); a denial said by a negative prefix
("was not prepared" / "was ill-prepared") or by "only" after an exception ("feared nothing
except X" / "only feared X"), and "not limited to X ... also" for "not only X but also"; a
process told after a clause of time in the present or with "will" ("as it falls in, it gets
faster" / "it will get faster"), and what a kind of thing does ("black holes devour everything" /
"will swallow everything"); a vague count of years by the span of that size ("thousands
of years" / "millennia") and "one" as the article ("as one example" / "for example"); a
pronoun's verb of saying kept as a participle ("they pointed out" / ", pointing out").
Our own sentences, both directions where the rendering goes both ways, without the model."""

from __future__ import annotations

import pytest
from _hits import context

from vardiff.judge.attribution import check_attribution
from vardiff.judge.numbers import check_numbers
from vardiff.judge.polarity import check_negation
from vardiff.judge.removal import find_removals
from vardiff.judge.tense import check_tense


def removed(a: str, b: str) -> list[str]:
    return [h.a for h in find_removals(a, b) if h.check.startswith("removal.")]


def test_side_after_a_direction_b_keeps_is_not_left_out() -> None:
    for a, b in [
        ("You can see on the left side a small fishing boat.",
         "On the left you can see a small fishing boat."),
        ("The shop is on the right-hand side of the main street.",
         "The shop is on the right of the main street."),
        ("Write your name on the back side of the card.",
         "Write your name on the back of the card."),
    ]:  # fmt: skip
        assert removed(a, b) == []


def test_the_direction_itself_left_out_is_still_a_removal() -> None:
    a = "The shop is on the left side of the main street."
    assert removed(a, "The shop is on the side of the main street.") == ["left"]


def negations(a: str, b: str) -> list[str]:
    # ``negation.meant`` is the verdict that the two say one denial: no flip.
    return [f.check for f in check_negation(context(a, b)) if f.check != "negation.meant"]


DENIED_OTHERWISE = [
    # A negative prefix on the word the other side denies.
    ("When the storm broke out, the town wasn't prepared for the flood.",
     "When the storm broke out, the town was ill-prepared for the flood."),
    ("The minister said the new checks are not necessary at the border.",
     "The minister said the new checks are unnecessary at the border."),
    # All denied but an exception is "only".
    ("The shark was the largest hunter of the sea, so it feared nothing, except other sharks.",
     "The shark was the largest hunter of the sea, so it only feared other sharks."),
    ("The guards let nobody but the owner into the building.",
     "The guards let only the owner into the building."),
    # "Not limited to X, ... also Y" is "not only X but also Y".
    ("The damage is not just the roof, but it is also the walls of the house.",
     "The damage is not limited to the roof, it also reaches the walls of the house."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), DENIED_OTHERWISE)
def test_a_denial_said_another_way_is_no_flip(a: str, b: str) -> None:
    assert negations(a, b) == []
    assert negations(b, a) == []


FLIPPED = [
    # The word itself affirmed, no prefix.
    ("When the storm broke out, the town wasn't prepared for the flood.",
     "When the storm broke out, the town was well prepared for the flood."),
    # "Nothing" with no exception, against "only".
    ("The shark was the largest hunter of the sea, so it feared nothing.",
     "The shark was the largest hunter of the sea, so it only feared other sharks."),
    # The exception without "only" on the other side.
    ("The guards let nobody but the owner into the building.",
     "The guards let the owner into the building."),
    # "Not limited to" with no "also" denies a limit.
    ("Access to the archive is not limited to members of the club.",
     "Access to the archive is limited to members of the club."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), FLIPPED)
def test_a_denial_the_other_side_affirms_is_still_a_flip(a: str, b: str) -> None:
    assert negations(a, b) != []
    assert negations(b, a) != []


def futures(a: str, b: str) -> list[str]:
    return [f.check for f in check_tense(context(a, b)) if f.check == "tense.future_one_side"]


def test_a_process_after_a_present_clause_of_time_is_told_with_will_or_without() -> None:
    for a, b in [
        ("We know that, as the stone falls in, it speeds up and glows.",
         "We know that in the process of falling, the stone will become faster and brighter."),
        ("The waves cross the ocean, and as they do so, they not only lift the water, but "
         "they carry energy.",
         "The waves cross the ocean. In this process, they will not only raise the water, but "
         "also carry energy."),
    ]:  # fmt: skip
        assert futures(a, b) == []
        assert futures(b, a) == []


def test_a_present_after_a_past_clause_or_no_clause_still_tells_against_a_future() -> None:
    future = "We know that in the process of falling, the stone will become faster and brighter."
    for present in (
        "We know that, as the stone fell in, it speeds up and glows.",
        "We know that, as a result, the stone speeds up and glows.",
        "We know that the stone speeds up and glows.",
    ):
        assert futures(present, future) == ["tense.future_one_side"]
        assert futures(future, present) == ["tense.future_one_side"]


def test_what_a_kind_of_thing_does_is_told_with_will_or_without() -> None:
    a = "There is a sort of myth that black holes devour everything in the universe."
    b = "There are some rumors that black holes will swallow everything in the universe."
    assert futures(a, b) == []
    assert futures(b, a) == []


@pytest.mark.parametrize(
    "present",
    [
        # A determiner: these black holes, at a time.
        "There is a sort of myth that the black holes devour everything in the universe.",
        # People the news speaks of, and a state, tell of a time.
        "There is a sort of myth that officials devour everything in the universe.",
        "There is a sort of myth that black holes are hungry for everything in the universe.",
    ],
)
def test_a_subject_at_a_time_or_a_state_still_tells_against_a_future(present: str) -> None:
    b = "There are some rumors that black holes will swallow everything in the universe."
    assert futures(present, b) == ["tense.future_one_side"]
    assert futures(b, present) == ["tense.future_one_side"]


def numbers(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.a, f.b) for f in check_numbers(context(a, b))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thousands of years ago, a man called Aristarchus said that the Earth moved.",
         "Millennia ago, a man named Aristarchus said that the Earth moved."),
        ("Hundreds of years ago the old town was built on the hill.",
         "Centuries ago the old town was built on the hill."),
        ("As one example, citizens in the region might face different rules.",
         "For example, citizens in the region may face different rules."),
    ],
)  # fmt: skip
def test_the_same_amount_in_other_words_is_no_number_dropped(a: str, b: str) -> None:
    assert numbers(a, b) == []
    assert numbers(b, a) == []


def test_another_span_or_another_count_is_still_a_number_changed() -> None:
    assert numbers(
        "Thousands of years ago the old town was built.", "Centuries ago the old town was built."
    ) == [("number.dropped", "Thousands", "")]
    assert numbers(
        "As one example, citizens might face different rules.",
        "As examples, citizens might face different rules.",
    ) == [("number.dropped", "one", "")]


def attributions(a: str, b: str) -> list[tuple[str, str]]:
    return [(f.check, f.a) for f in check_attribution(context(a, b))]


def test_a_pronouns_verb_of_saying_kept_as_a_participle_keeps_the_speaker() -> None:
    a = "Taxi drivers protested in Brno, they pointed out that the firm breaks the rules."
    b = "Taxi drivers protested in Brno, pointing out that the firm breaks the rules."
    assert attributions(a, b) == []
    assert attributions(b, a) == []


def test_a_named_source_or_a_verb_gone_is_still_dropped() -> None:
    b = "The minister resigned on Friday, saying that the party had failed him."
    assert attributions("The minister resigned on Friday, police said.", b) == [
        ("attribution.dropped", "police said")
    ]
    a = "Taxi drivers protested in Brno, they pointed out that the firm breaks the rules."
    assert attributions(a, "Taxi drivers protested in Brno; the firm breaks the rules.") != []
