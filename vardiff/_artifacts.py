"""Text damage typical of machine translation and copy-paste, found on one side only."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Artifact", "artifacts", "is_fragment", "repeated_unit"]

_RUN_TOGETHER = re.compile(r"\b(?!Mc|Mac)[a-z]{3,}[A-Z][a-z]{2,}\w*|\b[a-z]{3,}\d+[A-Z]?\w*")
_METADATA = re.compile(
    r"(?:^|\s)(?:date|posted|updated|published|by|source|photo credit)\s*:?\s*"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"
    # A bare ISO date stamp opening a sentence: prose never writes dates that way.
    r"|^\s*\d{4}-\d{2}-\d{2}(?=\s+\S)",
    re.IGNORECASE,
)
# A word, or a phrase of up to three words, written again right after itself, once or more
# ("the the", "its toll its toll its toll"): the shortest such unit is the group.
# A word (with an apostrophe inside: "city's") or a phrase of up to three typed again.
_DOUBLED = re.compile(
    r"\b([^\W\d_]+(?:['’][^\W\d_]+)?(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){0,2}?)(?:\s+\1\b)+",
    re.IGNORECASE,
)
_DOUBLED_OK = {"that", "had", "is", "bye", "very", "no", "ha", "well", "so", "many"}


@dataclass(frozen=True)
class Artifact:
    kind: str
    text: str


def repeated_unit(repeat: str) -> str:
    """The word or phrase a repeat is made of ("its toll" for "its toll its toll its toll")."""
    words = repeat.split()
    for size in range(1, len(words)):
        unit = [w.lower() for w in words[:size]]
        if len(words) % size == 0 and [w.lower() for w in words] == unit * (len(words) // size):
            return " ".join(words[:size])
    return repeat


def is_fragment(sentence: str) -> bool:
    """A piece that starts in lower case: usually a sentence broken off its beginning. A word
    with a capital inside ("iPhone sales rose", "eBay said") is a name, not a broken start."""
    stripped = sentence.lstrip(" “\"‘'([-–—")
    if not (stripped and stripped[0].isalpha() and stripped[0].islower()):
        return False
    first = re.match(r"[\w’'-]+", stripped)
    return not (first and any(c.isupper() for c in first.group(0)[1:]))


def _gap_between(text: str, match: re.Match[str], other: str) -> bool:
    """Whether the word written twice stands in ``other`` with a few words between its two
    places and the same neighbours outside ("stayed in in June" / "stayed in Paris in June"):
    the words between were left out. Otherwise the word was only typed twice ("urine urine
    samples"), a slip that says nothing new."""
    word = re.escape(match.group(1))
    before = _WORDS.findall(text[: match.start()].lower())[-1:]
    after = _WORDS.findall(text[match.end() :].lower())[:1]
    for found in re.finditer(rf"\b{word}\s+(?:\S+\s+){{1,3}}{word}\b", other, re.IGNORECASE):
        outside_before = _WORDS.findall(other[: found.start()].lower())[-1:]
        outside_after = _WORDS.findall(other[found.end() :].lower())[:1]
        if not ((before and before == outside_before) or (after and after == outside_after)):
            continue
        # The word before the first copy is the one ``other`` has before its second copy
        # ("due to the the heavy rains" / "the prefecture due to the heavy rains"): the copies
        # stand where ``other``'s second copy stands, nothing is left out between them. (The
        # word after them as ``other``'s first word between is a swap, "from session session
        # to" / "from session to session", and stays: read once, a word would go missing.)
        between = _WORDS.findall(found.group(0).lower())[1:-1]
        if before and before == between[-1:]:
            continue
        return True
    return False


_WORDS = re.compile(r"[\w’'-]+")


# Letters whose Unicode name does not start with a script: "µ" is MICRO SIGN, "ª" FEMININE
# ORDINAL INDICATOR, "ʼ" MODIFIER LETTER APOSTROPHE. They belong to no other script.
_NOT_SCRIPTS = {"MICRO", "FEMININE", "MASCULINE", "MODIFIER", "COMBINING", "?"}


def _scripts(text: str) -> set[str]:
    scripts = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts.add(name.split()[0] if name else "?")
    return scripts - _NOT_SCRIPTS


def artifacts(text: str, other: str, *, sentences: list[str]) -> list[Artifact]:
    """Damage in ``text`` that ``other`` does not share."""
    found: list[Artifact] = []
    for match in _RUN_TOGETHER.finditer(text):
        if match.group(0) not in other:
            found.append(Artifact("run-together words", match.group(0)))
    for match in _METADATA.finditer(text):
        if match.group(0).strip() not in other:
            found.append(Artifact("stray metadata", match.group(0).strip()))
    for match in _DOUBLED.finditer(text):
        if match.group(1).lower() not in _DOUBLED_OK and match.group(0) not in other:
            # Words left out between two copies leave one word twice; three copies, or a
            # phrase again, are typed, not a gap.
            twice = len(match.group(0).split()) == 2
            kind = "doubled word" if twice and _gap_between(text, match, other) else "repeated word"
            found.append(Artifact(kind, match.group(0)))
    foreign = _scripts(text) - _scripts(other) - {"LATIN"}
    if foreign and _scripts(other):
        found.append(Artifact("other script", ", ".join(sorted(foreign)).lower()))
    for sentence in sentences[1:] if sentences else []:
        if is_fragment(sentence):
            found.append(Artifact("broken sentence", sentence))
    return found
