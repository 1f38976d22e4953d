"""A sentence added to, or left out of, an aligned pair (issue 8: "a sentence left out must stand
out"). The aligner puts a sentence added next to another into that one's pair ("The striker
scored twice. He was later sent off, and the team won" / "The striker scored twice, and the team
won"), where it used to be read as words added and pass quietly. A sentence split in two or two
merged, with every fact kept, says nothing new."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, checks_judged

import vardiff
from vardiff import Severity

SPLICED = [
    # (without the sentence, with it)
    ("The striker scored twice in the first half, and the team won 3-2 in extra time.",
     "The striker scored twice in the first half. He was later sent off for a second yellow "
     "card, and the team won 3-2 in extra time."),
    ("The factory will close in June, the company said on Tuesday.",
     "The factory will close in June. About 600 workers will lose their jobs, the company said "
     "on Tuesday."),
]  # fmt: skip

SPLIT_OR_MERGED = [
    ("The factory, which employs 600 people, will close in March, the company said.",
     "The factory employs 600 people. It will close in March, the company said."),
    ("The minister resigned on Friday after a newspaper published photographs of her.",
     "The minister resigned on Friday. A newspaper had published photographs of her."),
    ("Heavy rain fell overnight and the river burst its banks near the town.",
     "Heavy rain fell overnight. The river burst its banks near the town."),
]  # fmt: skip

_SENTENCE_RULES = ("addition.sentence", "omission.sentence")


@pytest.mark.parametrize(("without", "spliced"), SPLICED)
def test_a_sentence_spliced_into_a_pair_fails_both_ways(without: str, spliced: str) -> None:
    assert_fails_both_ways(without, spliced)
    assert ("addition.sentence" in [c for c, _ in checks_judged(without, spliced)]) and (
        "omission.sentence" in [c for c, _ in checks_judged(spliced, without)]
    )


@pytest.mark.parametrize(("a", "b"), SPLIT_OR_MERGED)
def test_a_sentence_split_or_merged_adds_no_sentence(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        assert not [c for c, _ in checks_judged(left, right) if c in _SENTENCE_RULES]


def test_with_the_model_a_sentence_added_next_to_another_fails_the_report() -> None:
    base = [
        "The national team reached the final on Sunday after beating Portugal.",
        "The striker scored twice in the first half, and the team won 3-2 in extra time.",
        "The coach praised the defence and said the players deserved a rest.",
    ]
    added = list(base)
    added[1] = (
        "The striker scored twice in the first half. He was later sent off for a second "
        "yellow card, and the team won 3-2 in extra time."
    )
    a, b = "\n\n".join(base), "\n\n".join(added)
    for left, right, rule in ((a, b, "addition.sentence"), (b, a, "omission.sentence")):
        report = vardiff.compare(left, right)
        found = [f for f in report.findings() if f.check == rule]
        assert found and found[0].severity >= Severity.MEDIUM
        assert "sent off for a second yellow card" in (found[0].a + found[0].b)
