"""Findings that a document's layout tells of B's sentences, found by the pipeline rather than
the judge: a quotation moved to another speaker, a sentence told out of sequence, under another
time stamp or speaker label, a dateline changed. Their evidence is the page's structure, which
the calibration has no examples of, so each is medium at a fixed score."""

from __future__ import annotations

from ._document import Document
from ._report import Finding, Pair
from ._severity import Severity

__all__ = ["layout_line", "start_in_pair", "told_in_b"]

_SCORE = 0.6


def told_in_b(
    *, check: str, category: str, message: str, text: str, span: tuple[int, int] | None = None
) -> Finding:
    """A medium finding on ``text`` of B (the pair's B side; ``span`` in it, the whole by
    default)."""
    return Finding(
        category=category,
        severity=Severity.MEDIUM,
        a="",
        b=text,
        message=message,
        score=_SCORE,
        check=check,
        b_span=span or (0, len(text)),
    )


def layout_line(pair: Pair, check: str, message: str, *, score: float) -> Finding:
    """A line of layout only one side of ``pair`` has (a heading, a table's header row, a
    caption, a correction notice): low, over the whole line."""
    text = pair.a_text or pair.b_text
    return Finding(
        category="structure",
        severity=Severity.LOW,
        a=pair.a_text,
        b=pair.b_text,
        message=message,
        score=score,
        check=check,
        a_span=(0, len(text)) if pair.a else None,
        b_span=(0, len(text)) if pair.b else None,
    )


def start_in_pair(pair: Pair, doc_b: Document, index: int) -> int:
    """Where B's sentence ``index`` starts in the pair's B text (its sentences joined by a
    space)."""
    return sum(len(doc_b.sentences[k].reading) + 1 for k in pair.b if k < index)
