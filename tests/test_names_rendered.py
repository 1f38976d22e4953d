"""A name rendered another way stays the same referent (issue 7: trust), both ways round: a
planet said with the common noun it is known by, a sovereign named without the office but
with the regnal number; and one comparison said from its two ends ("lighter" / "less
massive"). The loud twins beside them must stay loud. Our own sentences, without the model."""

from __future__ import annotations

import pytest

from vardiff import Pair, word_diff
from vardiff.judge import PairContext, build_context
from vardiff.judge._lexicon import lexicon
from vardiff.judge.names import check_names
from vardiff.judge.opposites import find_opposites

_REFERENT = ("entity.different", "entity.dropped", "entity.added", "entity.title_dropped")


def context(a: str, b: str) -> PairContext:
    pair = Pair(a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
                ops=word_diff(a, b))  # fmt: skip
    return build_context(pair, [a], [b])


def referents(a: str, b: str) -> list[tuple[str, str, str]]:
    """The name findings that say another referent, or none, from A to B."""
    return [(f.check, f.a, f.b) for f in check_names(context(a, b)) if f.check in _REFERENT]


def opposites(a: str, b: str) -> list[str]:
    return [hit.check for hit in find_opposites(a, b) if hit.check != "opposite.negated"]


SAME_REFERENT = [
    (
        "Experiments are being built on Earth to detect the waves.",
        "Experiments are being built around the world to detect the waves.",
    ),
    (
        "Astronauts first landed on the Moon in 1969.",
        "Astronauts first landed on the moon in 1969.",
    ),
    (
        "Most want Queen Elizabeth II to be Australia's last monarch.",
        "Most want Elizabeth II to be Australia's last monarch.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_REFERENT)
def test_a_name_rendered_another_way_names_no_other_referent(a: str, b: str) -> None:
    assert referents(a, b) == []
    assert referents(b, a) == []


OTHER_REFERENT = [
    (
        # The name is gone: "the world" is on both sides, it says nothing of "Earth".
        "The world watched as the rocket left Earth for the last time.",
        "The world watched as the rocket left for the last time.",
    ),
    (
        "Most want Queen Elizabeth II to be Australia's last monarch.",
        "Most want Elizabeth to be Australia's last monarch.",
    ),
    (
        "Most want Queen Elizabeth II to be Australia's last monarch.",
        "Most want Queen Victoria to be Australia's last monarch.",
    ),
    (
        "The Jiangxi Finance Department released the funds.",
        "The Jiangxi Health Department released the funds.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OTHER_REFERENT)
def test_a_name_cut_or_replaced_is_still_found(a: str, b: str) -> None:
    assert referents(a, b)
    # A title B adds names no one new ("Elizabeth" / "Queen Elizabeth II"): one way only.
    if "Queen" in b or "Queen" not in a:
        assert referents(b, a)


ONE_COMPARISON = [
    (
        "Imagine a lighter black hole falling into a very heavy black hole.",
        "Imagine a less massive black hole falling into a more massive black hole.",
    ),
    ("The new model is cheaper than before.", "The new model is less expensive than before."),
    ("It is the cheapest option on offer.", "It is the least expensive option on offer."),
]  # fmt: skip
REVERSED = [
    ("The new model is cheaper than before.", "The new model is more expensive than before."),
    ("It is the cheapest option on offer.", "It is the most expensive option on offer."),
    ("Prices were higher than last year.", "Prices were less high than last year."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), ONE_COMPARISON)
def test_one_comparison_from_its_two_ends_is_no_opposite(a: str, b: str) -> None:
    assert opposites(a, b) == []
    assert opposites(b, a) == []


@pytest.mark.parametrize(("a", "b"), REVERSED)
def test_a_comparison_turned_round_is_an_opposite(a: str, b: str) -> None:
    assert opposites(a, b)
    assert opposites(b, a)


@pytest.mark.parametrize(
    ("name", "word", "same"),
    [
        ("Earth", "world", True),
        ("Earth", "globe", True),
        ("Moon", "moon", True),
        ("Earth", "planet", False),  # a broader word: which planet?
        ("Sun", "sunlight", False),  # the star, not its light
        ("China", "china", False),  # porcelain
        ("Turkey", "turkey", False),
    ],
)
def test_a_common_noun_says_the_name_only_in_its_first_sense(
    name: str, word: str, same: bool
) -> None:
    assert lexicon().names_first_sense(name, word) is same
