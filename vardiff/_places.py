"""Where a pair sits in its files, as ``line:column`` (both from 1), for an editor to jump to."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ._document import Document
from ._report import Finding, Pair, Report

__all__ = ["Places", "clip", "findings_index", "sentence_place"]


@dataclass(frozen=True)
class _Lines:
    starts: tuple[int, ...]  # offset of the first character of each line

    @classmethod
    def of(cls, text: str) -> _Lines:
        return cls((0, *(m.end() for m in re.finditer("\n", text))))

    def where(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class Places:
    """``line:column`` of the first sentence of each side of a pair."""

    def __init__(self, report: Report) -> None:
        self._a, self._b = report.a, report.b
        self._lines_a, self._lines_b = _Lines.of(report.a.text), _Lines.of(report.b.text)

    def a(self, pair: Pair) -> str:
        return self._place(self._a, self._lines_a, pair.a)

    def b(self, pair: Pair) -> str:
        return self._place(self._b, self._lines_b, pair.b)

    def unpaired(self, pair: Pair) -> str:
        """What the empty side of an omitted or added pair says: "(omitted)", "(added)", or
        where the sentence moved to or from ("(moved to @14:1)")."""
        if pair.status == "omitted":
            place = self._place(self._b, self._lines_b, pair.moved)
            return f"(moved to @{place})" if pair.moved else "(omitted)"
        place = self._place(self._a, self._lines_a, pair.moved)
        return f"(moved from @{place})" if pair.moved else "(added)"

    @staticmethod
    def _place(doc: Document, lines: _Lines, indices: tuple[int, ...]) -> str:
        if not indices:
            return ""
        line, column = lines.where(doc.sentences[indices[0]].start)
        return f"{line}:{column}"


def sentence_place(doc: Document, indices: tuple[int, ...]) -> str:
    """``line:column`` of the first of ``indices`` in ``doc``, as the views write it."""
    return Places._place(doc, _Lines.of(doc.text), indices)


def clip(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, an ellipsis where it was cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def spans(pair: Pair, finding: Finding) -> tuple[str, str] | None:
    """The finding's two spans, or None when they would only repeat what the pair shows: the
    text of an omitted or added sentence is already in its column."""
    if not finding.a and not finding.b:
        return None
    if pair.status in ("omitted", "added"):
        return None
    return finding.a, finding.b


def findings_index(report: Report) -> list[tuple[int, Pair, Finding]]:
    """Every shown finding with its pair number (from 1), worst first, then in pair order."""
    rows = [(n, pair, f) for n, pair in enumerate(report.pairs, 1) for f in report.shown(pair)]
    rows.sort(key=lambda row: (-row[2].severity.rank, row[0]))
    return rows
