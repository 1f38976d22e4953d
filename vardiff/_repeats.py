"""Three things a whole article shows that no pair of sentences does.

* A quotation one side only, set apart in a paragraph of its own, that says again, word for
  word, what a sentence of its own document says, one the other document keeps: a pull quote
  ("> 'We will not close a single ward.' — Dr Ann Lee") set beside the body that quotes it.
  It adds no word the reader lacks, so it is low, with the credit line beside it; a pull
  quote that misquotes is no repetition, and is judged as the sentence it is.
* A sentence that tells its time from the one before it ("Two days later, ...", "Then ...")
  standing after another sentence than it did: a timeline told out of order says that things
  happened in another order, which a move alone (low) does not say.
* A quoted sentence moved, word for word, into a paragraph that names none of the people its
  paragraph named: words given to another speaker (medium), which a move alone does not say.
* A sentence of a quotation that one side only has, while the other keeps the rest of that
  quotation: the speaker quoted shorter or longer (medium), though the sentence alone, with no
  mark of its quotation in it ("They are public health infrastructure.\""), holds no fact.
"""

from __future__ import annotations

import re

from ._document import Document
from ._headings import is_heading
from ._layout_findings import start_in_pair, told_in_b
from ._report import Finding, Pair
from ._severity import Severity
from ._words import content_words

__all__ = ["counterparts", "out_of_sequence", "quote_cut", "repeated", "to_other_speaker"]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A label a page sets before a pull quote.
_LABEL = re.compile(r"\W*(?:pull[\s-]*quote|quote)\s*:\s*", re.I)
_MIN_REPEATED = 4  # words: "Yes." said again is no pull quote
_MAX_CREDIT = 8  # words of a credit line ("— Sarah Whitlock, Environment Agency")


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'") for t in _TOKEN.findall(text.lower())]


def counterparts(pairs: list[Pair]) -> tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]]:
    """For each sentence of A its sentences in B, and of B in A, through a pair or a move."""
    in_b: dict[int, frozenset[int]] = {}
    in_a: dict[int, frozenset[int]] = {}
    for pair in pairs:
        a = pair.a or (pair.moved if pair.status == "added" else ())
        b = pair.b or (pair.moved if pair.status == "omitted" else ())
        if a and b:
            for i in a:
                in_b[i] = in_b.get(i, frozenset()) | frozenset(b)
            for j in b:
                in_a[j] = in_a.get(j, frozenset()) | frozenset(a)
    return in_b, in_a


def repeated(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) one side only that repeat words their own document says in a
    sentence the other document keeps, each with its finding (low)."""
    if not any(bool(p.a) != bool(p.b) for p in pairs):
        return {}
    in_b, in_a = counterparts(pairs)
    found: dict[int, Finding] = {}
    for side, doc, kept in (("a", doc_a, in_b), ("b", doc_b, in_a)):
        lonely = {
            i
            for p in pairs
            if not p.moved and bool(p.a) != bool(p.b)
            for i in (p.a if side == "a" else p.b)
        }
        if not lonely:
            continue
        stream = (
            " " + " ".join(" ".join(_tokens(doc.sentences[i].reading)) for i in sorted(kept)) + " "
        )
        said = {
            i
            for i in lonely
            if _QUOTE_MARKS.search(doc.sentences[i].reading)
            and len(words := _tokens(_LABEL.sub("", doc.sentences[i].reading, count=1)))
            >= _MIN_REPEATED
            and f" {' '.join(words)} " in stream
            and _set_apart(doc, i, kept)
        }
        credits = {
            i
            for i in lonely - said
            if (i - 1 in said or i + 1 in said) and _credit(doc.sentences[i].reading, stream)
        }
        for n, pair in enumerate(pairs):
            indices = pair.a if side == "a" else pair.b
            if pair.moved or not indices or (pair.a and pair.b):
                continue
            if set(indices) <= said | credits:  # a credit line stands beside what it credits
                text = pair.a_text or pair.b_text
                where = "A" if side == "a" else "B"
                found[n] = Finding(
                    category="structure",
                    severity=Severity.LOW,
                    a=pair.a_text,
                    b=pair.b_text,
                    message=(
                        f"said again: only {where} has this here, and it repeats words "
                        f"{where} has elsewhere, which both documents keep (a pull quote)"
                    ),
                    score=0.1,
                    check="structure.repeated",
                    a_span=(0, len(text)) if pair.a else None,
                    b_span=(0, len(text)) if pair.b else None,
                )
    return found


def _set_apart(doc: Document, index: int, kept: dict[int, frozenset[int]]) -> bool:
    """Whether sentence ``index`` stands in a paragraph that holds no sentence both documents
    keep: a pull quote is set apart from the body; the same sentence twice in the body's flow
    is a sentence added."""
    lo, hi = _paragraph(doc, index)
    return not any(lo <= doc.sentences[k].start < hi for k in kept)


def _credit(reading: str, stream: str) -> bool:
    """Whether ``reading`` is a pull quote's credit line: a few words naming, in capitals,
    only names its document uses where both documents keep it."""
    words = reading.split()
    names = [w for w in _TOKEN.findall(reading) if w[:1].isupper() and len(w) >= 3]
    return (
        len(words) <= _MAX_CREDIT
        and bool(names)
        and all(f" {name} " in stream for name in _tokens(" ".join(names)))
    )


# A sentence that tells its time from the one before it.
_UNITS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|moments?)"
_RELATIVE = re.compile(
    rf"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{{1,3}}|a\s+few|"
    rf"several|some|half\s+an)\s+(?:more\s+)?{_UNITS}|{_UNITS})\s+(?:later|afterwards?|"
    r"after\s+that|after\s+this|on)\b|then\b|later\b|afterwards?\b|after\s+that\b|"
    r"after\s+this\b|soon\s+after(?:wards)?\b|shortly\s+after(?:wards)?\b|by\s+then\b|"
    r"the\s+next\s+(?:day|morning|evening|night|week|month|year)\b|the\s+following\s+"
    r"(?:day|morning|evening|night|week|month|year)\b)",
    re.I,
)


def out_of_sequence(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) whose B sentence tells its time from the sentence before it, when
    that is another sentence than in A (medium), each with its finding."""
    if not any(p.moved for p in pairs):
        return {}
    in_b, in_a = counterparts(pairs)
    where_b = {j: n for n, p in enumerate(pairs) for j in p.b}
    found: dict[int, Finding] = {}
    for j in sorted(in_a):
        reading = doc_b.sentences[j].reading
        opening = _RELATIVE.match(reading)
        if opening is None or is_heading(doc_b, j):
            continue  # a heading ("Later life") names a part of the article, and tells no time
        before_b = max((k for k in in_a if k < j), default=None)
        first_a = min(in_a[j])
        before_a = max((k for k in in_b if k < first_a), default=None)
        if before_b is None or before_a is None or in_a[before_b] & in_a[j]:
            continue
        if before_a in in_a[before_b]:
            continue
        n = where_b[j]
        start = start_in_pair(pairs[n], doc_b, j)
        found[n] = told_in_b(
            check="order.sequence",
            category="order",
            message=(
                f"out of sequence: this sentence tells its time from the one before it "
                f"({opening.group().strip()!r}), and that is another sentence than in A: "
                "the events are told in another order"
            ),
            text=reading,
            span=(start, start + len(reading)),
        )
    return found


# A name of two or more capitalised words ("Sarah Whitlock", "Mill Lane").
_NAMES = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_QUOTE_MARKS = re.compile('["“”]')


def _paragraph(doc: Document, index: int) -> tuple[int, int]:
    """Where the paragraph that holds sentence ``index`` starts and ends in the text."""
    sentence = doc.sentences[index]
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(doc.text, 0, sentence.start)]
    after = _PARAGRAPH_BREAK.search(doc.text, sentence.end)
    return (breaks[-1] if breaks else 0), (after.start() if after else len(doc.text))


def _quoted_among(doc: Document, indices: tuple[int, ...]) -> frozenset[str] | None:
    """The names the paragraph of these sentences holds besides them, when they stand in a
    quotation (they hold a quotation mark, or one is open before them); else None."""
    first, last = doc.sentences[indices[0]], doc.sentences[indices[-1]]
    lo, hi = _paragraph(doc, indices[0])
    inside = _QUOTE_MARKS.search(doc.text, first.start, last.end) is not None or (
        len(_QUOTE_MARKS.findall(doc.text, lo, first.start)) % 2 == 1
    )
    if not inside:
        return None
    around = doc.text[lo : first.start] + " " + doc.text[last.end : hi]
    return frozenset(m.group() for m in _NAMES.finditer(around))


def to_other_speaker(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The moved pairs (by index, where they stand in B) whose sentence a quotation holds in
    both places, in paragraphs that name none of the same people: a quoted sentence given to
    another speaker (medium)."""
    found: dict[int, Finding] = {}
    for n, pair in enumerate(pairs):
        if not (pair.moved and pair.status == "added" and pair.b):
            continue
        names_a = _quoted_among(doc_a, pair.moved)
        names_b = _quoted_among(doc_b, pair.b)
        if not names_a or not names_b or names_a & names_b:
            continue
        found[n] = told_in_b(
            check="attribution.moved_quote",
            category="attribution",
            message=(
                "a quotation moved to another speaker: in A it stands in a paragraph that names "
                f"{', '.join(sorted(names_a))}; in B in one that names "
                f"{', '.join(sorted(names_b))}"
            ),
            text=pair.b_text,
        )
    return found


def _inside_quotation(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` stands inside a quotation that another sentence of its
    paragraph belongs to: a quotation mark is open before it in its paragraph, or it opens
    one that runs on past its end."""
    sentence = doc.sentences[index]
    lo = _paragraph(doc, index)[0]
    before = len(_QUOTE_MARKS.findall(doc.text, lo, sentence.start))
    own = len(_QUOTE_MARKS.findall(doc.text, sentence.start, sentence.end))
    return before % 2 == 1 or (before + own) % 2 == 1


def quote_cut(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) of a sentence one side only has, judged no more than low, that
    stands inside a quotation whose other sentences both sides keep: a quotation cut short or
    lengthened (medium), each with its finding."""
    in_b, in_a = counterparts(pairs)
    found: dict[int, Finding] = {}
    for n, pair in enumerate(pairs):
        if pair.moved or bool(pair.a) == bool(pair.b):
            continue
        if not pair.findings or any(
            f.check not in ("omission.sentence", "addition.sentence") for f in pair.findings
        ):
            continue
        if any(f.severity >= Severity.MEDIUM for f in pair.findings):
            continue
        doc, indices, kept = (doc_a, pair.a, in_b) if pair.a else (doc_b, pair.b, in_a)
        text = pair.a_text or pair.b_text
        if not content_words(text) or not all(_inside_quotation(doc, i) for i in indices):
            continue  # a quotation mark set apart ('"') is no sentence of the quotation
        lo, hi = _paragraph(doc, indices[0])
        neighbours = [
            k
            for k, s in enumerate(doc.sentences)
            if k not in indices and lo <= s.start and s.end <= hi
        ]
        if not any(k in kept for k in neighbours):
            continue
        side = "A" if pair.a else "B"
        found[n] = Finding(
            category="quote",
            severity=Severity.MEDIUM,
            a=pair.a_text,
            b=pair.b_text,
            message=(
                f"a sentence of a quotation only {side} has, both keeping the rest of it: B "
                "quotes the speaker " + ("shorter" if pair.a else "longer") + " than A"
            ),
            score=0.6,
            check="quote.cut",
            a_span=(0, len(text)) if pair.a else None,
            b_span=(0, len(text)) if pair.b else None,
        )
    return found
