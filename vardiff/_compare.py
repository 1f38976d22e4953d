"""The pipeline, top to bottom: segment, embed, align, diff, judge.

``Comparer`` holds what is expensive to build (the model, the cache, the glossary) so that many
comparisons share it; ``compare`` is the one-call form and keeps one ``Comparer`` per settings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

import numpy as np

from ._align import Alignment, Bead, align
from ._attach import attach_split_pieces
from ._background import BACKGROUND_SENTENCES
from ._cache import EmbeddingCache
from ._diff import word_diff
from ._document import Document
from ._embed import Embedder, Progress, SentenceEmbedder
from ._errors import LimitError
from ._glossary import Glossary
from ._judge import Judge
from ._report import Finding, Pair, PairStatus, Report, Settings
from ._segment import segment
from ._severity import Severity

__all__ = ["Comparer", "compare"]

ProgressFactory = Callable[[int], Progress]


def _version() -> str:
    try:
        return metadata.version("vardiff")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


class Comparer:
    """Compares documents with one set of settings; the model is loaded once, on first need."""

    def __init__(
        self,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        cache: bool | str | Path = True,
        max_group: int = 3,
        min_severity: Severity | str = Severity.INFO,
        fail_on: Severity | str = Severity.MEDIUM,
        glossary: Glossary | str | Path | None = None,
        max_sentence_chars: int = 1000,
        max_sentences: int = 200_000,
    ) -> None:
        if max_group < 1:
            raise ValueError("max_group must be at least 1")
        if max_sentence_chars < 20:
            raise ValueError("max_sentence_chars must be at least 20")
        if embedder is None:
            store = None
            if cache:
                store = EmbeddingCache(None if cache is True else Path(cache))
            embedder = SentenceEmbedder(model, cache=store)
        self.embedder = embedder
        if glossary is not None and not isinstance(glossary, Glossary):
            glossary = Glossary.load(glossary)
        self.glossary = glossary
        self.max_sentences = max_sentences
        self.judge = Judge(embedder=embedder, glossary=glossary)
        max_tokens = getattr(embedder, "max_tokens", None)
        self.settings = Settings(
            model=embedder.name,
            max_group=max_group,
            min_severity=Severity.parse(min_severity),
            fail_on=Severity.parse(fail_on),
            glossary=glossary.digest if glossary else None,
            max_sentence_chars=max_sentence_chars,
            max_model_tokens=max_tokens if isinstance(max_tokens, int) else None,
            version=_version(),
        )

    def segment(self, text: str, *, name: str) -> Document:
        sentences = segment(text, max_chars=self.settings.max_sentence_chars)
        if len(sentences) > self.max_sentences:
            # Refuse before embedding: an out-of-memory kill would lose the user's time silently.
            raise LimitError(
                f"{name}: {len(sentences):,} sentences, more than the limit of "
                f"{self.max_sentences:,} (raise it with --max-sentences)"
            )
        return Document(name=name, text=text, sentences=sentences)

    def compare(
        self,
        a: str,
        b: str,
        *,
        name_a: str = "a",
        name_b: str = "b",
        progress: ProgressFactory | None = None,
    ) -> Report:
        doc_a = self.segment(a, name=name_a)
        doc_b = self.segment(b, name=name_b)
        alignment = self.align(doc_a, doc_b, progress=progress)
        drafts = [self._pair(bead, doc_a, doc_b) for bead in alignment.beads]
        pairs = self._judge(drafts, doc_a, doc_b, progress=progress)
        info: dict[str, float] = {"beads": len(alignment.beads), "cells": alignment.cells}
        if not np.isnan(alignment.threshold):
            info["threshold"] = round(alignment.threshold, 4)
        return Report(settings=self.settings, a=doc_a, b=doc_b, pairs=pairs, alignment=info)

    def align(
        self, doc_a: Document, doc_b: Document, *, progress: ProgressFactory | None = None
    ) -> Alignment:
        texts_a = [s.text for s in doc_a.sentences]
        texts_b = [s.text for s in doc_b.sentences]
        if texts_a == texts_b:
            # Identical documents need no model: every sentence pairs with itself.
            beads = tuple(Bead(a=(i,), b=(i,), score=1.0) for i in range(len(texts_a)))
            return Alignment(beads=beads, threshold=float("nan"), cells=0)
        if not texts_a or not texts_b:
            empty = np.zeros((0, 1), dtype=np.float32)
            return align(
                np.zeros((len(texts_a), 1), np.float32) if texts_a else empty,
                np.zeros((len(texts_b), 1), np.float32) if texts_b else empty,
            )
        unique = list(dict.fromkeys(texts_a + texts_b))
        # Short documents lack unrelated sentences of their own to score against.
        small = min(len(texts_a), len(texts_b)) < 16 or len(texts_a) * len(texts_b) < 400
        wanted = unique + [t for t in BACKGROUND_SENTENCES if t not in unique] if small else unique
        report = progress(len(wanted)) if progress else None
        vectors = self.embedder.embed(wanted, progress=report)
        row = {text: k for k, text in enumerate(wanted)}
        vectors_a = vectors[[row[t] for t in texts_a]]
        vectors_b = vectors[[row[t] for t in texts_b]]
        unrelated = vectors[[row[t] for t in BACKGROUND_SENTENCES]] if small else None
        alignment = align(
            vectors_a,
            vectors_b,
            weights_a=[len(t) for t in texts_a],
            weights_b=[len(t) for t in texts_b],
            max_group=self.settings.max_group,
            unrelated=unrelated,
        )
        beads = attach_split_pieces(
            alignment.beads, texts_a, texts_b, max_group=self.settings.max_group
        )
        return replace(alignment, beads=beads)

    def _pair(self, bead: Bead, doc_a: Document, doc_b: Document) -> Pair:
        a_text = " ".join(doc_a.sentences[i].text for i in bead.a)
        b_text = " ".join(doc_b.sentences[j].text for j in bead.b)
        status: PairStatus
        if not bead.b:
            status = "omitted"
        elif not bead.a:
            status = "added"
        elif a_text == b_text:
            status = "equal"
        else:
            status = "changed"
        return Pair(
            a=bead.a,
            b=bead.b,
            similarity=bead.score,
            status=status,
            a_text=a_text,
            b_text=b_text,
            ops=word_diff(a_text, b_text),
        )

    def _judge(
        self,
        pairs: list[Pair],
        doc_a: Document,
        doc_b: Document,
        *,
        progress: ProgressFactory | None = None,
    ) -> tuple[Pair, ...]:
        pending = [p for p in pairs if p.status != "equal"]
        sentences = [
            ([doc_a.sentences[i].text for i in p.a], [doc_b.sentences[j].text for j in p.b])
            for p in pending
        ]
        # The judge embeds edit variants; the callback is made lazily so that a report with
        # nothing to embed shows no bar.
        report = _lazy_progress(progress) if progress else None
        judgements = self.judge.judge_all(pending, sentences=sentences, progress=report)
        verdicts = dict(zip(map(id, pending), judgements, strict=True))
        floor = self.settings.min_severity
        judged = []
        for pair in pairs:
            findings = verdicts.get(id(pair), ())
            judged.append(
                replace(
                    pair,
                    findings=tuple(f for f in findings if f.severity >= floor),
                    drift=_combined_drift(findings),
                )
            )
        return tuple(judged)


def _lazy_progress(factory: ProgressFactory) -> Progress:
    bar: Progress | None = None

    def advance(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = factory(total)
        bar(done, total)

    return advance


@dataclass(frozen=True)
class _Key:
    model: str | None
    cache: bool | str | Path
    max_group: int
    min_severity: str
    fail_on: str
    glossary: str | None
    max_sentence_chars: int


_comparers: dict[_Key, Comparer] = {}
# One loaded model per (model, cache): settings that only change judging or display share it.
_embedders: dict[tuple[str | None, str], SentenceEmbedder] = {}
_lock = threading.Lock()


def _glossary_key(path: Path) -> str:
    """Path and modification time: an edited glossary must not be served from memory."""
    try:
        return f"{path.resolve()}@{path.stat().st_mtime_ns}"
    except OSError:
        return str(path)  # the load reports the problem, with the path


def compare(
    a: str,
    b: str,
    *,
    name_a: str = "a",
    name_b: str = "b",
    model: str | None = None,
    cache: bool | str | Path = True,
    max_group: int = 3,
    min_severity: Severity | str = Severity.INFO,
    fail_on: Severity | str = Severity.MEDIUM,
    glossary: str | Path | None = None,
    max_sentence_chars: int = 1000,
) -> Report:
    """Compare two versions of a text. The model is loaded once and reused across calls."""
    key = _Key(
        model=model,
        cache=cache,
        max_group=max_group,
        min_severity=Severity.parse(min_severity).value,
        fail_on=Severity.parse(fail_on).value,
        glossary=None if glossary is None else _glossary_key(Path(glossary)),
        max_sentence_chars=max_sentence_chars,
    )
    with _lock:
        comparer = _comparers.get(key)
        if comparer is None:
            embedder_key = (model, str(cache))
            embedder = _embedders.get(embedder_key)
            if embedder is None:
                store = EmbeddingCache(None if cache is True else Path(cache)) if cache else None
                embedder = SentenceEmbedder(model, cache=store)
                _embedders[embedder_key] = embedder
            comparer = Comparer(
                embedder=embedder,
                max_group=max_group,
                min_severity=min_severity,
                fail_on=fail_on,
                glossary=glossary,
                max_sentence_chars=max_sentence_chars,
            )
            _comparers[key] = comparer
    return comparer.compare(a, b, name_a=name_a, name_b=name_b)


_LIKELIHOOD = {Severity.INFO: 0.02, Severity.LOW: 0.12, Severity.MEDIUM: 0.35, Severity.HIGH: 0.6}


def _combined_drift(findings: tuple[Finding, ...]) -> float:
    """How likely the pair drifted, all findings together: several independent signs of
    drift make it likelier than the strongest sign alone (a noisy-or)."""
    unlikely = 1.0
    for finding in findings:
        unlikely *= 1.0 - _LIKELIHOOD[finding.severity] * (0.5 + 0.5 * finding.score)
    return 1.0 - unlikely
