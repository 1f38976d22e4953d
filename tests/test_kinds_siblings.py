"""Siblings plainly apart: two nouns whose commonest senses, the readings a reader takes first,
are close siblings under a specific parent ("rifles" / "pistols" under "firearm", "road" /
"lane"), kin terms and named days are another thing (``kind.sibling``), in an edit or inside a
rewrite. A relation the lexicon finds only through a rarer sense ("hospital" the building /
"clinic" the institution) stays the looser ``kind.cohyponym``; siblings the model reads as one
thing ("jail" / "prison") are a translator's near-synonym.

Our own news-style sentences, both ways round.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, loud

import vardiff
from vardiff import Severity
from vardiff.judge._lexicon import lexicon
from vardiff.judge.kinds import find_kinds


def test_the_lexicon_reads_a_relation_through_the_commonest_senses_only_when_asked() -> None:
    lex = lexicon()
    kin = lex.kinship("rifles", "pistols", commonest=True)
    assert kin is not None and kin.relation == "cohyponym"
    # "clinic" is first an institution, "hospital" first a building: siblings only through
    # the building sense of "clinic".
    loose = lex.kinship("hospital", "clinic")
    assert loose is not None and loose.relation == "cohyponym"
    assert lex.kinship("hospital", "clinic", commonest=True) is None


SIBLINGS = [
    ("Police seized rifles at the port.", "Police seized pistols at the port."),
    ("The convoy was stopped on the road.", "The convoy was stopped on the lane."),
    ("The vote was held on Tuesday.", "The vote was held on Thursday."),
    ("Her brother was arrested.", "Her cousin was arrested."),
    ("The judge rejected the request.", "The prosecutor rejected the request."),
    ("The singer was injured in the crash.", "The violinist was injured in the crash."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SIBLINGS)
def test_siblings_plainly_apart_are_another_thing_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = loud(find_kinds(left, right))
        assert [h.check for h in hits] == ["kind.sibling"], (left, right)


def test_a_sibling_through_a_rarer_sense_is_the_looser_verdict() -> None:
    hits = find_kinds("He was taken to the hospital.", "He was taken to the clinic.")
    assert [(h.check, h.evidence["commonest"]) for h in hits] == [("kind.cohyponym", 0.0)]
    # Two animals the lexicon files far apart: another thing, on its file alone.
    hits = find_kinds("A shark was seen near the beach.", "A dolphin was seen near the beach.")
    assert [h.check for h in hits] == ["kind.cohyponym"]


def test_siblings_the_model_reads_as_one_thing_are_not_another_thing() -> None:
    a, b = "He was sent to jail for ten years.", "He was sent to prison for ten years."
    assert [h.check for h in loud(find_kinds(a, b))] == ["kind.sibling"]  # the lexicon alone
    assert not loud(find_kinds(a, b, similarity=lambda x, y: 0.84))
    # Kin and named days stay apart whatever the model says.
    hits = find_kinds("Her nephew won.", "Her grandson won.", similarity=lambda x, y: 0.84)
    assert [h.check for h in hits] == ["kind.sibling"]
    hits = find_kinds("They met on Monday.", "They met on Friday.", similarity=lambda x, y: 0.9)
    assert [h.check for h in hits] == ["kind.sibling"]


# -- end to end, with the real model and the shipped calibration ------------------------------


def worst(a: str, b: str) -> Severity | None:
    report = vardiff.compare(a, b)
    return max((f.severity for f in report.findings()), default=None)


# Two renderings of one sentence worded apart (a rewrite: many words differ), one noun of
# which is another thing of its kind.
REWRITES = [
    (
        "Police said on Friday that they had seized rifles at the northern port.",
        "On Friday the police reported that pistols were seized at the port.",
    ),
    (
        "The minister said on Monday that the new road would be opened to traffic in May.",
        "On Monday, the minister announced that the new lane is to be opened to traffic in May.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), REWRITES)
def test_a_sibling_inside_a_rewrite_fails_the_gate(a: str, b: str) -> None:
    severity = worst(a, b)
    assert severity is not None and severity >= Severity.MEDIUM, severity


def test_a_rewrite_with_the_same_thing_or_a_narrower_word_passes_the_gate() -> None:
    a = "The minister said on Monday that the new road would be opened to traffic in May."
    for b in (
        "On Monday, the minister announced that the new road is to be opened to traffic in May.",
        "On Monday, the minister announced that the new highway is to be opened to traffic in May.",
    ):
        severity = worst(a, b)
        assert severity is None or severity <= Severity.LOW, (b, severity)
