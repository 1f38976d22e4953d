"""Alignment repair: a quotation cut into sentences otherwise on each side is read whole.

A writer may split one quotation around its attribution ("“The bridge is safe,” the engineer
said. “We checked it twice.”") or give it whole with the attribution after it ("“The bridge is
safe. We checked it twice,” the engineer said."). The aligner pairs sentence with sentence, and
each pair then reads as a speaker dropped in one sentence and added in the next. Two adjacent
pairs whose sides quote the same words and say the same words outside the quotation, each in
the same order, taken together, are one pair: the checks of quotations then see the whole
quotation on each side; so are two whose sides say the same words with the quotation's marks
elsewhere and one of them cut off (a sentence moved into the quotation or out of it, which
the quotation checks judge in the whole). Words changed, or quotations or speakers exchanged
keep the pairs apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._align import Bead

__all__ = ["join_recut_quotations"]

_TOKEN = re.compile(r"[\"“”„«»]|\w+(?:['’]\w+)*")
_OPENING = "“„«"
_CLOSING = "”»"


def _words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of ``text`` inside its quotation marks and those outside them, each in order,
    or None where no mark stands or they do not pair up."""
    inside: list[str] = []
    outside: list[str] = []
    quoted = False
    marks = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in _OPENING or token in _CLOSING or token == '"':
            marks += 1
            if token in _OPENING:
                quoted = True
            elif token in _CLOSING:
                quoted = False
            else:
                quoted = not quoted
            continue
        word = token.lower().replace("’", "'")
        (inside if quoted else outside).append(word)
    if not marks or quoted:
        return None
    return tuple(inside), tuple(outside)


def join_recut_quotations(
    beads: Sequence[Bead], texts_a: Sequence[str], texts_b: Sequence[str], *, max_group: int
) -> tuple[Bead, ...]:
    """``beads`` with each two adjacent beads joined whose sides hold one quotation cut into
    sentences otherwise: together they quote the same words and say the same words outside the
    quotation, each in the same order, and the first of them alone does not."""
    out: list[Bead] = []
    for bead in beads:
        last = out[-1] if out else None
        if last is not None and _recut(last, bead, texts_a, texts_b, max_group):
            scores = [s for s in (last.score, bead.score) if s is not None]
            out[-1] = Bead(a=last.a + bead.a, b=last.b + bead.b, score=min(scores, default=None))
        else:
            out.append(bead)
    return tuple(out)


def _recut(
    first: Bead, second: Bead, texts_a: Sequence[str], texts_b: Sequence[str], max_group: int
) -> bool:
    if not (first.a and first.b and second.a and second.b):
        return False
    if len(first.a) + len(second.a) > max_group or len(first.b) + len(second.b) > max_group:
        return False

    def joined(texts: Sequence[str], indices: tuple[int, ...]) -> str:
        return " ".join(texts[i] for i in indices)

    together_a = _words(joined(texts_a, first.a + second.a))
    together_b = _words(joined(texts_b, first.b + second.b))
    if together_a is None or together_b is None or not (together_a[0] and together_b[0]):
        return False
    alone_a, alone_b = _words(joined(texts_a, first.a)), _words(joined(texts_b, first.b))
    if together_a != together_b:
        # The same words, the quotation's marks elsewhere, and one pair alone cut off: a
        # sentence moved into the quotation or out of it ('Inflation rose. "Prices will
        # fall," she said' / '"Inflation rose. Prices will fall," she said'), which the
        # quotation checks see only in the whole.
        return (alone_a is None or alone_b is None) and _same_words(together_a, together_b)
    # Each pair alone reads otherwise: its quotation is cut off, or its words are not the same.
    return alone_a is None or alone_b is None or alone_a != alone_b


def _same_words(
    a: tuple[tuple[str, ...], tuple[str, ...]], b: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    """The words of both sides, inside the quotation and out, are the same words."""
    return sorted(a[0] + a[1]) == sorted(b[0] + b[1])
