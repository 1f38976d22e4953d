"""A modifier cut from before a noun that the other side leaves with no modifier at all: the
article or the verb before it may change ("in the parliamentary elections" / "in elections"),
so the phrase is not kept word for word, but nothing in B says which kind of thing it was. And
the ways a translator drops an adjective while saying it otherwise, which stay the fitted rule:
a word of B's own before the noun, a participle or a relative after it, a derivation
elsewhere, an intensifier.

The sentences are our own, not those of the dev sets or the contrast set in benchmarks/data.
"""

from __future__ import annotations

import pytest
from _hits import judged, loud

import vardiff
from vardiff.judge.modifiers import find_modifiers, modifiers_of
from vardiff.judge.removal import find_removals

# A kind-giving adjective dropped, the noun left bare in B, the words around it changed.
ALONE = [
    (
        "The ruling party kept its majority in the parliamentary elections.",
        "The ruling party kept its majority in elections.",
        "parliamentary",
    ),
    (
        "The injured driver needed a reconstructive operation on his knee.",
        "The injured driver needed operation on his knee.",
        "reconstructive",
    ),
    (
        "The utility plans to open two nuclear plants near the coast next year.",
        "Next year the utility plans to open plants near the coast.",
        "nuclear",
    ),
    (
        "Investors worry about the financial stability of the region.",
        "Investors worry about stability of the region.",
        "financial",
    ),
]


@pytest.mark.parametrize(("a", "b", "word"), ALONE)
def test_a_modifier_cut_before_a_noun_left_alone_is_a_cut(a: str, b: str, word: str) -> None:
    [found] = [m for m in modifiers_of(a, b) if m.word == word]
    assert found.head_alone and not found.anchored
    [hit] = [h for h in find_modifiers(a, b) if h.a == word]
    assert hit.check == "modifier.cut", hit
    assert hit.evidence["head_alone"] == 1.0
    # Put in, the word is an added modifier, the fitted rule.
    assert [h.check for h in find_modifiers(b, a) if h.b == word] == ["modifier.added"]


def test_an_ly_adjective_is_read_as_an_adjective() -> None:
    # "elderly", "curly": an "-ly" word the lexicon knows only as an adjective stands before
    # its noun as an adjective does, and is cut as one.
    a = "The court heard from elderly witnesses on Tuesday."
    b = "The court heard from witnesses on Tuesday."
    [found] = modifiers_of(a, b)
    assert (found.word, found.kind) == ("elderly", "adjective")
    assert [h.check for h in find_modifiers(a, b)] == ["modifier.cut"]
    # An adverb in "-ly" stays one.
    [adverb] = modifiers_of("Prices rose slowly in May.", "Prices rose in May.")
    assert adverb.kind == "adverb"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # B qualifies the noun in words of its own after it: a participle, a relative
        (
            "The museum showed the luminous paintings of the old master.",
            "The museum showed paintings lit by candles of the old master.",
        ),
        (
            "Police questioned the local residents about the fire.",
            "Police questioned residents who live nearby about the fire.",
        ),
        # a word of B's own before the noun: "depressing" for "miserable"
        (
            "Autumn brings six miserable months of rain.",
            "Autumn brings six depressing months of rain.",
        ),
        # the next word of a row of adjectives is no noun left alone
        (
            "Autumn brings six wet miserable dark months.",
            "Autumn brings six wet, dark months.",
        ),
        # another word of the noun's stem is not the noun ("curves" / "curved")
        (
            "The light bends along the natural curves of space.",
            "The light bends along a curved path in space.",
        ),
    ],
)
def test_a_modifier_said_otherwise_around_the_noun_is_no_cut(a: str, b: str) -> None:
    assert not any(h.check == "modifier.cut" for h in find_modifiers(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a derivation says the adjective: "economic" / "economy"
        (
            "The government must steer the country through the economic crisis.",
            "The government must steer the country through the crisis in the economy.",
        ),
        # an intensifier left out, and "also": the claim stays
        (
            "The storm caused very heavy damage in the port.",
            "The storm caused heavy damage in the port.",
        ),
        ("Officials also closed the main road.", "Officials closed the main road."),
    ],
)
def test_a_modifier_the_other_side_says_or_only_stresses_is_not_found(a: str, b: str) -> None:
    assert not [h for h in find_modifiers(a, b) if h.check.startswith("modifier.")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the lexicon's derivation, no prefix shared: "spatial" / "space", "noisy" / "noise"
        ("The probe will detect vibrations in space.", "The probe will detect spatial vibrations."),
        (
            "Neighbours complained about the noise of the bar.",
            "Neighbours complained about the noisy bar.",
        ),
    ],
)
def test_a_modifier_said_by_its_derivation_is_no_modifier_added_or_dropped(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert not [h for h in find_modifiers(x, y) if h.check.startswith("modifier.")]
        assert not [h for h in find_removals(x, y) if h.check.endswith(".adjective")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a compound B names by one word of its own
        ("She lost her mobile phone on the train.", "She lost her cellphone on the train."),
    ],
)
def test_a_compound_the_other_side_names_otherwise_is_no_modifier_removed(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert not [h for h in find_modifiers(x, y) if h.check.startswith("modifier.")]
        assert not [
            h
            for h in find_removals(x, y)
            if h.check in ("removal.adjective", "addition.adjective", "addition.inserted")
        ]


def test_a_compound_told_by_its_broader_head_is_still_an_adjective_dropped() -> None:
    # "social system", "religious person", "fiscal year": the lexicon files many
    # adjective-noun pairs as compounds; the adjective added or dropped still narrows or
    # widens the claim.
    a = "Officials opened the fiscal year with a surplus."
    b = "Officials opened the year with a surplus."
    assert [h.check for h in find_removals(a, b)] == ["removal.adjective"]
    assert [h.check for h in find_removals(b, a)] == ["addition.adjective"]


def test_a_cut_before_a_noun_left_alone_fails_the_gate_end_to_end() -> None:
    a, b, _ = ALONE[0]
    [cut] = judged(a, b, "modifier.cut")
    assert cut.severity >= vardiff.Severity.MEDIUM, cut
    # The intensifier left out fails nothing.
    quiet = "The storm caused heavy damage in the port."
    assert not loud(find_modifiers("The storm caused very heavy damage in the port.", quiet))
