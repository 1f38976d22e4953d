"""Evidence ``closer_without`` of the findings that say words are only in B: how much closer B
comes to A without them (``vardiff/judge/removal/_closer.py``)."""

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
from vardiff.judge.removal._closer import closer_texts, with_closer, without


def _context(a: str, b: str, embedder: Embedder | None) -> PairContext:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    return build_context(pair, [a], [b], similarity=Similarity(embedder))


def _added(check: str = "addition.inserted", word: str = "hungry") -> Hit:
    return Hit(check, "removal", "", word, f"{word!r} only in B", 0.3, {})


@pytest.mark.parametrize(
    ("text", "words", "rest"),
    [
        ("the storm damaged the hungry harbour.", "hungry", "the storm damaged the harbour."),
        ("It closed on a rainy Monday.", "rainy", "It closed on a Monday."),
        ("It closed on a Monday, rainy.", "rainy", "It closed on a Monday,."),
        ("Angry crowds gathered.", "Angry", "crowds gathered."),
        ("The talks resumed here", "here", "The talks resumed"),
        # A whole word only: "port" is not the one inside "report".
        ("The report named the port city.", "port", "The report named the city."),
    ],
)
def test_without_takes_the_words_out_and_closes_the_spaces(
    text: str, words: str, rest: str
) -> None:
    assert without(text, words) == rest


def test_without_gives_nothing_for_words_not_there_or_a_text_of_nothing_else() -> None:
    assert without("The talks resumed.", "report") is None
    assert without("The talks resumed.", "  ") is None
    assert without("Yes", "Yes") is None


def test_an_inserted_word_brings_b_further_from_a() -> None:
    """A word A never says moves B away from A: without it B is closer (bag-of-words stand-in:
    B less the word is A itself)."""
    a = "Prices rose after the storm damaged the harbour."
    b = "Prices rose after the storm damaged the hungry harbour."
    ctx = _context(a, b, FakeEmbedder())
    (hit,) = with_closer(ctx, [_added()])
    assert float(hit.evidence["closer_without"]) > 0.02


def test_a_word_that_renders_a_brings_b_no_closer_without_it() -> None:
    """A word B adds that A says elsewhere in the pair (here, twice in A: the translator kept
    it once and moved it) moves B towards A: B without it is further (stand-in embedder)."""
    a = "Fishing boats filled the fishing harbour after the storm."
    b = "Boats filled the fishing harbour after the storm."
    ctx = _context(a, b, FakeEmbedder())
    (hit,) = with_closer(ctx, [_added(word="fishing")])
    assert float(hit.evidence["closer_without"]) < 0


def test_only_findings_of_words_only_in_b_get_the_evidence() -> None:
    ctx = _context("The harbour closed.", "The old harbour closed.", FakeEmbedder())
    dropped = Hit("removal.head", "removal", "harbour", "", "left out", 0.3, {})
    added = _added("modifier.added", "old")
    got = with_closer(ctx, [dropped, added])
    assert "closer_without" not in got[0].evidence
    assert "closer_without" in got[1].evidence
    assert closer_texts(ctx, [dropped]) == []
    assert closer_texts(ctx, [added]) == [
        "The harbour closed.",
        "The old harbour closed.",
        "The harbour closed.",
    ]


def test_without_the_model_the_evidence_is_absent_and_nothing_is_embedded() -> None:
    a = "Prices rose after the storm damaged the harbour."
    b = "Prices rose after the storm damaged the hungry harbour."
    ctx = _context(a, b, None)
    assert removal_texts(ctx) == []
    (hit,) = with_closer(ctx, [_added()])
    assert "closer_without" not in hit.evidence


def test_the_judges_addition_findings_carry_it_and_it_was_embedded_ahead() -> None:
    embedder = FakeEmbedder()
    judge = Judge(embedder=embedder)
    a = "Prices rose after the storm damaged the harbour."
    b = "Prices rose after the storm damaged the hungry harbour."
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    asked = len(removal_texts(build_context(pair, [a], [b], similarity=Similarity(embedder))))
    assert asked == 3
    findings = judge.judge(pair)
    added = [f for f in findings if f.check.startswith(("addition.", "modifier.added"))]
    assert added and all("closer_without" in dict(f.evidence) for f in added)


# -- the real model ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model(cache_dir: str) -> vardiff.SentenceEmbedder:
    return vardiff.SentenceEmbedder(None, cache=vardiff.EmbeddingCache(cache_dir))


def _gain(model: vardiff.SentenceEmbedder, a: str, b: str, word: str) -> float:
    ctx = _context(a, b, model)
    (hit,) = with_closer(ctx, [_added(word=word)])
    return float(hit.evidence["closer_without"])


def test_the_model_reads_a_word_put_into_a_sentence_as_taking_it_away_from_a(
    model: vardiff.SentenceEmbedder,
) -> None:
    a = "Prices rose after the storm damaged the harbour."
    assert (
        _gain(model, a, "Prices rose after the storm damaged the hungry harbour.", "hungry") > 0.05
    )


def test_the_model_reads_a_word_that_renders_a_phrase_of_a_as_bringing_b_closer(
    model: vardiff.SentenceEmbedder,
) -> None:
    a = "The storm damaged the harbour where the fishermen keep their boats."
    assert _gain(model, a, "The storm damaged the fishing harbour.", "fishing") < 0
