"""Compound nouns ("machine gun", "fire engine", "prime minister") read as one word, and two
documents ("passport" / "driving licence") as things, not ideas: another thing of the same kind
is loud ("machine gun" / "shotgun", "chief executive officer" / "chief financial officer"), the
same thing named another way stays quiet ("fire engine" / "fire truck", "Prime Minister" /
"premier", "landmine" / "land mine"), and so does a source named either way ("the prime
minister said" / "the premier said").

Our own news-style sentences, both ways round (benchmarks/data/probe_lexical.jsonl holds more
of the same kind; none is from the contrast set).
"""

from __future__ import annotations

import pytest
from _hits import ANOTHER_THING, both_ways, loud

from vardiff import Pair, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge._lexicon import lexicon
from vardiff.judge.kinds import find_kinds


def test_the_lexicon_knows_compound_nouns_in_any_case_and_number() -> None:
    lex = lexicon()
    assert lex.compound(["machine", "guns"]) == "machine gun"
    assert lex.compound(["Prime", "Minister"]) == "prime minister"
    assert lex.compound(["chief", "financial", "officer"]) == "chief financial officer"
    assert lex.compound(["the", "gun"]) is None
    assert lex.kinship("prime minister", "premier") is not None
    assert lex.kinship("machine gun", "weapon").relation == "broader"  # type: ignore[union-attr]


def test_a_compound_written_as_one_word_is_found_apart() -> None:
    lex = lexicon()
    assert lex.spelled_apart("landmines") == "land mine"
    assert lex.spelled_apart("gun") is None  # a word the lexicon knows is itself
    assert lex.spelled_apart("Smithfield") is None


OTHER_THINGS = [
    ("The gunman opened fire with a machine gun.", "The gunman opened fire with a shotgun."),
    ("A fire engine blocked the narrow street.", "An ambulance blocked the narrow street."),
    ("Two soldiers were killed by a landmine.", "Two soldiers were killed by a grenade."),
    ("The price of olive oil rose sharply.", "The price of palm oil rose sharply."),
    ("Workers were trapped in a coal mine.", "Workers were trapped in a gold mine."),
    # The word both sides share makes a compound on both: the compounds are compared.
    ("The chief executive officer resigned.", "The chief financial officer resigned."),
    ("The foreign minister flew to Cairo.", "The finance minister flew to Cairo."),
    ("The central bank raised the interest rate.", "The central bank raised the tax rate."),
    # Two documents: papers one holds, not ideas.
    ("He showed his passport at the border.", "He showed his driving licence at the border."),
    ("The two states signed a treaty.", "The two states signed a contract."),
]  # fmt: skip

SAME_THINGS = [
    ("The fire engine arrived within minutes.", "The fire truck arrived within minutes."),
    ("The prime minister called an election.", "The premier called an election."),
    ("A landmine exploded near the road.", "A land mine exploded near the road."),
    ("The police officer was not hurt.", "The policeman was not hurt."),
    ("The car park was flooded.", "The parking lot was flooded."),
    ("He was refused a permit.", "He was refused a licence."),
    ("The two states signed a treaty.", "The two states signed an accord."),
    # Broader words.
    ("Police found a machine gun in the boot.", "Police found a weapon in the boot."),
    ("A fire engine overturned on the bridge.", "A vehicle overturned on the bridge."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), OTHER_THINGS)
def test_another_compound_thing_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert [h.check for h in loud(find_kinds(left, right))] in ANOTHER_THING, (left, right)


@pytest.mark.parametrize(("a", "b"), SAME_THINGS)
def test_the_same_compound_thing_named_otherwise_is_quiet_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not loud(find_kinds(left, right)), (left, right)


def test_a_shared_word_is_taken_only_where_it_makes_a_compound_on_both_sides() -> None:
    """ "bus driver" / "taxi driver": the lexicon knows only one of the two compounds, so the
    edit is read as it is, "bus" / "taxi" (another vehicle: another driver)."""
    hits = find_kinds("The bus driver was injured.", "The taxi driver was injured.")
    assert [(h.check, h.a, h.b) for h in hits] == [("kind.cohyponym", "bus", "taxi")]


def test_opposite_words_inside_compounds_are_left_to_the_opposites_check() -> None:
    for left, right in both_ways("The old man was injured.", "The young man was injured."):
        assert not find_kinds(left, right), (left, right)


# -- end to end, with the real model and the shipped calibration ------------------------------


# The compound pairs end to end (real model, shipped calibration) are in test_kinds_lexical's
# gate tests, beside the single words.


def attributions(a: str, b: str) -> list[str]:
    """The attribution rules that fire on the pair, judged without the model."""
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    findings = Judge(embedder=None).findings(build_context(pair, [a], [b]))
    return [f.check for f in findings if f.check.startswith("attribution.")]


def test_a_source_named_by_a_compound_is_read_whole() -> None:
    """ "the prime minister said" / "the premier said": one source (the compound and its
    synonym), where the head word alone ("minister") is another person than "premier"."""
    for left, right in both_ways(
        "The prime minister said the talks had failed.", "The premier said the talks had failed."
    ):
        assert not attributions(left, right), (left, right)


def test_an_acronym_is_read_as_its_compound() -> None:
    lex = lexicon()
    assert lex.spelled_apart("CEO") == "chief executive officer"
    assert lex.spelled_apart("CEOs") == "chief executive officer"
    assert lex.spelled_apart("PM") is None  # two letters: "prime minister" or "post mortem"
    for left, right in both_ways("The CEO resigned.", "The chief financial officer resigned."):
        assert [h.check for h in loud(find_kinds(left, right))] in ANOTHER_THING
    for left, right in both_ways("The CEO resigned.", "The chief executive officer resigned."):
        assert not loud(find_kinds(left, right)), (left, right)
    for left, right in both_ways(
        "The CEO said profits would rise.", "The chief executive officer said profits would rise."
    ):
        assert not attributions(left, right), (left, right)
