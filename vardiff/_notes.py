"""Three things a page sets beside its article that tell no fact the article lacks.

* A correction notice one side only ("Correction: An earlier version of this article said that
  she was 92. She was 93."): it tells what an earlier version said wrongly and what the article
  says now. When each figure and name of what it says now stands in the body of both documents,
  it repeats the article and is low; one whose corrected figure or name the body does not hold
  ("... said the attendance was 3,412. It was 2,412." over a body that says 3,412) contradicts
  the article and is judged as the sentence it is.
* A photo caption one side only: a paragraph of a sentence or two beside its photo credit
  ("Margaret Keane at the harbour in 1986. (Photo: Ardmore Historical Society)"), dropped or
  added with its picture. It is low; a caption both sides keep is judged as any sentence.
"""

from __future__ import annotations

import re

from ._document import Document
from ._furniture import furniture_kind
from ._layout_findings import layout_line
from ._report import Finding, Pair
from ._words import content_words, stem

__all__ = ["captions", "corrections", "is_key_point", "summed_sentence"]

# A sentence that tells what an earlier version of the article said.
_EARLIER = re.compile(
    r"\b(?:(?:an?|the)\s+)?(?:earlier|previous|original|first)\s+version\s+of\s+this\s+"
    r"(?:article|report|story|obituary|piece|page|post)\b|\b(?:an?|the)\s+(?:earlier|previous|"
    r"original)\s+version\s+(?:said|stated|gave|reported|named|misstated|wrongly|incorrectly)\b|\b(?:this|the)\s+(?:article|story|"
    r"report|obituary|piece)\s+(?:originally|previously|earlier|first)\s+(?:said|stated|"
    r"reported|gave|named)\b|\bas\s+(?:reported|stated|said)\s+earlier\b",
    re.I,
)
_FIGURE = re.compile(r"\d+(?:[.,:/-]\d+)*")
_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'-]+")
# Capitalised words that name nothing of the article's facts.
_NO_NAME = frozenset(
    "A An The It Its He She His Her They Their This That These Those There We I Correction "
    "Corrections Clarification Editor Note".split()
)
_MAX_CAPTION = 30  # words


def _one_sided(pairs: list[Pair], side: str) -> dict[int, int]:
    """For each sentence of ``side`` that a pair one side only holds, the pair's index."""
    found = {}
    for n, pair in enumerate(pairs):
        if pair.moved or bool(pair.a) == bool(pair.b):
            continue
        for i in pair.a if side == "a" else pair.b:
            found[i] = n
    return found


def _facts(text: str) -> list[str]:
    """The figures and the names (capitalised words past the first) of ``text``."""
    names = [m.group() for m in _NAME.finditer(text) if m.start() > 0]
    return _FIGURE.findall(text) + [n for n in names if n not in _NO_NAME]


def _holds(text: str, fact: str) -> bool:
    return re.search(rf"(?<![\w.,]){re.escape(fact)}(?![\w]|[.,]\d)", text) is not None


def _body(doc: Document, leave: set[int]) -> str:
    return " ".join(s.reading for k, s in enumerate(doc.sentences) if k not in leave)


def _finding(pair: Pair, check: str, message: str) -> Finding:
    """A note one side only has (the pair holds that side alone): low, over the whole line."""
    return layout_line(pair, check, message, score=0.1)


def corrections(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) one side only that hold a correction notice whose corrected facts
    the body of both documents holds, each with its finding (low)."""
    found: dict[int, Finding] = {}
    for side, doc in (("a", doc_a), ("b", doc_b)):
        lonely = _one_sided(pairs, side)
        for i in sorted(lonely):
            reading = doc.sentences[i].reading
            if not _EARLIER.search(reading):
                continue
            note = {i}
            # what the article says now: after a semicolon, or the next sentence of the notice
            now = reading.rpartition(";")[2] if ";" in reading else ""
            if not now and i + 1 in lonely and _same_paragraph(doc, i, i + 1):
                note.add(i + 1)
                now = doc.sentences[i + 1].reading
            if not now:
                now = reading  # "The council voted 7-2, not 6-3 as reported earlier."
            facts = _facts(now)
            if not facts:
                continue
            bodies = (_body(doc, note), _body(doc_b if side == "a" else doc_a, set()))
            if not all(_holds(body, fact) for body in bodies for fact in facts):
                continue
            other = "B" if side == "a" else "A"
            where = "A" if side == "a" else "B"
            for k in note:
                found[lonely[k]] = _finding(
                    pairs[lonely[k]],
                    "structure.correction",
                    f"a correction notice only {where} has: what it says the article says now "
                    f"({', '.join(dict.fromkeys(facts))}), the body of {where} and {other} says",
                )
    return found


def captions(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) one side only that hold a photo caption, a paragraph of a sentence
    or two set beside its photo credit, each with its finding (low)."""
    found: dict[int, Finding] = {}
    for side, doc in (("a", doc_a), ("b", doc_b)):
        lonely = _one_sided(pairs, side)
        for i in sorted(lonely):
            reading = doc.sentences[i].reading
            if furniture_kind(reading) or len(reading.split()) > _MAX_CAPTION:
                continue
            if re.search('["“”]', reading):
                continue  # a quotation is no caption
            paragraph = _paragraph_of(doc, i)
            credits = [k for k in paragraph if furniture_kind(doc.sentences[k].reading)]
            rest = [k for k in paragraph if k not in credits]
            if (
                not any(furniture_kind(doc.sentences[k].reading) == "photo credit" for k in credits)
                or len(rest) > 2
                or not all(k in lonely for k in rest)
            ):
                continue
            where = "A" if side == "a" else "B"
            found[lonely[i]] = _finding(
                pairs[lonely[i]],
                "structure.caption",
                f"a photo caption only {where} has, beside its photo credit: it goes with its "
                "picture",
            )
    return found


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _same_paragraph(doc: Document, i: int, j: int) -> bool:
    lo, hi = sorted((i, j))
    return _PARAGRAPH_BREAK.search(doc.text, doc.sentences[lo].end, doc.sentences[hi].start) is None


def _paragraph_of(doc: Document, index: int) -> list[int]:
    """The sentences of the paragraph (or, for a line of its own, the line) that holds
    ``index``."""
    out = [index]
    k = index - 1
    while k >= 0 and _same_paragraph(doc, k, index):
        out.insert(0, k)
        k -= 1
    k = index + 1
    while k < len(doc.sentences) and _same_paragraph(doc, index, k):
        out.append(k)
        k += 1
    return out


# The label a page sets over a box of key points, alone on its line or before the first point.
_KEY_LABEL = (
    r"(?:key\s+(?:points?|facts|events|takeaways|findings|moments)|in\s+brief|at\s+a\s+glance|"
    r"highlights|summary|what\s+we\s+know|main\s+points|in\s+short|the\s+essentials|"
    r"quick\s+read)"
)
_LABEL_LINE = re.compile(rf"[#*_\s]*{_KEY_LABEL}[*_\s]*:?[*_\s]*", re.I)
_LABELLED = re.compile(rf"[#*_\s]*{_KEY_LABEL}[*_\s]*:[*_\s]*\S", re.I)
# A list item's mark at a line's start ("- ", "• ", "1. ").
_ITEM = re.compile(r"[^\S\n]*(?:[-*•+]|\d{1,2}[.)])[^\S\n]+\S")
_MAX_POINTS = 10  # lines of a box above a point
_MIN_SHARE = 0.5  # of a point's content words (by stem) the sentence it sums up holds


def is_key_point(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` of ``doc`` is a point of a box of key points: it opens a
    line that is a list item (or is the label's own line, "At a glance: ..."), below a label
    with only list items and blank lines between."""
    sentence = doc.sentences[index]
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    line_end = doc.text.find("\n", sentence.start)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    if doc.text[line_start : sentence.start].strip(" \t-*•+0123456789.)"):
        return False  # not the first sentence of its line
    if _LABELLED.match(line):
        return True
    if not _ITEM.match(line):
        return False
    above = doc.text[:line_start].split("\n")[:-1]
    for seen, earlier in enumerate(reversed(above)):
        if seen > _MAX_POINTS:
            return False
        if not earlier.strip() or _ITEM.match(earlier):
            continue
        return _LABEL_LINE.fullmatch(earlier) is not None or _LABELLED.match(earlier) is not None
    return False


def summed_sentence(doc: Document, index: int) -> int | None:
    """The sentence of ``doc``, outside the box, that holds the most of key point ``index``'s
    content words (by stem) and figures, half of them at least, or None."""
    wanted = _stems(doc.sentences[index].reading)
    if not wanted:
        return None
    best, share = None, _MIN_SHARE
    for other, sentence in enumerate(doc.sentences):
        if other == index or sentence.reading.rstrip("”\"' ").endswith("?"):
            continue  # a point sums up what the text states, not what it asks
        if is_key_point(doc, other):
            continue
        held = len(wanted & _stems(sentence.reading)) / len(wanted)
        if held > share or (best is None and held >= share):
            best, share = other, held
    return best


def _stems(text: str) -> frozenset[str]:
    """Its content words by stem, and its figures ("6.5" of "6.5%")."""
    return frozenset(stem(w.lower()) for w in content_words(text)) | frozenset(
        _FIGURE.findall(text)
    )
