"""What every check sees of one aligned pair: its texts, its word diff, and the model's ear.

A check is a pure function of a :class:`PairContext`; nothing in here knows about any check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .._artifacts import Artifact, artifacts
from .._embed import Embedder, Progress
from .._glossary import Glossary
from .._report import Op, Pair, Span
from ._sources import current
from ._typos import Typo, as_typed, read_typos, typos

__all__ = ["PairContext", "Similarity", "build_context"]


class Similarity:
    """Cosine of two short texts (words, phrases) embedded alone with the loaded model.

    Texts are embedded in batches announced ahead (:meth:`prefetch`), through the same cache as
    the sentences, so a report embeds each distinct phrase once, and a second run none.
    """

    def __init__(self, embedder: Embedder | None) -> None:
        self._embedder = embedder
        self._vectors: dict[str, NDArray[np.float32]] = {}

    @property
    def available(self) -> bool:
        return self._embedder is not None

    @property
    def embedded(self) -> int:
        return len(self._vectors)

    def prefetch(
        self,
        texts: Iterable[str],
        *,
        progress: Progress | None = None,
        apart: Iterable[str] = (),
    ) -> None:
        """Embed ``texts``, and ``apart`` (whole sentences) in batches of their own: a batch
        pads every text to its longest, so a word in a batch with sentences costs as much as
        one. ``progress`` follows both as one count."""
        if self._embedder is None:
            return
        whole = list(dict.fromkeys(t for t in apart if t and t not in self._vectors))
        taken = set(whole)
        short = [t for t in dict.fromkeys(texts) if t and t not in self._vectors]
        groups = [group for group in (whole, [t for t in short if t not in taken]) if group]
        count = _Count(progress, sum(map(len, groups)))
        for group in groups:
            vectors = self._embedder.embed(group, progress=count.group(len(group)))
            self._vectors.update(zip(group, vectors, strict=True))
        count.close()

    def __call__(self, left: str, right: str) -> float:
        if self._embedder is None or not left or not right:
            return 0.0
        self.prefetch([left, right])
        return float(self._vectors[left] @ self._vectors[right])


class _Count:
    """One progress count over several embed calls. Each call counts only the texts its cache
    lacks, known once it reports; a call still to come is counted at its size until then."""

    def __init__(self, progress: Progress | None, size: int) -> None:
        self._progress = progress
        self._later = size  # texts of the calls not yet made
        self._done = 0  # texts the finished calls embedded
        self._total = 0  # what the current call reported it embeds
        self._told = (0, 0)  # the last report passed on

    def group(self, size: int) -> Progress | None:
        if self._progress is None:
            return None
        self._done += self._total
        self._total = 0
        self._later -= size
        before, after, progress = self._done, self._later, self._progress

        def report(done: int, total: int) -> None:
            self._total = total
            self._told = (before + done, before + total + after)
            progress(*self._told)

        return report

    def close(self) -> None:
        """A later call that found all its texts cached reported nothing: the count ends."""
        done, total = self._told
        if self._progress is not None and done < total:
            self._progress(done, done)


@dataclass(frozen=True)
class PairContext:
    """One aligned pair as the checks see it.

    ``a`` / ``b`` are the pair's texts with text damage (stray metadata) blanked, so that a
    timestamp glued to a sentence is not also read as an added number; ``damage_*`` is what
    was found. ``sentences_*`` are the pair's sentences (a 1:3 pair has three on B).
    """

    pair: Pair
    a: str
    b: str
    sentences_a: tuple[str, ...]
    sentences_b: tuple[str, ...]
    glossary: Glossary | None = None
    similarity: Similarity = field(default_factory=lambda: Similarity(None))
    damage_a: tuple[Artifact, ...] = ()
    damage_b: tuple[Artifact, ...] = ()
    # B's slips of the keys on words of A, which ``b`` and ``sentences_b`` read as the words
    # they slip from ("thosand" as "thousand"): see ``_typos``.
    typos: tuple[Typo, ...] = ()
    # Work one check does that another may reuse (the word edits, say), computed once per pair.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def ops(self) -> tuple[Op, ...]:
        return self.pair.ops

    @property
    def b_typed(self) -> str:
        """``b`` with its typos as B typed them, for what reads the letters themselves."""
        return as_typed(self.b, self.typos) if self.typos else self.b

    @property
    def equivalences(self) -> tuple[tuple[str, ...], ...]:
        return self.glossary.equivalences if self.glossary else ()

    def locate(self, text: str, *, side: str) -> Span | None:
        """Where ``text`` first stands in the pair's original text on ``side`` ("a" or "b")."""
        text = text.strip()
        if not text:
            return None
        haystack = self.pair.a_text if side == "a" else self.pair.b_text
        found = _find(haystack, text)
        if found is None and side == "b" and self.typos:
            found = _find(haystack, as_typed(text, self.typos))  # words a typo was read as
        return found


def _find(haystack: str, text: str) -> Span | None:
    """Where ``text`` first stands as whole words ("lose" is not the one in "closes"), else
    anywhere (a word the diff cut out of a longer one); as written, else in any case."""
    whole = (
        ("" if not text[0].isalnum() else r"(?<!\w)")
        + re.escape(text)
        + ("" if not text[-1].isalnum() else r"(?!\w)")
    )
    for flags in (0, re.IGNORECASE):
        found = re.search(whole, haystack, flags)
        if found:
            return found.span()
    start = haystack.find(text)
    if start < 0:
        start = haystack.lower().find(text.lower())
    return None if start < 0 else (start, start + len(text))


def build_context(
    pair: Pair,
    sentences_a: Sequence[str],
    sentences_b: Sequence[str],
    *,
    glossary: Glossary | None = None,
    similarity: Similarity | None = None,
) -> PairContext:
    a, b = pair.a_text, pair.b_text
    damage_b = tuple(artifacts(b, a, sentences=list(sentences_b))) if a and b else ()
    damage_a = tuple(artifacts(a, b, sentences=list(sentences_a))) if a and b else ()
    clean_a, clean_b = a, b
    for artifact in damage_b:
        if artifact.kind == "stray metadata":
            clean_b = clean_b.replace(artifact.text, " ")
    for artifact in damage_a:
        if artifact.kind == "stray metadata":
            clean_a = clean_a.replace(artifact.text, " ")
    found = typos(clean_a, clean_b) if a and b and current().lexicon else ()
    return PairContext(
        pair=pair,
        a=clean_a,
        b=read_typos(clean_b, found),
        sentences_a=tuple(sentences_a),
        sentences_b=tuple(read_typos(s, found) for s in sentences_b),
        typos=found,
        glossary=glossary,
        similarity=similarity or Similarity(None),
        damage_a=damage_a,
        damage_b=damage_b,
    )
