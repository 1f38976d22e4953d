"""Headings: a line that names the part of an article below it, which an editor adds, drops or
moves with the layout.

A heading says nothing the article does not: it names what its section tells. So a heading on
one side only, every content word of which the text it heads holds (the sentences after it, up
to the next heading), adds or takes away no fact; it is told as a change of layout (low). A
heading may also name what the article tells further down ("# Portraits of icebergs" over a
talk that says "portraits of my ancestors" of its icebergs in its seventh paragraph): its words
are told somewhere, but a wider reach of words alone would let a false heading through, whose
words the article tells in different places ("Putin to visit South Korea" over "Putin is
scheduled to visit North Korea", "South Korea" told ten sentences below). So such a heading must
have one sentence that tells all its words (``telling_sentence``), and is judged against it
with every check: layout when it says nothing that sentence does not ("# Putin to visit
South Korea" against "Putin will not visit South Korea" is no layout), and otherwise judged
as any sentence on one side only.

A heading is a line of its own, either a Markdown heading ("## Background") or a short line
with no sentence punctuation at its end ("Einstein and curved space"), set in bold whole or
not; a question on a line
of its own ("How important are these weapons?") is one only with Markdown's marks, since a
talk or a story asks its questions on lines of their own too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._document import Document
from ._words import content_words, stem

__all__ = ["heads_its_section", "is_heading", "telling_sentence"]

_MARKDOWN = re.compile(r"#{1,6}\s+\S")
# A plain heading: a few words, opening on a letter, a figure or a quote, ending on none of
# the marks that end or run on a sentence.
_PLAIN = re.compile(r"[\w\"'“‘].*[^.,;:!?…\s]\Z")
_BOLD = re.compile(r"(\*\*|__)(\S.*\S|\S)\1")
_MAX_WORDS = 12
# How many sentences after a heading its section holds at most, when no heading ends it sooner.
# A longer reach lets a heading through whose words the article tells far apart: with 40,
# "# Portraits of icebergs" over a talk that says "portraits" in its 14th sentence passes, but
# so does "# Putin to visit South Korea" over an article that says "South Korea" ten sentences
# below "Putin is scheduled to visit North Korea" (the document probe, both ways).
_SECTION = 8
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    # Cached: every heading one side only is held against every sentence of its document.
    return frozenset(stem(w.lower()) for w in content_words(text))


def _own_line(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    before = doc.text[: sentence.start].rstrip(" \t")
    after = doc.text[sentence.end :].lstrip(" \t")
    return (not before or before[-1] in _BREAKS) and (not after or after[0] in _BREAKS)


def is_heading(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` of ``doc`` is a heading: a line of its own, either a
    Markdown heading or a short line without sentence punctuation at its end."""
    text = doc.sentences[index].text
    if any(c in _BREAKS for c in text) or not _own_line(doc, index):
        return False
    if _MARKDOWN.match(text):
        return True
    bold = _BOLD.fullmatch(text)  # a line set in bold whole ("**What we liked**")
    if bold is not None:
        text = bold.group(2)
    return len(text.split()) <= _MAX_WORDS and _PLAIN.match(text) is not None


def heads_its_section(doc: Document, index: int) -> bool:
    """Whether heading ``index`` names only what its section tells: each of its content words
    (by stem) is in the sentences after it, up to the next heading."""
    wanted = _stems(doc.sentences[index].reading)
    told: set[str] = set()
    for later in range(index + 1, min(len(doc.sentences), index + 1 + _SECTION)):
        if is_heading(doc, later):
            break
        told |= _stems(doc.sentences[later].reading)
    return bool(told) and wanted <= told


def telling_sentence(doc: Document, index: int) -> int | None:
    """The first sentence of ``doc`` (no heading) that tells every content word of heading
    ``index``, or None."""
    wanted = _stems(doc.sentences[index].reading)
    if not wanted:
        return None
    for other, sentence in enumerate(doc.sentences):
        # Words first: whether a sentence is a heading reads the text before it.
        if other != index and wanted <= _stems(sentence.reading) and not is_heading(doc, other):
            return other
    return None
