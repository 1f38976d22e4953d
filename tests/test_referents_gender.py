"""A person of another gender between two translations, where the diff does not pair the
gendered words (they stand in differently worded stretches): the referents check reads the
whole pair (``person.gender_swapped``). Our own news-style probes, both ways round.
"""

from __future__ import annotations

import pytest

from vardiff import Pair, Severity, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge.referents import find_referents

SWAPPED = [
    (
        "The prime minister said it was his government, yet he wanted the opposition to answer.",
        "She has a government of her own, the prime minister said, but she wants an answer.",
    ),
    (
        "Villagers rushed him to the hospital in a serious condition.",
        "The injured was taken by the villagers to hospital, her condition serious.",
    ),
    (
        "According to him, postal voting is one of the methods that work.",
        "She considers voting by post to be a method that works.",
    ),
]


GENDER_RULES = {"person.gender_swapped", "person.pronoun_gender", "person.gender"}


@pytest.mark.parametrize(("a", "b"), SWAPPED)
def test_a_person_of_another_gender_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in [(a, b), (b, a)]:
        hits = find_referents(left, right)
        # One finding, whichever rule: where the diff pairs two pronouns, theirs.
        assert len(hits) == 1 and hits[0].check in GENDER_RULES, (left, right, hits)
        assert hits[0].prior >= 0.8


def test_the_whole_pair_read_names_both_genders() -> None:
    a, b = SWAPPED[0]
    [hit] = find_referents(a, b)
    assert hit.check == "person.gender_swapped"
    assert hit.message.startswith("A speaks of a man (his, he), B of a woman (She, her)")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Both genders on a side: the people may only have changed places.
        ("The king and queen waved to the crowd.", "The queen and the king waved to the crowd."),
        ("Each pupil must bring his or her own book.", "Every pupil brings their own book."),
        # No gendered word on one side: nothing to compare.
        ("The minister resigned on Friday.", "She resigned as minister on Friday."),
        # The same gender in other words.
        ("He said his team would win.", "The coach, a man of few words, said his side would win."),
    ],
)
def test_no_change_of_gender_is_quiet(a: str, b: str) -> None:
    for left, right in [(a, b), (b, a)]:
        assert not [h for h in find_referents(left, right) if "gender" in h.check], (left, right)


def test_a_paired_gender_change_is_reported_once() -> None:
    hits = find_referents("His mother opened the shop.", "His father opened the shop.")
    assert [h.check for h in hits] == ["person.gender"]


def test_a_swapped_gender_fails_the_gate_under_the_shipped_calibration() -> None:
    a, b = SWAPPED[0]
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    findings = Judge(embedder=None).findings(build_context(pair, [a], [b]))
    swapped = [f for f in findings if f.check == "person.gender_swapped"]
    assert swapped and swapped[0].severity >= Severity.MEDIUM, findings
