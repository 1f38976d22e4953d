"""Words of B that nothing in A answers (issue 7: a word put into a correct translation that
the reference does not support), as evidence on the findings that hold them: how many
(``unanswered_b``), and how much nearer to A the model puts B without the word
(``unanswered_lift``, and ``unanswered_share`` of B's whole distance from A). Each pair is
tried both ways round: B adds the word, or B lacks it.

The sentences are our own, not those of the dev sets or the contrast set in benchmarks/data.
"""

from __future__ import annotations

import pytest
from test_judge_checks import context

import vardiff
from vardiff import Finding
from vardiff.judge import Judge
from vardiff.judge._answered import answered, with_answered

# A, then B with one word put into a stretch that otherwise says what A says.
ADDED = [
    (
        "By mid-September the Polish defences had already been broken.",
        "By mid-September the secondary Polish defences had already been broken.",
        "secondary",
    ),
    (
        "The committee approved the budget after a long debate.",
        "The committee approved the military budget after a long debate.",
        "military",
    ),
    (
        "Inspectors said the hotel stands near the village.",
        "Sanitary inspectors said the hotel stands near the village.",
        "Sanitary",
    ),
]


@pytest.mark.parametrize(
    ("word", "others", "expected"),
    [
        ("car", ("vehicle", "towed"), True),  # a broader word
        ("vehicle", ("car", "towed"), True),  # a narrower one
        ("newly", ("new", "bridge"), True),  # a derived word
        ("buildings", ("building", "collapsed"), True),  # the same stem
        ("predatory", ("cats", "feed", "prey"), False),
        ("sanitary", ("inspectors", "hotel", "village"), False),
    ],
)
def test_a_word_is_answered_by_its_stem_a_derived_word_or_a_near_hypernym(
    word: str, others: tuple[str, ...], expected: bool
) -> None:
    assert answered(word, others) is expected


def _holding(findings: list[Finding] | tuple[Finding, ...], text: str, word: str) -> list[Finding]:
    return [f for f in findings if f.b_span and word in text[f.b_span[0] : f.b_span[1]]]


@pytest.mark.parametrize(("a", "b", "word"), ADDED)
def test_the_finding_on_an_added_word_counts_it_unanswered(a: str, b: str, word: str) -> None:
    findings = Judge(embedder=None).findings(context(a, b))
    holding = _holding(findings, b, word)
    assert holding, f"no finding holds {word!r}"
    for finding in holding:
        evidence = dict(finding.evidence)
        assert evidence["unanswered_b"] == 1.0
        assert evidence["unanswered_lift"] == 0.0  # no model: nothing measured


@pytest.mark.parametrize(("a", "b", "word"), ADDED)
def test_b_lacking_the_word_has_nothing_unanswered(a: str, b: str, word: str) -> None:
    # The other way round: B is the plain sentence, every word of it stands in A.
    findings = Judge(embedder=None).findings(context(b, a))
    assert all(dict(f.evidence).get("unanswered_b", 0.0) == 0.0 for f in findings)


def test_a_finding_of_another_rule_gets_no_such_evidence() -> None:
    findings = Judge(embedder=None).findings(
        context("The plant made 300 cars last year.", "The plant made 400 cars last year.")
    )
    [number] = [f for f in findings if f.check.startswith("number.")]
    assert "unanswered_b" not in dict(number.evidence)
    assert with_answered(number, context("x y", "x z")) is number


@pytest.fixture(scope="module")
def judge(cache_dir: str) -> Judge:
    return Judge(embedder=vardiff.SentenceEmbedder(cache=vardiff.EmbeddingCache(cache_dir)))


def _lift(judge: Judge, a: str, b: str, word: str) -> float:
    [findings] = judge.judge_all([context(a, b).pair], sentences=[([a], [b])])
    return max(dict(f.evidence)["unanswered_lift"] for f in _holding(findings, b, word))


def test_the_model_puts_b_nearer_to_a_without_the_added_word(judge: Judge) -> None:
    for a, b, word in ADDED:
        assert _lift(judge, a, b, word) > 0.0, word


def test_a_translators_own_word_for_a_word_of_a_lifts_b_less_than_an_added_word(
    judge: Judge,
) -> None:
    # "breached" says what "broken" says: without it B says less of A, not less beyond it.
    a = "By mid-September the Polish defences had already been broken."
    reworded = "By mid-September the Polish defences had already been breached."
    added = "By mid-September the secondary Polish defences had already been broken."
    assert _lift(judge, a, reworded, "breached") < _lift(judge, a, added, "secondary")
