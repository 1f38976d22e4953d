"""Names of people, places, organisations and titles, compared across the two sides.

A name matches when its letters appear on the other side once case, hyphens, dots, spaces and
possessives are folded: "Kim Jong Un" = "Kim Jong-un", "U.N." = "UN". A small built-in alias
table (and the user's glossary) maps abbreviations to their expansions: "U.N." = "United
Nations". A matched name written differently is a spelling variant; an unmatched one is dropped
or, when the other side has an unmatched name too, replaced by a different referent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Name", "NameDiff", "compare_names", "extract_names"]

_ALIASES = (
    ("united nations", "u.n.", "un"),
    ("united states", "u.s.", "us", "usa", "u.s.a.", "america"),
    ("united kingdom", "u.k.", "uk", "britain"),
    ("european union", "e.u.", "eu"),
    ("north korea", "dprk", "democratic people's republic of korea"),
    ("south korea", "rok", "republic of korea"),
    ("soviet union", "ussr", "u.s.s.r."),
)
TITLES = set(
    "president minister secretary general gen. gen chairman chairwoman chief director "
    "prime defense defence foreign mr. mrs. ms. dr. prof. sen. rep. gov. governor senator "
    "king queen prince pope ambassador commander admiral colonel col. lt. captain capt. "
    "spokesman spokeswoman spokesperson leader mayor judge justice".split()
)
_STOP = set(
    "the a an as but and then if in on at by or of for with both just last here what how why "
    "when where who which this that these those additionally also however it its he she they "
    "we i you asked after before since while during until there their his her our my your "
    "so yet not no some all many most other such than more less".split()
)
_MONTHS_DAYS = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_CAPITAL = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'.-]*|[A-Z]\.)(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-)?"
    r"(?:[A-Z][\w’'.-]*|[A-Z]\.))*"
)


@dataclass(frozen=True)
class Name:
    text: str
    start: int

    @property
    def words(self) -> list[str]:
        return [w for w in re.split(r"[\s-]+", self.text) if w and not w.islower()]


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", re.sub(r"[’']s\b", "", text.lower()))


def _sentence_initial(text: str, start: int) -> bool:
    head = text[:start].rstrip(" “\"‘'(")
    return not head or head[-1] in ".?!:\n"


def _mid_sentence_capitals(text: str) -> set[str]:
    return {
        m.group(0)
        for m in re.finditer(r"(?<![\w’'])[A-Z][\w’'-]*", text)
        if not _sentence_initial(text, m.start())
    }


def extract_names(text: str, *, context: str = "") -> list[Name]:
    """Capitalised phrases that read as names. ``context`` (the other side) helps decide
    whether a sentence-initial word is a name: it is when it also appears mid-sentence."""
    known = _mid_sentence_capitals(text + "\n" + context)
    names: list[Name] = []
    for match in _CAPITAL.finditer(text):
        words = match.group(0).split()
        start = match.start()
        # A capitalised first word of a sentence is usually just a sentence start.
        while words and (
            words[0].lower().strip(".,") in _STOP
            or (
                _sentence_initial(text, start)
                and len(words) == 1
                and not _proper_looking(words[0])
                and words[0].rstrip(".,") not in known
            )
        ):
            start += len(words[0]) + 1
            words = words[1:]
        words = [w for w in words if w.lower().strip(".") not in _MONTHS_DAYS]
        if not words:
            continue
        phrase = " ".join(words).rstrip(".,;:")
        if phrase.lower() in _STOP or len(_fold(phrase)) < 2:
            continue
        names.append(Name(text=phrase, start=start))
    return names


def _proper_looking(word: str) -> bool:
    """An acronym or a word with inner capitals or digits reads as a name even sentence-first."""
    core = word.strip(".,")
    return (core.isupper() and len(core) > 1) or bool(re.search(r"[A-Z].*[A-Z0-9]", core[1:]))


@dataclass(frozen=True)
class NameDiff:
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    variants: tuple[tuple[str, str], ...]
    titles_dropped: tuple[str, ...]


def _canonical(text: str, extra: tuple[tuple[str, ...], ...]) -> str:
    lowered = " " + text.lower() + " "
    for group in (*_ALIASES, *extra):
        target = group[0].lower()
        for alias in group[1:]:
            lowered = re.sub(
                r"(?<![\w.])" + re.escape(alias.lower()) + r"(?![\w])", target, lowered
            )
    return lowered


def _present(word: str, folded_other: str) -> bool:
    folded = _fold(word)
    if not folded:
        return True
    if folded in folded_other:
        return True
    # Demonyms and plurals: "Russian" / "Russia", "Koreans" / "Korea".
    return len(folded) >= 5 and any(
        folded[:-cut] in folded_other for cut in (1, 2, 3) if len(folded) - cut >= 4
    )


def compare_names(a: str, b: str, *, equivalences: tuple[tuple[str, ...], ...] = ()) -> NameDiff:
    canon_a, canon_b = _canonical(a, equivalences), _canonical(b, equivalences)
    folded_a, folded_b = _fold(canon_a), _fold(canon_b)
    only_a: list[str] = []
    titles: list[str] = []
    variants: list[tuple[str, str]] = []
    for name in extract_names(a, context=b):
        missing = [w for w in name.words if not _present(_canonical(w, equivalences), folded_b)]
        if not missing:
            if name.text not in b:
                variants.append((name.text, _find_variant(name.text, b, equivalences)))
            continue
        dropped_titles = [w for w in missing if w.lower() in TITLES]
        titles.extend(dropped_titles)
        if len(dropped_titles) < len(missing):
            only_a.append(" ".join(missing))
    only_b: list[str] = []
    for name in extract_names(b, context=a):
        missing = [w for w in name.words if not _present(_canonical(w, equivalences), folded_a)]
        if [w for w in missing if w.lower() not in TITLES]:
            only_b.append(" ".join(missing))
    return NameDiff(
        only_a=tuple(dict.fromkeys(only_a)),
        only_b=tuple(dict.fromkeys(only_b)),
        variants=tuple(dict.fromkeys(v for v in variants if v[1])),
        titles_dropped=tuple(dict.fromkeys(titles)),
    )


def _find_variant(name: str, other: str, equivalences: tuple[tuple[str, ...], ...]) -> str:
    """The stretch of ``other`` that spells ``name`` differently, for the finding's B side."""
    target = _fold(_canonical(name, equivalences))
    for candidate in extract_names(other):
        if _fold(_canonical(candidate.text, equivalences)) == target:
            return candidate.text
        if target and target in _fold(_canonical(candidate.text, equivalences)):
            return candidate.text
    for group in (*_ALIASES, *equivalences):
        for term in group:
            if re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", other, re.IGNORECASE) and (
                _fold(_canonical(term, equivalences)) == target
            ):
                found = re.search(re.escape(term), other, re.IGNORECASE)
                return found.group(0) if found else term
    return ""
