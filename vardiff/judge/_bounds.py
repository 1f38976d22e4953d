"""A bound on a whole count said inclusively or exclusively, read alike before any check.

A count of whole things, or an age in whole years, has no value between two integers, so a
bound that leaves its number out says what the bound one further on that keeps it in says:
"children under 12" / "children aged 11 and under", "more than two items" / "three or more
items", "fewer than ten people" / "nine people or fewer", "at least three nights" / "more than
two nights", "no more than four members" / "fewer than five members". Read letter by letter,
the numbers check finds another number in each ("12" / "11"), and it finds none where the same
number is kept and the bound moved by one ("under 12" / "12 and under", "18 or over" / "over
18"), the change a reader of a fare, a dose or an age limit must see. Where A and B bound a
count from the same side, one keeping its number in and the other leaving it out, B's bound is
read in A's form, with the number that says B's bound so: the same bound reads as A's words,
and a bound moved by one reads as A's words with a number one off, which the numbers check
then finds.

Only whole counts: a number with a decimal part, a scale ("2 million"), a share ("40
percent"), money or a unit of measure or of time ("more than two years" is not "three years
or more") is continuous, and its bound is read as written; an age ("18 years old") and nights
booked are whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .._numbers import NUMBER_WORDS, unit_spellings

__all__ = ["bound_reads", "window_reads"]

Side = Literal["upper", "lower"]

# The words before a number that bound it, by the side they bound and whether the number is
# inside the bound ("at least 18": 18 is in) or outside it ("over 18": 18 is out). "up to"
# and "as many as" are no strict bounds (an estimate's ceiling), so they are not read.
_BEFORE: dict[str, tuple[Side, bool]] = {
    "under": ("upper", False),
    "below": ("upper", False),
    "less than": ("upper", False),
    "fewer than": ("upper", False),
    "younger than": ("upper", False),
    "at most": ("upper", True),
    "no more than": ("upper", True),
    "not more than": ("upper", True),
    "a maximum of": ("upper", True),
    "over": ("lower", False),
    "above": ("lower", False),
    "more than": ("lower", False),
    "older than": ("lower", False),
    "at least": ("lower", True),
    "no fewer than": ("lower", True),
    "no less than": ("lower", True),
    "not less than": ("lower", True),
    "a minimum of": ("lower", True),
    "from the age of": ("lower", True),
}
# The words after a number (and a noun, "nine people or fewer") that keep it inside a bound.
_AFTER: dict[str, Side] = {
    "under": "upper",
    "fewer": "upper",
    "less": "upper",
    "below": "upper",
    "younger": "upper",
    "over": "lower",
    "more": "lower",
    "above": "lower",
    "older": "lower",
}
# Numbers written out up to twenty: beyond, a figure is how a bound is written.
_WORDS = {value: word for word, value in NUMBER_WORDS.items() if len(word) > 2 and value <= 20}
_NUMBER = r"\d{1,6}|" + "|".join(sorted(_WORDS.values(), key=len, reverse=True))
# "aged" before a bound only says the count is an age: it is read with the bound ("children
# aged 11 and under" / "children under 12").
# Words after a number that make what it counts continuous, besides the units of measure.
_CONTINUOUS = frozenset(
    "percent per cent % million billion trillion thousand hundred dozen years year months month "
    "weeks week days day hours hour minutes minute seconds second decades decade centuries "
    "century times".split()
)
_NOUN = r"[a-z]+"


@dataclass(frozen=True)
class _Bound:
    side: Side
    inside: bool  # whether the number itself is within the bound
    value: int
    start: int
    end: int
    number: re.Match[str]
    noun: str  # a noun between the number and the words after it ("nine people or fewer")


@cache
def _pattern() -> re.Pattern[str]:
    before = "|".join(sorted(map(re.escape, _BEFORE), key=len, reverse=True))
    after = "|".join(_AFTER)
    return re.compile(
        rf"(?<![\w.,-])(?:aged\s+)?(?:(?P<before>{before})\s+(?P<n1>{_NUMBER})(?![\w-]|[.,]\d)"
        rf"|(?P<n2>{_NUMBER})(?:\s+(?P<noun>{_NOUN}))?\s+(?:or|and)\s+(?P<after>{after})"
        # "over 1,000 and over 50": "and over" before an amount opens another bound.
        rf"(?![\w-]|\s+(?:\d|{_NUMBER})))",
        re.IGNORECASE,
    )


def _value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = NUMBER_WORDS.get(word.lower())
    return int(value) if value is not None and word.lower() in _WORDS.values() else None


def _continuous(text: str, end: int, start: int) -> bool:
    """Whether the number ending at ``end`` counts no whole things: money before it, a scale,
    a share or a unit of measure or of time after it (an age in years is whole)."""
    if re.search(r"[$£€¥]\s*\Z", text[:start]):
        return True
    rest = text[end:].lstrip().lower()
    if re.match(r"years?\s+(?:old|of\s+age)\b", rest):
        return False
    word = re.match(r"[a-z%]+", rest)
    if word is None:
        return False
    units = unit_spellings()
    return word.group() in _CONTINUOUS or word.group() in units


def _bounds(text: str) -> list[_Bound]:
    found: list[_Bound] = []
    for match in _pattern().finditer(text):
        group = "n1" if match.group("n1") else "n2"
        value = _value(match.group(group))
        if value is None:
            continue
        if match.group("before"):
            side, inside = _BEFORE[re.sub(r"\s+", " ", match.group("before").lower())]
            if _continuous(text, match.end(group), match.start()):
                continue
        else:
            side, inside = _AFTER[match.group("after").lower()], True
            noun = match.group("noun")
            if noun and (noun.lower() in _CONTINUOUS or noun.lower() in unit_spellings()):
                continue
            if noun is None and _continuous(text, match.end(group), match.start()):
                continue
        found.append(
            _Bound(
                side, inside, value, match.start(), match.end(), match, match.group("noun") or ""
            )
        )
    return found


def _written(value: int, like: str) -> str:
    """``value`` written as ``like`` is: in words where it is a word, else in figures."""
    if like.isdigit() or value not in _WORDS:
        return str(value)
    word = _WORDS[value]
    return word.capitalize() if like[:1].isupper() else word


def _in_form_of(a: _Bound, b: _Bound, b_text: str) -> tuple[int, int, str] | None:
    """B's bound read in A's form (A's words, the number that says B's bound so), or None
    where B bounds its count as A does already."""
    if a.inside == b.inside:
        return None
    # The number A's form needs to say B's bound: one further out where A leaves it out.
    step = 1 if a.side == "upper" else -1
    value = b.value + step if b.inside else b.value - step
    if value < 0:
        return None
    group = "n1" if a.number.group("n1") else "n2"
    said = (
        a.number.string[a.start : a.number.start(group)]
        + _written(value, a.number.group(group))
        + a.number.string[a.number.end(group) : a.end]
    )
    end = b.end
    if b.noun and not a.noun:
        said = f"{said} {b.noun}"  # "nine people or fewer" / "fewer than ten people"
    elif a.noun and not b.noun:
        following = re.match(r"\s+([a-z]+)", b_text[b.end :])
        if following is None or following.group(1).lower() != a.noun.lower():
            return None
        end = b.end + following.end()
    return b.start, end, said


def bound_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's bounds on a whole count that keep their number in where A's leave it out, or the
    other way round, read in A's form: A's bounds and B's from each side paired in order
    where both sides bound as many counts from it. Each (start in B, end in B, A's words)."""
    in_a, in_b = _bounds(a), _bounds(b)
    reads: list[tuple[int, int, str]] = []
    for side in ("upper", "lower"):
        side_a = [x for x in in_a if x.side == side]
        side_b = [x for x in in_b if x.side == side]
        if not side_a or len(side_a) != len(side_b):
            continue
        for bound_a, bound_b in zip(side_a, side_b, strict=True):
            read = _in_form_of(bound_a, bound_b, b)
            if read is not None:
                reads.append(read)
    return reads


# A span of time after an event, bounded: "within 30 days of delivery" says what "up to 30
# days after delivery", "no more than 30 days after" and "no later than 30 days after" say.
# The placed reading takes "within" / "after" for opposites and the polarity check "no later"
# for a denial; read in the other side's form, the same window is one. "For 30 days after
# delivery" spans the same window from the event ("returns are free for 30 days after
# delivery"). "30 days after" alone is a day, no window, and stays as written.
_SPAN = r"(?P<n>\d{1,6}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_SPAN_UNIT = (
    r"(?P<u>(?:(?:working|business|calendar|clear)\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?))"
)
_WITHIN = re.compile(rf"\bwithin\s+{_SPAN}\s+{_SPAN_UNIT}\s+of\b", re.IGNORECASE)
_CAPPED_AFTER = re.compile(
    rf"\b(?:for|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|no\s+later\s+than|"
    rf"not\s+later\s+than)\s+{_SPAN}\s+{_SPAN_UNIT}\s+after\b",
    re.IGNORECASE,
)


def window_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's window of time after an event read in A's form where A says it the other way:
    "within N units of" against a ceiling on "N units after", the same N and units, as many
    on each side, paired in order. Each (start in B, end in B, A's words)."""
    reads: list[tuple[int, int, str]] = []
    for own, other in ((_WITHIN, _CAPPED_AFTER), (_CAPPED_AFTER, _WITHIN)):
        in_a, in_b = list(own.finditer(a)), list(other.finditer(b))
        if not in_a or len(in_a) != len(in_b) or other.search(a) or own.search(b):
            continue
        for x, y in zip(in_a, in_b, strict=True):
            if x.group("n").lower() != y.group("n").lower():
                continue
            if re.sub(r"\s+", " ", x.group("u").lower()) != re.sub(
                r"\s+", " ", y.group("u").lower()
            ):
                continue
            reads.append((y.start(), y.end(), x.group()))
    return reads
