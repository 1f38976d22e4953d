"""A document: its original text and the sentences cut from it, with character offsets."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

__all__ = ["Document", "Sentence", "shown"]


# A line break inside a sentence, with the spaces around it: only hard-wrapped text has one.
_INNER_BREAK = re.compile(r"\s*[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*")


# A line break that opens an item of a list read with its lead-in ("supplying:\n- rifles\n-
# mortars"), with the item's bullet or number: the items read as the sentence would list them.
_ITEM_BREAK = re.compile(
    r"(\S?)[^\S\n\r]*[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*(?:[-*•+]|\d{1,3}[.)])\s+"
)
# A label alone on the first line of a sentence over lines of names (the segmenter reads such a
# block as one).
_LABELLED = re.compile(r"[A-Z][a-z]+(?:[^\S\n\r][a-z]+)?:[^\S\n\r]*(?=[\n\r])")
# An item that ends on one of these marks runs on by itself ("shells,", "region:").
_RUN_ON = frozenset(",;:.!?…—–-")
_LISTED = re.compile(r"(?:^|\s)(?:and|or)\Z")


def _items(text: str) -> str:
    """``text`` with its list read as a sentence runs on through one: a comma after an item
    that ends on a word or a figure, "and" before the last ("tents, blankets and water
    pumps"), a space after one that ends on a mark of punctuation ("shells,") or on "and" /
    "or". Where the lead-in points
    at the items with "the following" ("supplying the following weapons, officials said:"),
    the items stand in that phrase's place, as the sentence would have them."""
    found = list(_ITEM_BREAK.finditer(text))
    if not found:
        label = _LABELLED.match(text)
        if label is None:
            return text
        # a label over names a line each ("Present:" / "Ruth Adeyemi (chair)"), as a line
        # names them: "Present: Ruth Adeyemi (chair), Tom Keswick"
        names = [line.strip() for line in _INNER_BREAK.split(text[label.end() :])]
        return text[: label.end()].rstrip() + " " + ", ".join(n for n in names if n)
    lead = text[: found[0].end(1)]
    items = [
        text[match.end() : following.end(1) if following else len(text)]
        for match, following in zip(found, [*found[1:], None], strict=True)
    ]
    listed: list[str] = []
    for k, item in enumerate(items):
        listed.append(item)
        if k + 1 < len(items):
            if not item or item[-1] in _RUN_ON or _LISTED.search(item):
                listed.append(" ")
            else:
                listed.append(" and " if k + 2 == len(items) else ", ")
    run = "".join(listed)
    pointer = _CATAPHOR.search(lead)
    if pointer is None or not lead.endswith(":"):
        return lead + " " + run
    stop = run[-1] if run[-1] in ".!?" else ""
    rest = lead[pointer.end() : -1].rstrip()
    return lead[: pointer.start()] + run.rstrip(".!?") + rest + stop


# "the following", with the few words of its noun: the lead-in's pointer at its list.
_CATAPHOR = re.compile(r"\bthe following(?:\s+[\w'’-]+){0,3}?(?=\s*[,:])", re.IGNORECASE)


# Markup an article is written or exported in, which a reader does not see as words:
# an HTML character reference ("&amp;", "&nbsp;", "&#39;", "&rsquo;"; with its semicolon only,
# so "AT&T" and "R&D" stay as they are),
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# spaces a reference may stand for, read as a space,
_SPACE_LIKE = str.maketrans(dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a", " "))
# a Markdown link or image, read as its text ("[the White House](https://...)": the target, and
# a title after it, are where the words point, not words of the text),
_LINK = re.compile(r"!?\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
# Markdown emphasis ("**Putin**", "*Hwasong-11A*", "__not__"), marks on both sides of words,
# each opening after no word character and closing before none ("2*3*4" is no emphasis),
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*|__)(?=[^\s*])(.+?)(?<=[^\s*])\1(?![\w*])")
# and a footnote or citation marker set right after a word or its punctuation ("2022,[1]",
# "cases.[12]", "text[^2]", "Greenland.[a]"): a bracketed figure after a space ("[1] ...") is
# a figure of the text and stays.
_FOOTNOTE = re.compile(r"(?<=[^\s\[\]])\[(?:\d{1,3}|[a-z]|\^\w{1,12})\]")
# and an inline HTML tag of emphasis set in plain text ("<b>Main findings</b>"), no word either.
_INLINE_TAG = re.compile(
    r"</?(?:b|strong|i|em|u|mark|small|span)"
    r"(?:\s+[a-z-]{1,30}\s*=\s*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^\s<>\"']{1,200}))*\s*>",
    re.I,
)
_MARKUP = re.compile(r"[&\[*_<]")
# A source cited in brackets with its label ("[source: Harlow Council]", "(Source: ONS)"): the
# same citation as the source's name in brackets, "(Harlow Council)".
_CITATION = re.compile(
    r"[\[(][^\S\n]*(?:sources?|via)[^\S\n]*:[^\S\n]*([^\[\]()\n]{1,80}?)[^\S\n]*[\])]", re.I
)


def _reference(match: re.Match[str]) -> str:
    character = html.unescape(match.group())
    return character.translate(_SPACE_LIKE) if character != match.group() else character


# Characters a page holds that a reader does not see or sees as the letters they join: soft
# hyphens, zero-width spaces, word joiners and a byte-order mark (left out), and the Latin
# ligatures of typeset text ("ﬂoods", read "floods").
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)
_GLYPHS = re.compile(f"[{_INVISIBLE_CHARS}\ufb00-\ufb04]")


def shown(text: str) -> str:
    """``text`` as a reader sees it where it holds markup that changes no word: character
    references decoded, Markdown links and images read as their text, emphasis marks and
    footnote markers left out, invisible characters left out and ligatures read as their
    letters, a source cited with its label read as the source in brackets. Text without such
    markup comes back as it is."""
    if _GLYPHS.search(text) is not None:
        text = _INVISIBLE.sub("", text).translate(_LIGATURES)
    if ":" in text:
        text = _CITATION.sub(r"(\1)", text)
    if _MARKUP.search(text) is None:
        return text
    text = _INLINE_TAG.sub("", text)
    text = _REFERENCE.sub(_reference, text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _FOOTNOTE.sub("", text)


# A clause's number of two or more levels ("3.1", "3.1.2"); a second level of two figures is
# a time's minutes ("14.30 Storytelling"), not a clause.
_CLAUSE = r"\d{1,2}(?:\.\d(?!\d)|(?:\.\d{1,2}){2,3})"
# What follows a clause's number ("3.1 You may ..."): a word that opens a sentence, not the
# unit of a figure ("2.5 GW", "1.5 Million", "3.2 Mt").
_CLAUSE_NEXT = (
    r"[^\S\n\r]+(?!(?:Mt|Gt|Hz|[KMGT]Hz|[KMGT]Wh|[KMGT]W|Wh|Pa|[KMGT]bps|Km|Kg|Mb|Gb|Tb"
    r"|Bn|Mn|Million|Billion|Trillion|Per|Percent)\b)(?:[A-Z][a-z]|A[^\S\n\r]|[“\"‘'(])"
)


# A list item's bullet or number opening a sentence ("2. Restoring Sunday hours.", "- rifles").
# A bullet before a word in lower case is a dash of the text ("- in the new log she says").
# A paragraph's or a note's number set in brackets, as a superscript, after a section sign or
# as a label ("[4]", "⁴", "¶ 4", "§4.", "Para 4:") marks its place as "4. " does; so does
# an item's letter or number in brackets ("(b)", "(iv)", "(3)", "b)") and a step's or an
# item's label with its number ("Step 2:", "Item 4:", "Finding 3.").
_MARKER = re.compile(
    r"(?:[-*•+](?=[^\S\n\r]+[^\s\w]*[A-Z0-9])|\d{1,3}[.)]|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}"
    r"|[¶§][^\S\n\r]*\d{1,3}\.?|Para(?:graph)?\.?[^\S\n\r]*\d{1,3}[.:]"
    r"|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|[a-z]\)"
    # an action's or a point's letter and number ("A2. ", of minutes' action points)
    r"|[A-Z]\d{1,2}\.(?=[^\S\n\r]+[A-Z])"
    r"|(?:Step|Item|Point|Stage|Finding|Action|Task|Recommendation)[^\S\n\r]+\d{1,3}[.:]"
    # a clause's number in a contract or terms ("3.1 You may", "3.1. You may", "Clause 3.1 –",
    # "Section 3:"), before a word, not a figure's unit ("2.5 GW", "1.5 Million")
    rf"|(?:(?:Clause|Section)[^\S\n\r]+)?{_CLAUSE}\.?(?={_CLAUSE_NEXT})"
    r"|(?:Clause|Section)[^\S\n\r]+\d{1,2}(?:\.\d{1,2}){0,3}(?::|[^\S\n\r]+[–—-])"
    # and a section's number before its heading in capitals ("3 FREEZING AND CANCELLING")
    r"|\d{1,2}(?=[^\S\n\r]+[A-Z][A-Z&'’,-]+(?:[^\S\n\r]+[A-Z&][A-Z&'’,-]*)*\Z))"
    r"[^\S\n\r]+(?=\S)"
)


_HEADING_MARK = re.compile(r"#{1,6}[^\S\n\r]+")
# The mark of a line of a block quote in Markdown ("> ", "> > ").
_BLOCK = re.compile(r"(?:>[^\S\n\r]*)+")


# A word a typesetter hyphenated at the end of a line ("inter-" / "national"): its letters
# before the hyphen, the line break, and its letters after, which open in lower case.
_HYPHEN_BREAK = re.compile(
    r"([^\W\d_]+)-[^\S\n\r]*(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])\s*([a-z][^\W\d_]*)"
)


def _unhyphenated(text: str) -> str:
    """``text`` with each word hyphenated at a line's end read whole: "mil-" / "lion" is
    "million", one word; "late-" / "night" is "late-night", a compound that a wrapping broke
    after its hyphen, when the joined letters are no word the lexicon knows and both parts
    are."""
    if "-" not in text or _HYPHEN_BREAK.search(text) is None:
        return text
    return _HYPHEN_BREAK.sub(_rejoined, text)


def _rejoined(match: re.Match[str]) -> str:
    left, right = match.group(1), match.group(2)
    return left + ("-" if _compound(left, right) else "") + right


@lru_cache(maxsize=4096)
def _compound(left: str, right: str) -> bool:
    """Whether ``left``-``right`` broken at its hyphen is a compound: its parts are words
    and the letters joined are none."""
    known = _lexicon().lemmas
    return not known(left + right) and bool(known(left)) and bool(known(right))


@lru_cache(maxsize=1)
def _lexicon() -> Any:
    from .judge._lexicon import lexicon  # read only where a text has such a break

    return lexicon()


@dataclass(frozen=True)
class Sentence:
    """One segment of a document; ``document.text[start:end] == text`` always holds."""

    text: str
    start: int
    end: int
    # The first and the last sentence of a block quote ("> We will appeal."), which reads as
    # the quotation it marks: within quotation marks (the segmenter sets these).
    opens: bool = False
    closes: bool = False

    @cached_property
    def reading(self) -> str:
        """The sentence as it is read and compared: a line break inside it (a paragraph
        hard-wrapped to a width) is a space, so a wrapped and an unwrapped copy say the same;
        and markup that changes no word is read as what it shows (:func:`shown`). Worked out
        once a sentence: the pipeline reads it at every stage."""
        read = _INNER_BREAK.sub(" ", _items(shown(_unhyphenated(self.text))))
        # An item of a list that the sentence pass cut as a sentence of its own (items that
        # end on a full stop): its bullet or number marks its place in the list, no word.
        marker = _MARKER.match(read)
        if marker is not None and marker.end() < len(read):
            read = read[marker.end() :]
        # A section's number after a Markdown heading's mark ("## 4. Side effects") marks its
        # place as it does on a plain line; the mark stays, a heading's layout.
        heading = _HEADING_MARK.match(read)
        numbered = _MARKER.match(read, heading.end()) if heading is not None else None
        if heading is not None and numbered is not None and numbered.end() < len(read):
            read = read[: heading.end()] + read[numbered.end() :]
        # A line of a block quote: its marks are no words, and the quotation they mark is read
        # within quotation marks.
        block = _BLOCK.match(read)
        if block is not None and block.end() < len(read):
            read = read[block.end() :]
        return ("“" if self.opens else "") + read + ("”" if self.closes else "")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        reading = self.reading
        if reading != _INNER_BREAK.sub(" ", self.text):
            out["reading"] = reading  # markup or a list read otherwise than the text stands
        return out


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    sentences: tuple[Sentence, ...]

    def joined(self, indices: tuple[int, ...]) -> str:
        """The text a pair reads for these sentences: their readings joined by one space."""
        return " ".join(self.sentences[i].reading for i in indices)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sentences": [s.to_dict() for s in self.sentences]}
