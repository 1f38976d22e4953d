"""A slip of a letter elsewhere in the sentence must not make a real change look worse (issue 7:
trust). The model's cosine of a pair drops when a word is mistyped ("goverment"), and every
rule weighs that cosine: the judge weighs the pair by its cosine as read, its typos corrected.
Real model, our own sentences."""

from __future__ import annotations

import pytest

import vardiff
from vardiff import Finding

A = "The government said on Tuesday that its exports rose by 3 percent last year."


def judged(a: str, b: str) -> tuple[float | None, list[Finding]]:
    report = vardiff.compare(a, b)
    (pair,) = report.pairs
    return pair.similarity, list(pair.findings)


def by_check(found: list[Finding]) -> dict[str, Finding]:
    return {f.check: f for f in found}


@pytest.mark.parametrize(
    ("correct", "mistyped"),
    [
        # A number changed, a typo in another word.
        ("The government said on Tuesday that its exports rose by 4 percent last year.",
         "The goverment said on Tuesday that its exports rose by 4 percent last year."),
        # A day changed, a typo in another word.
        ("The government said on Thursday that its exports rose by 3 percent last year.",
         "The government said on Thursday that its exprots rose by 3 percent last year."),
    ],
)  # fmt: skip
def test_a_typo_elsewhere_leaves_a_real_change_scored_as_without_it(
    correct: str, mistyped: str
) -> None:
    correct_similarity, correct_found = judged(A, correct)
    typed_similarity, typed_found = judged(A, mistyped)
    assert correct_similarity is not None and typed_similarity is not None
    # The model does see the slip: the pair as written is further apart.
    assert typed_similarity < correct_similarity - 0.005
    loud = [f for f in correct_found if f.severity >= vardiff.Severity.MEDIUM]
    assert loud, [(f.check, f.severity) for f in correct_found]
    typed = by_check(typed_found)
    for finding in loud:
        assert finding.check in typed, [(f.check, f.severity) for f in typed_found]
        assert typed[finding.check].severity == finding.severity
        weighed = dict(typed[finding.check].evidence)["pair.similarity"]
        assert weighed == pytest.approx(correct_similarity, abs=0.002)


def test_a_pair_without_typos_is_weighed_as_written() -> None:
    _, found = judged(
        A, "The government said on Tuesday that its exports rose by 4 percent last year."
    )
    assert found
    assert all("pair.similarity" not in dict(f.evidence) for f in found)
