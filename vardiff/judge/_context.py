"""What every check sees of one aligned pair: its texts, its word diff, and the model's ear.

A check is a pure function of a :class:`PairContext`; nothing in here knows about any check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .._artifacts import Artifact, artifacts, repeated_unit
from .._diff import word_diff
from .._embed import Embedder, Progress
from .._glossary import Glossary
from .._report import Finding, Op, Pair, Span
from ._alike import Swap, read_alike, read_sentence, restore
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
    # A word or phrase typed again right after itself ("the city's oldest city's oldest
    # church") is read once: ``pair`` is the pair with the copies taken out, ``original`` the
    # pair as written, and ``cuts_*`` where copies were taken out of each side (the place in
    # ``pair``'s text, the length taken out), so that a finding's spans point into the text
    # as written (:meth:`restored`).
    original: Pair | None = None
    cuts_a: tuple[tuple[int, int], ...] = ()
    cuts_b: tuple[tuple[int, int], ...] = ()
    # Words of B that say what A says in another form ("25 December" / "Christmas Day"), read
    # as A's (see ``_alike``): ``pair`` reads them so, ``original`` as written.
    swaps_b: tuple[Swap, ...] = ()
    # The sentence before the pair in each document ("" at the start, or for a pair judged
    # alone): what a pronoun opening the pair ("He said") may stand for.
    before_a: str = ""
    before_b: str = ""

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

    def restored(self, span: Span | None, *, side: str) -> Span | None:
        """``span`` of the pair's text on ``side`` as a span of the text as written."""
        cuts = self.cuts_a if side == "a" else self.cuts_b
        if span is not None and side == "b" and self.swaps_b:
            span = (
                restore(span[0], self.swaps_b, end=False),
                restore(span[1], self.swaps_b, end=True),
            )
        if span is None or not cuts:
            return span
        start, end = span
        return (
            start + sum(length for at, length in cuts if at <= start),
            end + sum(length for at, length in cuts if at < end),
        )

    def as_written(self, finding: Finding) -> Finding:
        """``finding`` with its spans in the pair's texts as written, where repeats were read
        once: damage is found in the text as written, so its words are placed there."""
        if self.original is None:
            return finding
        if finding.category == "artifact":
            return replace(
                finding,
                a_span=_find(self.original.a_text, finding.a) if finding.a else None,
                b_span=_find(self.original.b_text, finding.b) if finding.b else None,
            )
        b_span = self.restored(finding.b_span, side="b")
        b = finding.b
        if self.swaps_b and finding.b_span and b_span and _reads(self.pair.b_text, finding):
            b = self.original.b_text[b_span[0] : b_span[1]]  # B's words as written
        return replace(finding, a_span=self.restored(finding.a_span, side="a"), b_span=b_span, b=b)


def _reads(text: str, finding: Finding) -> bool:
    """Whether ``finding`` quotes the words of ``text`` its B span holds."""
    assert finding.b_span is not None
    start, end = finding.b_span
    return text[start:end] == finding.b


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
    named: Iterable[str] = (),
    before: tuple[str, str] = ("", ""),
) -> PairContext:
    """What the checks read of one pair. ``named``: the bodies both documents named in full
    before it ("International Monetary Fund"), which the pair may mention again ("the IMF" /
    "the Fund"); ``before``: the sentence before it in A and in B."""
    a, b = pair.a_text, pair.b_text
    damage_b = tuple(artifacts(b, a, sentences=list(sentences_b))) if a and b else ()
    damage_a = tuple(artifacts(a, b, sentences=list(sentences_a))) if a and b else ()
    # A word or phrase typed again is read once (the damage check reports the slip).
    original: Pair | None = None
    once_a, cuts_a = _read_once(a, damage_a)
    once_b, cuts_b = _read_once(b, damage_b)
    if cuts_a or cuts_b:
        original = pair
        pair = replace(pair, a_text=once_a, b_text=once_b, ops=word_diff(once_a, once_b))
        sentences_a = [_once(s, damage_a) for s in sentences_a]
        sentences_b = [_once(s, damage_b) for s in sentences_b]
        a, b = once_a, once_b
    read_b, swaps_b, read_words = read_alike(a, b, named=named) if a and b else (b, (), [])
    if swaps_b:
        original = original or pair
        pair = replace(pair, b_text=read_b, ops=word_diff(a, read_b))
        sentences_b = [read_sentence(s, read_words) for s in sentences_b]
        b = read_b
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
        original=original,
        cuts_a=cuts_a,
        cuts_b=cuts_b,
        swaps_b=swaps_b,
        before_a=before[0],
        before_b=before[1],
    )


def _repeats(text: str, damage: Sequence[Artifact]) -> list[tuple[int, int]]:
    """Where the copies of each word or phrase typed again stand in ``text`` (from the end of
    its first copy to the end of its last), as the damage check found them: a slip, not
    words of their own. A word twice where the other side has words between the two (a
    "doubled word") marks words left out, and stays."""
    found = []
    for artifact in damage:
        if artifact.kind != "repeated word":
            continue
        run = re.search(r"(?<!\w)" + re.escape(artifact.text) + r"(?!\w)", text)
        if run is None:
            continue
        size = len(repeated_unit(artifact.text).split())
        first = list(re.finditer(r"\S+", run.group()))[size - 1]
        found.append((run.start() + first.end(), run.end()))
    return sorted(set(found))


def _read_once(text: str, damage: Sequence[Artifact]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with the copies of its repeats taken out, and the cuts (the place in the
    returned text, the length taken out)."""
    kept, cuts, at, removed = [], [], 0, 0
    for start, end in _repeats(text, damage):
        if start < at:
            continue  # inside a repeat already taken out
        kept.append(text[at:start])
        cuts.append((start - removed, end - start))
        removed += end - start
        at = end
    if not cuts:
        return text, ()
    kept.append(text[at:])
    return "".join(kept), tuple(cuts)


def _once(sentence: str, damage: Sequence[Artifact]) -> str:
    """One sentence of a pair with its repeats' copies taken out, as the pair's text."""
    return _read_once(sentence, damage)[0]
