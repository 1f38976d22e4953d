"""How the judge asks the model for its texts: the words and phrases the checks compare in one
embed call, the whole sentences of the closer evidence (A less a word, B less a word) in
another, so that no word is padded to a sentence's length; and one progress count over both.
Model-free: a stand-in embedder that records its calls.

The sentences are written for these tests, in the style of news copy."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray
from test_invariants import FakeEmbedder

from vardiff import Pair, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge._context import Similarity
from vardiff.judge._judge import PREFETCH, PREFETCH_SENTENCES
from vardiff.judge.removal import removal_texts

Progress = Callable[[int, int], None]


class Recording(FakeEmbedder):
    """The stand-in embedder, with each call's texts kept; ``cached`` texts it has "on disk":
    like the real embedder, a call counts in its progress only the texts it must embed."""

    def __init__(self, cached: Sequence[str] = ()) -> None:
        super().__init__()
        self.batches: list[list[str]] = []
        self.cached = set(cached)

    def embed(
        self, texts: Sequence[str], *, progress: Progress | None = None
    ) -> NDArray[np.float32]:
        self.batches.append(list(texts))
        missing = [t for t in texts if t not in self.cached]
        vectors = super().embed(texts)
        for done in range(1, len(missing) + 1):
            if progress is not None:
                progress(done, len(missing))
        return vectors


def _pair(a: str, b: str) -> Pair:
    return Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )


# A verb left out (a removal finding that names it: A less "resigned" is embedded) and a word
# swapped (the wording check compares the two words).
LOST = (
    "The minister resigned on Friday after the row over her expenses.",
    "The minister on Friday after the row over her expenses.",
)
SWAPPED = (
    "The council approved the plan for a new bridge over the river.",
    "The council backed the plan for a new bridge over the river.",
)


def test_the_closer_sentences_are_embedded_apart_from_the_words_and_phrases() -> None:
    embedder = Recording()
    judge = Judge(embedder=embedder)
    pairs = [_pair(*LOST), _pair(*SWAPPED)]
    judge.judge_all(pairs, sentences=[([p.a_text], [p.b_text]) for p in pairs])
    contexts = [
        build_context(p, [p.a_text], [p.b_text], similarity=Similarity(embedder)) for p in pairs
    ]
    sentences = {t for ctx in contexts for want in PREFETCH_SENTENCES for t in want(ctx)}
    phrases = {t for ctx in contexts for want in PREFETCH for t in want(ctx)} - sentences
    assert "The minister on Friday after the row over her expenses." in sentences
    assert phrases, "the wording check compares the swapped words"
    # The ahead-of-time calls: one of the sentences, then one of the rest; no call mixes them.
    first, second = embedder.batches[:2]
    assert set(first) == sentences and set(second) == phrases
    assert all(not (set(b) & sentences and set(b) & phrases) for b in embedder.batches)
    # Each text is embedded once, whoever asks for it.
    asked = [t for b in embedder.batches for t in b]
    assert len(asked) == len(set(asked))


def test_a_text_asked_for_both_as_a_sentence_and_a_phrase_is_embedded_once() -> None:
    embedder = Recording()
    similarity = Similarity(embedder)
    similarity.prefetch(["shells", "Shells fell.", "bullets"], apart=["Shells fell.", "It rained."])
    assert embedder.batches == [["Shells fell.", "It rained."], ["shells", "bullets"]]
    similarity.prefetch(["shells"], apart=["It rained."])  # all known already: nothing to embed
    assert len(embedder.batches) == 2


def test_without_sentences_the_phrases_go_in_one_call_as_before() -> None:
    embedder = Recording()
    reports: list[tuple[int, int]] = []
    Similarity(embedder).prefetch(["rose", "fell"], progress=lambda d, t: reports.append((d, t)))
    assert embedder.batches == [["rose", "fell"]]
    assert reports == [(1, 2), (2, 2)]


def test_one_progress_count_runs_over_both_calls_and_ends_full() -> None:
    embedder = Recording()
    reports: list[tuple[int, int]] = []
    Similarity(embedder).prefetch(
        ["rose", "fell", "sharply"],
        apart=["Prices rose.", "Prices fell."],
        progress=lambda d, t: reports.append((d, t)),
    )
    assert reports == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_the_count_leaves_out_what_the_cache_has_and_still_ends_full() -> None:
    # The sentences are cached: only the phrases count.
    embedder = Recording(cached=["Prices rose.", "Prices fell."])
    reports: list[tuple[int, int]] = []
    Similarity(embedder).prefetch(
        ["rose", "fell"],
        apart=["Prices rose.", "Prices fell."],
        progress=lambda d, t: reports.append((d, t)),
    )
    assert reports == [(1, 2), (2, 2)]
    # The phrases are cached: the sentences counted the phrases still to come, then the count
    # ends where it stands.
    embedder = Recording(cached=["rose", "fell"])
    reports = []
    Similarity(embedder).prefetch(
        ["rose", "fell"],
        apart=["Prices rose.", "Prices fell."],
        progress=lambda d, t: reports.append((d, t)),
    )
    assert reports == [(1, 4), (2, 4), (2, 2)]
    # Everything cached: no report at all (no bar appears).
    embedder = Recording(cached=["rose", "Prices rose."])
    reports = []
    Similarity(embedder).prefetch(
        ["rose"], apart=["Prices rose."], progress=lambda d, t: reports.append((d, t))
    )
    assert reports == []


def test_the_judges_findings_are_the_same_whichever_way_the_texts_are_asked_for() -> None:
    """The stand-in embedder gives each text the same vector in any call: the split changes
    what is batched with what, never what a check reads."""
    pairs = [_pair(*LOST), _pair(*SWAPPED)]
    sentences = [([p.a_text], [p.b_text]) for p in pairs]
    split = Judge(embedder=Recording()).judge_all(pairs, sentences=sentences)
    one_by_one = [Judge(embedder=FakeEmbedder()).judge(p) for p in pairs]
    assert split == one_by_one
    assert any(
        "closer_without" in dict(f.evidence) for f in split[0] if f.check.startswith("removal.")
    )


def test_a_pair_with_nothing_left_out_or_added_asks_for_no_sentences() -> None:
    ctx = build_context(
        _pair(*SWAPPED), [SWAPPED[0]], [SWAPPED[1]], similarity=Similarity(Recording())
    )
    assert removal_texts(ctx) == []
