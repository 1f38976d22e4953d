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
from ._numbers import Quantity, extract_quantities
from ._report import Finding, Pair
from ._words import content_words, stem

__all__ = [
    "captions",
    "corrections",
    "figures_exchanged",
    "figures_told_elsewhere",
    "is_key_point",
    "point_text",
    "summed_sentence",
    "summed_sentences",
]

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
    with only list items and blank lines between; or it is the first point read with the label
    over it, a line of its own that ends in a colon ("At a glance:" over "1. Strike over")."""
    sentence = doc.sentences[index]
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    line_end = doc.text.find("\n", sentence.start)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    if doc.text[line_start : sentence.start].strip(" \t-*•+0123456789.)"):
        return False  # not the first sentence of its line
    if _LABELLED.match(line):
        return True
    if (
        _LABEL_LINE.fullmatch(line)
        and line.rstrip(" \t*_").endswith(":")
        and 0 <= line_end < sentence.end
    ):
        below = doc.text[line_end + 1 :].split("\n", 1)[0]
        return _ITEM.match(below) is not None
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


# The box's label before its first point, where the two are read as one sentence.
_LABEL_BEFORE = re.compile(rf"[#*_\s]*{_KEY_LABEL}[*_\s]*:[*_\s]*(?=\S)", re.I)


def point_text(doc: Document, index: int) -> str:
    """Key point ``index`` of ``doc`` as it reads, less the box's label before it ("At a
    glance: Strike over after three weeks." is the point "Strike over after three weeks.")."""
    reading = doc.sentences[index].reading
    label = _LABEL_BEFORE.match(reading)
    return reading[label.end() :] if label else reading


def summed_sentence(doc: Document, index: int) -> int | None:
    """The sentence of ``doc``, outside the box, that holds the most of key point ``index``'s
    content words (by stem) and figures, half of them at least, or None."""
    wanted = _stems(point_text(doc, index))
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


# A blank line: two sentences with one between them stand in two paragraphs.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def summed_sentences(doc: Document, index: int) -> tuple[int, ...] | None:
    """The sentences of ``doc`` that key point ``index`` sums up: the one of
    :func:`summed_sentence`, or two sentences next to each other in a paragraph that together
    hold more of the point than any one does, half of it at least ("Labour's Nadia Rahman
    wins with a majority of 1,712" of "Result: Nadia Rahman (Labour) 13,118; ..." and
    "Labour gains the seat with a majority of 1,712.")."""
    wanted = _stems(point_text(doc, index))
    if not wanted:
        return None
    best = summed_sentence(doc, index)
    found: tuple[int, ...] | None = None if best is None else (best,)
    held = 0 if best is None else len(wanted & _stems(doc.sentences[best].reading))
    stems = [
        _stems(s.reading) if _summable(doc, index, k) else frozenset()
        for k, s in enumerate(doc.sentences)
    ]
    for first in range(len(doc.sentences) - 1):
        second = first + 1
        if not (stems[first] and stems[second]):
            continue
        between = doc.text[doc.sentences[first].end : doc.sentences[second].start]
        both = len(wanted & (stems[first] | stems[second]))
        if _BLANK_LINE.search(between) is None and both > held and both >= _MIN_SHARE * len(wanted):
            found, held = (first, second), both
    return found


def _summable(doc: Document, index: int, other: int) -> bool:
    """Whether sentence ``other`` may be what key point ``index`` sums up: a statement with
    words, outside the box."""
    reading = doc.sentences[other].reading
    return (
        other != index
        and not reading.rstrip("”\"' ").endswith("?")
        and not is_key_point(doc, other)
        and bool(content_words(reading))
    )


def _stems(text: str) -> frozenset[str]:
    """Its content words by stem, and its figures ("6.5" of "6.5%")."""
    return frozenset(stem(w.lower()) for w in content_words(text)) | frozenset(
        _FIGURE.findall(text)
    )


# The findings of figures a key point holds where the sentence it sums up has none, or has
# another of another kind.
_FIGURE_CHECKS = frozenset({"number.changed", "number.figure_added", "number.added"})


def figures_told_elsewhere(
    findings: tuple[Finding, ...], doc: Document, index: int, told: int | tuple[int, ...]
) -> tuple[Finding, ...]:
    """The findings of key point ``index`` judged against sentence ``told`` of ``doc`` (A the
    sentence, B the point) less those of a figure the point holds that the article states
    elsewhere, outside its box, and the sentence does not: a box sums up the whole article
    ("00:40 Recount requested", under the entry's time stamp "00:40"; "ends the three-week
    strike", as the headline has it). A figure put where the sentence has another of its kind
    ("03:00 Monday" where it says "03:00 on Sunday") or one the sentence holds put elsewhere
    ("4 percent this year and 6.5 percent in 2026") stays."""
    told_at = (told,) if isinstance(told, int) else told
    sentence = " ".join(doc.sentences[k].reading for k in told_at)
    elsewhere = " ".join(
        s.reading
        for k, s in enumerate(doc.sentences)
        if k != index and k not in told_at and not is_key_point(doc, k)
    )
    kept = []
    for finding in findings:
        if finding.check in _FIGURE_CHECKS and finding.b:
            ours = extract_quantities(finding.b)
            theirs = {_kind(q) for q in extract_quantities(finding.a)} if finding.a else set()
            if ours and all(
                _kind(q) not in theirs
                and _holds_word(elsewhere, q.text)
                and not _holds_word(sentence, q.text)
                for q in ours
            ):
                continue
        kept.append(finding)
    return tuple(kept)


def _kind(quantity: Quantity) -> str:
    """What a figure measures: a time, a date, a year, a unit's amount or a count."""
    if quantity.unit:
        return quantity.unit
    if re.fullmatch(r"1[89]\d\d|20\d\d", quantity.text):
        return "year"
    return "count"


def _holds_word(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w.,:]){re.escape(words)}(?![\w]|[.,:]\d)", text) is not None


_AFTER = re.compile(r"[\w’'%-]+(?:[.,]\d+)*|[,;:.!?()]")
_CONTEXT_WORDS = 2  # words after a figure that tell what it is a figure of


def figures_exchanged(sentence: str, point: str) -> bool:
    """Whether ``point`` gives two figures of ``sentence`` each in the other's place: each
    stands before the words the other has in the sentence ("6.5 percent this year and 4
    percent in 2026" / "4 percent this year and 6.5 percent in 2026"), a summary that turns
    the facts round however its other words differ."""
    after_a, after_b = _figures_after(sentence), _figures_after(point)
    shared = [key for key in after_a if key in after_b]
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if (
                after_a[x] != after_a[y]
                and after_a[x] == after_b[y]
                and after_a[y] == after_b[x]
                and after_a[x]
                and after_a[y]
            ):
                return True
    return False


def _figures_after(text: str) -> dict[tuple[object, object], tuple[str, ...]]:
    """Each figure of ``text`` said once (its amount and unit) with the words after it, up to
    a stop of the sentence."""
    found: dict[tuple[object, object], tuple[str, ...]] = {}
    seen: set[tuple[object, object]] = set()
    for quantity in extract_quantities(text):
        key = (quantity.value, quantity.unit)
        if key in seen:
            found.pop(key, None)  # said twice: no place of its own
            continue
        seen.add(key)
        words: list[str] = []
        for token in _AFTER.findall(text[quantity.start + len(quantity.text) :]):
            if token in ",;:.!?()" or len(words) == _CONTEXT_WORDS:
                break
            words.append(token.lower())
        found[key] = tuple(words)
    return found
