"""A relative named by one word or by the relations it is composed of: "his father-in-law" /
"his wife's father", "her nephew" / "her sister's son", "siblings" / "brothers and sisters".

WordNet defines a word for a relative by the relations it is made of ("a son of your brother
or sister"). Where one side names a relative by one word and the other by a possessive of two
("sister's son", read "son of sister") or a pair of relatives ("brothers and sisters") that the
word's definition says (``_glosses``: each relative the phrase names is one the definition
names, or a kind of it: "wife" of "spouse"), the phrase is read as the word, read alike on both
sides before any check (see ``_alike``). Another composition ("father's wife" for
"father-in-law", "sister's husband" for "nephew") says another relative and stays what it is.
"""

from __future__ import annotations

import re

from ._glosses import explanation
from ._lexicon import lexicon

__all__ = ["kin_reads"]

_KIN_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?:-[a-z]+)*(?![\w-])")
# Two relatives by a possessive ("sister's son") or a pair of them ("brothers and sisters").
_POSSESSIVE = re.compile(r"(?<![\w-])(?P<owner>[a-z]+)['’]s\s+(?P<head>[a-z]+)(?![\w-])")
_PAIR = re.compile(r"(?<![\w-])(?P<first>[a-z]+)\s+(?:and|or)\s+(?P<second>[a-z]+)(?![\w-])")


def _phrases(text: str) -> list[tuple[int, int, str]]:
    """Each phrase of two relatives in ``text``: (start, end, the phrase as a definition says
    it: "son of sister" for "sister's son")."""
    lex = lexicon()
    found = [
        (m.start(), m.end(), f"{m.group('head')} of {m.group('owner')}")
        for m in _POSSESSIVE.finditer(text)
        if lex.is_kin(m.group("head")) and lex.is_kin(m.group("owner"))
    ]
    found += [
        (m.start(), m.end(), m.group())
        for m in _PAIR.finditer(text)
        if lex.is_kin(m.group("first")) and lex.is_kin(m.group("second"))
    ]
    return found


def _words(text: str) -> list[tuple[int, int, str]]:
    lex = lexicon()
    return [
        (m.start(), m.end(), m.group()) for m in _KIN_WORD.finditer(text) if lex.is_kin(m.group())
    ]


def kin_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's phrase for a relative A names by one word read as A's word, and B's word read as
    A's phrase the other way round: each (start in B, end in B, A's words). One such pair
    only, the word on the other side nowhere."""
    lower_a, lower_b = a.lower(), b.lower()
    reads: list[tuple[int, int, str]] = []
    for worded, phrased, flip in ((lower_a, lower_b, False), (lower_b, lower_a, True)):
        words = [w for w in _words(worded) if w[2] not in _words_of(phrased)]
        phrases = [p for p in _phrases(phrased) if phrased[p[0] : p[1]] not in worded]
        found = [
            (word, phrase)
            for word in words
            for phrase in phrases
            if (told := explanation(word[2], phrase[2])) is not None
            and told.reading == "same"
            and _headed(phrase[2], told.definition)
        ]
        if len(found) != 1:
            continue
        word, phrase = found[0]
        if flip:  # B's word read as A's phrase
            reads.append((word[0], word[1], a[phrase[0] : phrase[1]]))
        else:
            reads.append((phrase[0], phrase[1], a[word[0] : word[1]]))
    return reads


def _headed(phrase: str, definition: str) -> bool:
    """Whether a possessive's relative ("son" of "son of sister") is the one the definition
    defines by ("a son of your brother or sister"), not a relative it names beside ("daughter's
    brother" is no "niece", "a daughter of your brother or sister"); a pair has no head."""
    head, of, _ = phrase.partition(" of ")
    if not of:
        return True
    genus = next((w for w in re.findall(r"[a-z]+", definition) if w not in _FRAME), "")
    if not genus or head == genus:
        return head == genus
    found = lexicon().kinship(genus, head)
    return found is not None and found.relation in ("same", "synonym")


# Words that open a definition before the relative it defines by.
_FRAME = frozenset("a an the one your someone person s".split())


def _words_of(text: str) -> set[str]:
    return set(_KIN_WORD.findall(text))
