"""Evidence ``closer_without`` of the findings that say words of A are not in B: how much closer
B comes to A once A is read without them (``vardiff/judge/removal/_closer.py``). A translation
that lost a word is A less the word, nearer it; one that says the word's meaning otherwise
comes no closer. Model-free with a bag-of-words stand-in; the real model's reading at the end.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets."""

from __future__ import annotations

import pytest
from test_invariants import FakeEmbedder

import vardiff
from vardiff import Pair, word_diff
from vardiff._embed import Embedder
from vardiff.judge import Judge, PairContext, build_context
from vardiff.judge._context import Similarity
from vardiff.judge._edits import Hit
from vardiff.judge.removal import removal_texts
from vardiff.judge.removal._closer import with_closer


def _context(a: str, b: str, embedder: Embedder | None) -> PairContext:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    return build_context(pair, [a], [b], similarity=Similarity(embedder))


def _dropped(words: str, check: str = "removal.head") -> Hit:
    return Hit(check, "removal", words, "", f"{words!r} left out of B", 0.45, {})


def test_a_word_b_lost_brings_a_without_it_closer_to_b() -> None:
    a = "Rangers monitor the shooters taking part in the pest control trials."
    b = "Rangers monitor the shooters taking part in the pest control."
    (hit,) = with_closer(_context(a, b, FakeEmbedder()), [_dropped("trials")])
    assert float(hit.evidence["closer_without"]) > 0.02


def test_a_word_b_says_in_its_own_way_keeps_a_without_it_no_closer() -> None:
    """B keeps the word, moved: taking it out of A takes A away from B (stand-in embedder)."""
    a = "The trials of the vaccine began in March."
    b = "In March the vaccine trials began."
    (hit,) = with_closer(_context(a, b, FakeEmbedder()), [_dropped("trials")])
    assert float(hit.evidence["closer_without"]) < 0


def test_a_removal_that_names_no_words_of_a_gets_no_evidence() -> None:
    a = "The level of equipment is growing."
    b = "The of equipment is growing."
    gap = Hit("removal.gap", "removal", "", "The of", "a gap", 0.9, {})
    (hit,) = with_closer(_context(a, b, FakeEmbedder()), [gap])
    assert "closer_without" not in hit.evidence


def test_without_the_model_the_evidence_is_absent_and_nothing_is_embedded() -> None:
    a = "Rangers monitor the shooters taking part in the pest control trials."
    b = "Rangers monitor the shooters taking part in the pest control."
    ctx = _context(a, b, None)
    assert removal_texts(ctx) == []
    (hit,) = with_closer(ctx, [_dropped("trials")])
    assert "closer_without" not in hit.evidence


def test_the_judges_removal_findings_carry_it_and_a_less_the_words_was_embedded_ahead() -> None:
    embedder = FakeEmbedder()
    judge = Judge(embedder=embedder)
    a = "Scientists hope to understand how planets form around young stars."
    b = "Scientists to understand how planets form around young stars."
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    texts = removal_texts(build_context(pair, [a], [b], similarity=Similarity(embedder)))
    assert "Scientists to understand how planets form around young stars." in texts[2:]
    findings = judge.judge(pair)
    named = [f for f in findings if f.check.startswith("removal.") and f.a]
    assert named and all("closer_without" in dict(f.evidence) for f in named)


# -- the real model ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model(cache_dir: str) -> vardiff.SentenceEmbedder:
    return vardiff.SentenceEmbedder(None, cache=vardiff.EmbeddingCache(cache_dir))


def _gain(model: vardiff.SentenceEmbedder, a: str, b: str, words: str) -> float:
    (hit,) = with_closer(_context(a, b, model), [_dropped(words)])
    return float(hit.evidence["closer_without"])


def test_the_model_reads_a_lost_verb_as_b_saying_less_than_a(
    model: vardiff.SentenceEmbedder,
) -> None:
    a = "The minister resigned on Friday after the scandal over her expenses."
    b = "The minister on Friday after the scandal over her expenses."
    assert _gain(model, a, b, "resigned") > 0.1


@pytest.mark.parametrize(
    "b",
    [
        "The minister stepped down on Friday after the row over her expense claims.",
        "On Friday the minister quit her post after the expenses scandal.",
    ],
)
def test_the_model_reads_a_verb_b_says_otherwise_as_no_loss(
    model: vardiff.SentenceEmbedder, b: str
) -> None:
    a = "The minister resigned on Friday after the scandal over her expenses."
    assert _gain(model, a, b, "resigned") < 0.02
