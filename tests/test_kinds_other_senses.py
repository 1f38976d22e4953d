"""Two things named by words whose commonest sense is no thing: "tanker" / "trawler" (a trawler
is first a fisherman in the lexicon, then a fishing boat; both are vessels). Swapped one for the
other, the things are what is meant: another thing of the same kind (``kind.cohyponym``), read
through each word's first two senses of things, under a specific parent. Not through a rarer
sense ("trainers" a flight simulator, "shoe" a brake shoe), not for capitalised words (a name's
parts, the names check's), and a broader word stays a broader word. Two plants, animals or
foods the lexicon files apart by their commonest senses ("rice" a food, "cotton" a fibre) but
holds as plants among their first three are two plants.

Our own news-style sentences, both ways round.
"""

from __future__ import annotations

import pytest
from _hits import both_ways

import vardiff
from vardiff import Severity
from vardiff.judge._lexicon import lexicon
from vardiff.judge.kinds import _CONCRETE, find_kinds


def test_the_lexicon_reads_a_relation_through_the_senses_of_some_files_only_when_asked() -> None:
    lex = lexicon()
    # All senses, the plain limits: the vessels meet too far up (3 + 2 steps).
    assert lex.kinship("tanker", "trawler") is None
    kin = lex.kinship("tanker", "trawler", loose=True, files=_CONCRETE, first=2)
    assert kin is not None and kin.relation == "cohyponym" and kin.domain == "noun.artifact"
    # Read through the people's file, the tank driver and the fisherman meet far up: no
    # vessel there.
    kin = lex.kinship("tanker", "trawler", loose=True, files={"noun.person"})
    assert kin is not None and kin.domain == "noun.person"
    # The lexicon's trainer of things is a flight simulator (its second sense): among the
    # first two senses of each word it meets a shoe only far up (4 + 3 steps); a brake shoe
    # (the fourth sense) is closer, but a rarer reading.
    kin = lex.kinship("trainers", "shoes", loose=True, files=_CONCRETE, first=2)
    assert kin is not None and kin.steps_a + kin.steps_b == 7
    kin = lex.kinship("trainers", "shoes", loose=True, files=_CONCRETE)
    assert kin is not None and kin.steps_a + kin.steps_b == 5


SWAPPED = [
    (
        "A tanker ran aground off the coast of Brittany.",
        "A trawler ran aground off the coast of Brittany.",
    ),
    (
        "Coastguards boarded a trawler near the harbour.",
        "Coastguards boarded a frigate near the harbour.",
    ),
    ("Workers loaded the freighter at dawn.", "Workers loaded the tug at dawn."),
    # Two plants the lexicon files first as a food and a fibre, a grain and a drug.
    (
        "Farmers in the north grow rice by the river.",
        "Farmers in the north grow cotton by the river.",
    ),
    ("They grow maize on the hills.", "They grow tobacco on the hills."),
]


@pytest.mark.parametrize(("a", "b"), SWAPPED)
def test_things_named_by_other_senses_are_another_thing_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = find_kinds(left, right)
        assert [h.check for h in hits] == ["kind.cohyponym"], (left, right)
        assert hits[0].evidence["commonest"] == 0.0  # not the readings a reader takes first


QUIET = [
    # The trainers one wears are not in the lexicon; its trainer of things is a simulator.
    ("The factory makes trainers for export.", "The factory makes shoes for export."),
    ("Farmers in the north grow rice.", "Farmers in the north grow grain."),
    # Parts of two names of one office, capitalised: the names check's.
    (
        "The Meteorological Office of Russia announced rain on Sunday.",
        "The Hydrometeorological Center of Russia reports rain on Sunday.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_a_rarer_sense_a_broader_word_or_a_name_is_no_other_thing_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = find_kinds(left, right)
        assert not {h.check for h in hits} & {"kind.cohyponym", "kind.sibling"}, (left, right)


def test_a_broader_word_for_the_thing_stays_a_broader_word() -> None:
    a, b = "A trawler sank in the storm.", "A vessel sank in the storm."
    assert [h.check for h in find_kinds(a, b)] == ["kind.hypernym"]
    assert [h.check for h in find_kinds(b, a)] == ["kind.hyponym"]


# -- end to end, with the real model and the shipped calibration ------------------------------


def worst(a: str, b: str) -> Severity | None:
    report = vardiff.compare(a, b)
    return max((f.severity for f in report.findings()), default=None)


def test_a_tanker_for_a_trawler_fails_the_gate_and_shoes_for_trainers_passes() -> None:
    for left, right in both_ways(*SWAPPED[0]):
        severity = worst(left, right)
        assert severity is not None and severity >= Severity.MEDIUM, (left, severity)
    severity = worst(*QUIET[0])
    assert severity is None or severity <= Severity.LOW, severity
