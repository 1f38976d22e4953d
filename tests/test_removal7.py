"""removal7: a subject pronoun cut out of a sentence B otherwise keeps word for word there
("For most of that decade she worked" / "For most of that decade worked"): the diff deletes
the pronoun alone, a verb follows it, and B says it fewer times than A. A conjunction or a
relative before it may share its clause's subject ("but it did not open" / "but did not
open"), which stays quiet. And a subject or a relative whose "-ly" adverbs meet a preposition,
a determiner or a conjunction ("which slowly through the hills"): the verb they qualified was
dropped. Without the model, sentences of our own."""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff import Severity

CHANGES = [
    (
        "For most of that decade she worked as a nurse in Leeds.",
        "For most of that decade worked as a nurse in Leeds.",
    ),
    (
        "Since last spring we have lived in a tent near the river.",
        "Since last spring have lived in a tent near the river.",
    ),
    (
        "When the storm reached the coast they quickly closed the port.",
        "When the storm reached the coast quickly closed the port.",
    ),
]

# The same subject shared by two verbs, or said by the relative itself: no subject lost.
TWINS = [
    (
        "The bridge was finished in 2011, but it did not open until 2017.",
        "The bridge was finished in 2011, but did not open until 2017.",
    ),
    (
        "She wrote the letter and she posted it herself.",
        "She wrote the letter and posted it herself.",
    ),
]


VERBS_LOST = [
    (
        "The road, which winds slowly through the hills, was closed for a week.",
        "The road, which slowly through the hills, was closed for a week.",
    ),
    (
        "They quickly crossed the border before dawn.",
        "They quickly the border before dawn.",
    ),
]

# Adverbs joined before their verb, and an object's adverb after its verb: no verb lost.
ADVERBS_KEPT = [
    (
        "It quietly moved through the town.",
        "It quickly and quietly moved through the town.",
    ),
    (
        "He finished the report quickly and left the office.",
        "He finished it quickly and left the office.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES + VERBS_LOST)
def test_a_subject_or_a_verb_cut_out_is_a_gap(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert any(c == "removal.gap" and s >= Severity.MEDIUM for c, s in found), found


@pytest.mark.parametrize(("a", "b"), TWINS + ADVERBS_KEPT)
def test_a_shared_subject_or_an_adverb_by_its_verb_stays_quiet(a: str, b: str) -> None:
    # The pair may have other findings ("quickly" added): no gap is read in it.
    found = checks_judged(a, b)
    assert not any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in found), found
