"""Are the two texts versions of each other at all? And which aligned pairs are too loose to be?

vardiff reads a word diff as edits of one text into another. Two articles on the same story by
different outlets are not versions of each other: a few of their sentences still align (same
names, same topic), and a word diff of such a pair is noise ("Kharkiv" → "Nov"). The figures
below come from ``benchmarks/loose_pairs.py`` (its table is in docs/benchmarks.md, "Versions or
not"):

* A pair is **loose** when the cosine of its two sides is below ``LOOSE_SIMILARITY`` (0.45),
  where 1.3 % of the MQM reference/translation segment pairs and none of the DEMETR or seed
  version pairs fall. A loose pair gets one finding that says so, never findings about its
  words.
* The **matched** share of each side is its text in aligned pairs that are not loose, out of its
  text that is not web-page furniture. On every MQM talk against each of its 14 other versions
  both shares are 85.7 % or more; seed 000 against the other outlets' articles 002, 003, 004
  reaches at most 39.6 %. Both sides at ``VERSIONS_MATCHED`` (0.6, between the two) or more:
  **versions**. Neither side, and less than ``UNRELATED_CLOSE`` (20 %) of either side in pairs
  that are clearly versions (similarity ``UNRELATED_KEEP`` or more; none of the seed articles'
  pairs is): **unrelated**. Otherwise **related**: part of one text is a version of the other
  (an excerpt, a long insertion, a heavy rewrite).
* In unrelated texts, a pair aligned by the shared topic is no version either: every pair below
  ``UNRELATED_KEEP`` (0.85) counts as loose there. Aligned pairs of the seed articles that are
  not versions reach 0.80 at most; a sentence quoted word for word in both is kept and judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._document import Document
from ._furniture import furniture_kind

__all__ = [
    "LOOSE_SIMILARITY",
    "UNRELATED_CLOSE",
    "UNRELATED_KEEP",
    "VERSIONS_MATCHED",
    "Relation",
    "RelationKind",
    "constants",
    "is_loose",
    "relate",
]

RelationKind = Literal["versions", "related", "unrelated"]

LOOSE_SIMILARITY = 0.45
VERSIONS_MATCHED = 0.6
UNRELATED_KEEP = 0.85
UNRELATED_CLOSE = 0.2  # a text with this share in pairs at UNRELATED_KEEP or more is related
# Below this many sentences on the longer side, too little text to call two texts unrelated:
# one loose pair is reported as such, with its finding.
_MIN_SENTENCES = 3


def constants() -> dict[str, float]:
    """For the report's settings, so that a change of any of them changes the signature."""
    return {
        "relation.loose_similarity": LOOSE_SIMILARITY,
        "relation.versions_matched": VERSIONS_MATCHED,
        "relation.unrelated_keep": UNRELATED_KEEP,
        "relation.unrelated_close": UNRELATED_CLOSE,
    }


def is_loose(pair: Any, relation: Relation | None = None) -> bool:
    """Both sides present, and too unlike to be a translation or an edit of each other; in
    texts that are unrelated as a whole, the bar is higher (``UNRELATED_KEEP``)."""
    kind = relation.kind if relation is not None else "versions"
    return _below(pair, UNRELATED_KEEP if kind == "unrelated" else LOOSE_SIMILARITY)


def _below(pair: Any, bar: float) -> bool:
    return bool(pair.a and pair.b and pair.similarity is not None and pair.similarity < bar)


@dataclass(frozen=True)
class Relation:
    """How A and B relate as wholes, with the figures that decided it."""

    kind: RelationKind
    matched_a: float
    matched_b: float
    aligned_pairs: int
    loose_pairs: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "matched": {"a": round(self.matched_a, 4), "b": round(self.matched_b, 4)},
            "aligned_pairs": self.aligned_pairs,
            "loose_pairs": self.loose_pairs,
            "loose_below": UNRELATED_KEEP if self.kind == "unrelated" else LOOSE_SIMILARITY,
            "versions_from": VERSIONS_MATCHED,
        }

    def statement(self) -> str | None:
        """One line for the top of the view when A and B are not versions of each other.
        Related texts get none: their summary's coverage already shows what is missing, and
        their pairs are judged as usual."""
        figures = (
            f"{self.matched_a:.0%} of A and {self.matched_b:.0%} of B align with the other side "
            f"(versions of one text: {VERSIONS_MATCHED:.0%} or more of each)"
        )
        if self.kind == "unrelated":
            return (
                f"A and B are not versions of each other: {figures}. Sentences on one side "
                "only and pairs that only share a topic are not judged."
            )
        return None


def relate(pairs: Sequence[Any], a: Document, b: Document) -> Relation:
    """How A and B relate, from the aligned pairs (each with ``a``, ``b``, ``similarity``)."""
    aligned = [p for p in pairs if p.a and p.b]
    firm = [p for p in aligned if not _below(p, LOOSE_SIMILARITY)]
    matched_a = _matched(a, [p.a for p in firm])
    matched_b = _matched(b, [p.b for p in firm])
    # Pairs that are clearly versions: a heavily edited text keeps many, two articles that only
    # share a story keep none (their aligned pairs reach 0.80 at most on the seeds).
    close = [p for p in aligned if not _below(p, UNRELATED_KEEP)]
    close_share = max(_matched(a, [p.a for p in close]), _matched(b, [p.b for p in close]))
    kind: RelationKind
    versions_a, versions_b = matched_a >= VERSIONS_MATCHED, matched_b >= VERSIONS_MATCHED
    if not a.sentences or not b.sentences or (versions_a and versions_b):
        kind = "versions"  # an empty side: the omissions or additions say all there is
    elif (
        versions_a
        or versions_b
        or close_share >= UNRELATED_CLOSE
        or max(len(a.sentences), len(b.sentences)) < _MIN_SENTENCES
    ):
        kind = "related"
    else:
        kind = "unrelated"
    bar = UNRELATED_KEEP if kind == "unrelated" else LOOSE_SIMILARITY
    loose = sum(_below(p, bar) for p in aligned)
    return Relation(kind, matched_a, matched_b, len(aligned), loose)


def _matched(doc: Document, groups: list[tuple[int, ...]]) -> float:
    """Share of the side's text, furniture aside, that sits in firm (aligned, not loose) pairs."""
    weight = [0 if furniture_kind(s.reading) else len(s.text) for s in doc.sentences]
    total = sum(weight)
    if total == 0:
        return 1.0
    return sum(weight[i] for group in groups for i in group) / total
