"""A list told with its count or without: the same members either way.

"the leaders of three countries, France, Germany and Italy," / "the leaders of France, Germany
and Italy", "Two airlines, Ryanair and easyJet, said" / "Ryanair and easyJet said", "four
provinces, Sindh, Punjab, Balochistan and Khyber Pakhtunkhwa," / "the provinces of Sindh,
Punjab, Balochistan and Khyber Pakhtunkhwa,": a count set before a list of names, in
apposition, says how many the list names; where it counts them exactly and the other side names
the same list without it, it adds nothing (read letter by letter, a number is added and a
modifier with it). A count that is not the list's length says there are others ("four
countries, France, Germany and Italy"), and a list that is not the same names another thing:
both stay what they are.

The other side's text around such a list is read as the counted side's (``_alike.read_alike``
makes the swap), so no check sees them differ.
"""

from __future__ import annotations

import re

from .._numbers import NUMBER_WORDS
from ._lexicon import lexicon

__all__ = ["count_reads"]

# A name in a list (its case counts, whatever the pattern around it): capitalised words, or a
# word with a capital inside ("easyJet", "iPhone"), up to four of them ("Khyber Pakhtunkhwa";
# "Bosnia and Herzegovina" is two members to this).
_NAME_WORD = r"(?-i:[A-Z][\w'’.-]*|[a-z]+[A-Z][\w'’-]*)"
_MEMBER = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_LIST = rf"{_MEMBER}(?:,\s+{_MEMBER})*,?\s+(?:and|&)\s+{_MEMBER}"
# Counts in words or digits that a list of names may hold (two to twenty).
_COUNTS = {w: int(v) for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 2 <= v <= 20}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|\d{1,2}"
# The count in apposition before the list: "(the) three countries, France, Germany and Italy(,)",
# ... and a word that marks the list as the very members counted, which says nothing more:
# "two countries, namely France and Spain," is "two countries, France and Spain,".
_NAMELY = r"(?:namely|that\s+is|i\.e\.|in\s+other\s+words|specifically|to\s+wit|viz\.)"
_COUNTED = re.compile(
    rf"(?<![\w-])(?:the\s+)?(?P<count>{_COUNT})\s+(?P<noun>[a-z]+),\s+(?:{_NAMELY},?\s+)?"
    rf"(?P<list>{_LIST})(?P<close>,)?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")


def _members(listed: str) -> list[str]:
    return _SPLIT.split(listed)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _bare_list(text: str, listed: str, noun: str) -> tuple[int, int] | None:
    """Where ``text`` names the list ``listed`` whole (no member before or after it), with "the
    <noun> of" before it if it says so ("the provinces of Sindh, ..."), and its closing comma;
    None unless it does so once."""
    spaced = r"\s+".join(re.escape(w) for w in listed.split())
    pattern = re.compile(
        rf"(?:(?<![\w-])the\s+{re.escape(noun)}\s+of\s+)?(?<![\w'’-]){spaced}(?![\w'’-])(?:,(?!\s*(?:and|&)\b))?",
        re.IGNORECASE,
    )
    found = list(pattern.finditer(text))
    if len(found) != 1:
        return None
    start, end = found[0].span()
    before, after = text[:start], text[end:]
    if re.search(r"(?:,|\b(?:and|&|or))\s*$", before) or re.match(r"\s*(?:and|&|or)\b", after):
        return None  # the list is part of a longer one
    return start, end


def _counted(text: str) -> list[re.Match[str]]:
    """Each count in apposition before a list of exactly as many names."""
    return [
        m
        for m in _COUNTED.finditer(text)
        if len(_members(m.group("list"))) == _count(m.group("count"))
        and _counts_names(m.group("noun").lower())
    ]


def _counts_names(noun: str) -> bool:
    """A noun that can count the things a list names ("countries", "airlines", "painters"):
    not a span of time or a measure ("in two weeks, France and Germany will" counts weeks, not
    the names after it)."""
    lex = lexicon()
    return bool(lex.lemmas(noun, "n")) and lex.domain(noun) not in _NOT_COUNTING


# The lexicon's files of nouns that measure rather than count things: a time, a quantity.
_NOT_COUNTING = frozenset({"noun.time", "noun.quantity"})


def count_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's words around a list that one side counts and the other does not, read as A's: each
    (start in B, end in B, A's words)."""
    reads: list[tuple[int, int, str]] = []
    for found in _counted(a):
        where = _bare_list(b, found.group("list"), found.group("noun"))
        if where is not None and not _COUNTED.search(b):
            reads.append((where[0], where[1], found.group()))
    for found in _counted(b):
        where = _bare_list(a, found.group("list"), found.group("noun"))
        if where is not None and not _COUNTED.search(a):
            reads.append((found.start(), found.end(), a[where[0] : where[1]]))
    return reads
