"""A page of questions and answers (a FAQ, a help page): each answer is read under its question.

Such a page sets each question on a line of its own ("Can I bring my dog?") with its answer
below it. The questions may be reworded, set in bold, as headings or after "Q:", and the
entries put in another order: each answer still stands under the question it answers. But an
answer that B sets under another question than A does ("Only assistance dogs are allowed" now
under "What happens if it rains?") answers another question: the words are the same, the
meaning is not (medium).
"""

from __future__ import annotations

import re

from ._document import Document
from ._layout_findings import told_in_b
from ._repeats import counterparts
from ._report import Finding, Pair

__all__ = ["to_other_question"]

_MIN_QUESTIONS = 3  # questions a page of questions sets on lines of their own
# What may stand on a question's line around it: a heading's or a list's marks, emphasis.
_AROUND = "#*_>-•: \t"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_OPENS = re.compile(r"\n[^\S\n]*\n[^\S\n]*\Z")  # a blank line before a line


def _question_lines(doc: Document) -> set[int]:
    """The sentences that are a question on a line of their own."""
    out: set[int] = set()
    for i, sentence in enumerate(doc.sentences):
        if not sentence.reading.rstrip("*_ ").endswith("?"):
            continue
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        line_end = doc.text.find("\n", sentence.end)
        line_end = len(doc.text) if line_end < 0 else line_end
        after = doc.text[sentence.end : line_end].strip(_AROUND)
        before = doc.text[line_start : sentence.start]
        # nothing after it on its line, and no sentence before it (a label such as "Q:" may be)
        if after or (_SENTENCE_END.search(before + " ") and before.strip(_AROUND)):
            continue
        # and it opens its paragraph, as a page of questions sets each over its answer: a
        # question a speaker asks on a line of a talk (one line a segment) is no entry
        if doc.text[:line_start].strip() and not _OPENS.search(doc.text, 0, line_start):
            continue
        out.add(i)
    return out


def _asked(doc: Document) -> dict[int, int] | None:
    """For each sentence of an answer, the index of its question; None for a text that is no
    page of questions. An answer is the rest of its question's paragraph, or where the
    question stands alone (a heading), the paragraph after it; up to the next question."""
    questions = _question_lines(doc)
    if len(questions) < _MIN_QUESTIONS:
        return None
    out: dict[int, int] = {}
    current: int | None = None
    answered = False
    for i, sentence in enumerate(doc.sentences):
        if i in questions:
            current, answered = i, False
            continue
        if current is None:
            continue
        if answered and _PARAGRAPH_BREAK.search(doc.text, doc.sentences[i - 1].end, sentence.start):
            current = None
            continue
        out[i] = current
        answered = True
    return out


def to_other_question(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) of a page of questions whose answer B sets under another question
    than A does (the question A sets it under is in B, elsewhere), each with its finding
    (medium)."""
    asked_a, asked_b = _asked(doc_a), _asked(doc_b)
    if asked_a is None or asked_b is None:
        return {}
    in_b, _ = counterparts(pairs)
    same_words: dict[str, set[int]] = {}
    for j, sentence in enumerate(doc_b.sentences):
        same_words.setdefault(sentence.reading, set()).add(j)
    found: dict[int, Finding] = {}
    for n, pair in enumerate(pairs):
        a = pair.a or (pair.moved if pair.status == "added" else ())
        b = pair.b
        under_a = {asked_a[i] for i in a if i in asked_a}
        under_b = {asked_b[j] for j in b if j in asked_b}
        if len(under_a) != 1 or not under_b:
            continue
        question = next(iter(under_a))
        # the question in B: its counterpart through the alignment, or the same words
        there = set(in_b.get(question, ())) | same_words.get(
            doc_a.sentences[question].reading, set()
        )
        if not there or there & under_b:
            continue
        asked = doc_a.sentences[question].reading
        now = ", ".join(repr(doc_b.sentences[q].reading) for q in sorted(under_b))
        found[n] = told_in_b(
            check="order.other_question",
            category="order",
            message=(
                f"answers another question: A sets these words under {asked!r}, B under {now}"
            ),
            text=pair.b_text,
        )
    return found
