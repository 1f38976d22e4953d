"""What the judge embeds: only what its checks compare, all of it announced ahead."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from test_invariants import FakeEmbedder

import vardiff
from vardiff._diff import word_diff
from vardiff._report import Pair
from vardiff.judge import Judge
from vardiff.judge._context import Similarity

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Batches(FakeEmbedder):
    """Notes each call's texts: a lazy embedding inside a check is a call of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def embed(
        self, texts: Sequence[str], *, progress: Callable[[int, int], None] | None = None
    ) -> NDArray[np.float32]:
        self.batches.append(list(texts))
        return super().embed(texts, progress=progress)


def changed(a: str, b: str, similarity: float = 0.9) -> Pair:
    return Pair(
        a=(0,),
        b=(0,),
        similarity=similarity,
        status="changed",
        a_text=a,
        b_text=b,
        ops=word_diff(a, b),
    )


def test_a_pair_that_differs_only_in_folded_forms_embeds_nothing() -> None:
    embedder = Batches()
    judge = Judge(embedder=embedder)
    pairs = [
        changed("The talks resumed on Monday.", "the talks resumed on Monday!"),
        changed("He said it was “fine”.", 'He said it was "fine".'),
    ]
    judge.judge_all(pairs, sentences=[([p.a_text], [p.b_text]) for p in pairs])
    assert embedder.batches == []


def test_the_judge_embeds_what_its_checks_compare_in_one_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seeds 000 vs 001: every text a check compares was announced ahead, and nothing else was
    embedded: one call for the closer evidence's whole sentences, one for the words and
    phrases (a batch pads each text to its longest)."""
    compared: set[str] = set()
    original = Similarity.__call__

    def noting(self: Similarity, left: str, right: str) -> float:
        compared.update(t for t in (left, right) if t)
        return original(self, left, right)

    monkeypatch.setattr(Similarity, "__call__", noting)
    embedder = Batches()
    comparer = vardiff.Comparer(embedder=embedder, cache=False)
    a = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    b = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    doc_a, doc_b = comparer.segment(a, name="a"), comparer.segment(b, name="b")
    alignment = comparer.align(doc_a, doc_b)
    pairs = [comparer._pair(bead, doc_a, doc_b) for bead in alignment.beads]
    before = len(embedder.batches)
    comparer._judge(pairs, doc_a, doc_b)
    judge_batches = embedder.batches[before:]
    assert len(judge_batches) == 2, [len(batch) for batch in judge_batches]
    sentences, phrases = judge_batches
    assert set(sentences) | set(phrases) == compared
    assert min(map(len, sentences)) > max(map(len, phrases))
