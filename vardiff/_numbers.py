"""Quantities in text, normalised so that the same amount written two ways compares equal.

"3 million" = "three million" = "3,000,000"; "500,000" = "half a million"; "152mm" =
"152 millimeter" = "152-millimeter"; "10%" = "ten percent". Month and weekday names count as
quantities too (dates), since a changed date is a changed fact. Every quantity keeps the exact
span it was read from, so a finding can quote it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

__all__ = [
    "Quantity",
    "QuantityDiff",
    "compare_quantities",
    "extract_quantities",
    "is_amount_word",
]

_UNITS = {
    "mm": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimetres": "mm",
    "cm": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "m": "m",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mile": "mi",
    "miles": "mi",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "ton": "t",
    "tons": "t",
    "tonne": "t",
    "tonnes": "t",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "dollar": "USD",
    "dollars": "USD",
    "$": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "£": "GBP",
    "yuan": "CNY",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "dozen": 12.0,
}
_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "a half": 0.5}
_DATES = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday"
).split()
_MONTH_ALIASES = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}

_NUMBER_WORD = "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))
_SCALE_WORD = "hundred|thousand|million|billion|trillion|dozen"
_UNIT_WORD = "|".join(
    sorted((re.escape(u) for u in _UNITS if u not in {"$", "€", "£", "m"}), key=len, reverse=True)
)
_QUANTITY = re.compile(
    rf"""
    (?<![\w.-])(?P<currency>[$€£])?\s?
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s?(?P<dscale>{_SCALE_WORD}|bn|mn|k)\b)?
      |
        (?P<fraction>(?:a\s|one[\s-])?(?:half|quarter|third))(?:\s(?:of\s)?a)?\s(?P<fscale>{_SCALE_WORD})\b
      |
        (?P<words>(?:(?:{_NUMBER_WORD}|a|an)[\s-])?(?:{_NUMBER_WORD}|a|an)(?:[\s-](?:{_NUMBER_WORD}))*)
        (?:\s(?P<wscale>{_SCALE_WORD})s?\b)
      |
        (?P<bare>\b(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?\b)
    )
    (?:[\s-]?(?P<unit>{_UNIT_WORD}|%)(?![a-z]))?
    (?![A-Za-z0-9])
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DATE = re.compile(r"\b(" + "|".join(_DATES) + r")\b\.?", re.IGNORECASE)
_PRONOUN_ONE = re.compile(r"\bone\s+(?:of|another|who|which|that|day)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """An amount (or a date name) and the text it was read from."""

    value: float | str
    unit: str | None
    text: str
    start: int
    counted: str | None = None  # the head noun of what is counted: "shells" in "3 million shells"

    @property
    def surface(self) -> str:
        """The written form, folded only in ways no reader would call a difference."""
        return re.sub(r"[\s-]+", " ", self.text.lower()).strip()


def _word_value(phrase: str) -> float | None:
    total = 0.0
    for part in re.split(r"[\s-]+", phrase.lower()):
        if part not in _WORDS:
            return None
        total += _WORDS[part]
    return total


def extract_quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        value: float | None
        if match.group("digits"):
            value = float(match.group("digits").replace(",", ""))
            scale = (match.group("dscale") or "").lower()
            value *= _SCALES.get(scale, 1.0)
        elif match.group("fraction"):
            fraction = re.sub(r"^(?:a|one)[\s-]", "", match.group("fraction").lower())
            value = _FRACTIONS[fraction] * _SCALES[match.group("fscale").lower()]
        elif match.group("words"):
            base = _word_value(match.group("words"))
            value = None if base is None else base * _SCALES[match.group("wscale").lower()]
        else:
            bare = match.group("bare")
            if _PRONOUN_ONE.match(text, match.start("bare")):
                continue  # "one of the suppliers" is a pronoun, not an amount
            value = _word_value(bare)
        if value is None:
            continue
        unit_word = (match.group("unit") or "").lower()
        unit = _UNITS.get(unit_word) or (_UNITS.get(match.group("currency") or "") or None)
        span = match.group(0).strip()
        start = match.start() + match.group(0).index(span[0]) if span else match.start()
        found.append(
            Quantity(
                value=round(value, 6),
                unit=unit,
                text=span,
                start=start,
                counted=_counted(text, match.end()),
            )
        )
    for match in _DATE.finditer(text):
        word = match.group(1).lower()
        if word == "may" and not _looks_like_month(text, match.start()):
            continue
        name = _MONTH_ALIASES.get(word, word)
        found.append(Quantity(value=name, unit="date", text=match.group(1), start=match.start()))
    found.sort(key=lambda q: q.start)
    return found


_HEAD_STOP = set(
    "of to in on at by for with from and or but as that which who than per each a an the was "
    "were is are had has have be been will would could may might said".split()
)


def _counted(text: str, end: int) -> str | None:
    """The head noun after a quantity: the last word of the run of words that follows it."""
    hyphenated = re.match(r"-([A-Za-z]+)", text[end:])
    if hyphenated:
        return hyphenated.group(1).lower()
    words = re.match(r"((?:\s+[\w’'-]+){1,4})", text[end:])
    if not words:
        return None
    head = None
    for word in words.group(1).split():
        lowered = word.lower()
        if lowered in _HEAD_STOP or not lowered[0].isalpha():
            if head is None and not lowered[0].isalpha():
                continue  # a second quantity or unit ("3 million 152mm shells")
            break
        if lowered in _UNITS or lowered in _SCALES:
            continue
        head = lowered
    return head


def _same_head(left: str | None, right: str | None) -> bool:
    if left is None or right is None:
        return True
    return left.rstrip("s") == right.rstrip("s")


def _looks_like_month(text: str, start: int) -> bool:
    """ "May" is a month only before a day or year, or after "in"/"of"/"since"."""
    after = text[start + 3 : start + 9]
    before = text[max(0, start - 7) : start].lower()
    return bool(re.match(r"\s+\d", after)) or bool(re.search(r"\b(in|of|since|until)\s+$", before))


@dataclass(frozen=True)
class QuantityDiff:
    only_a: tuple[Quantity, ...]
    only_b: tuple[Quantity, ...]
    reworded: tuple[tuple[Quantity, Quantity], ...]
    recounted: tuple[tuple[Quantity, Quantity], ...] = ()  # same amount of a different thing


def compare_quantities(a: str, b: str) -> QuantityDiff:
    """Amounts on one side only, and equal amounts written another way."""
    left, right = extract_quantities(a), extract_quantities(b)
    unmatched_b = list(right)
    only_a: list[Quantity] = []
    reworded: list[tuple[Quantity, Quantity]] = []
    recounted: list[tuple[Quantity, Quantity]] = []
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    for quantity in left:
        partner = next((q for q in unmatched_b if q.value == quantity.value), None)
        if partner is None:
            only_a.append(quantity)
            continue
        unmatched_b.remove(partner)
        if partner.surface != quantity.surface:
            reworded.append((quantity, partner))
        if not _same_head(quantity.counted, partner.counted) and (
            partner.counted not in words_a or quantity.counted not in words_b
        ):
            recounted.append((quantity, partner))
    # A repeated amount ("3 million ... 3 million") matched once each side is not a change.
    counts = Counter(q.value for q in left)
    only_b = tuple(q for q in unmatched_b if counts[q.value] == 0)
    return QuantityDiff(
        only_a=tuple(only_a), only_b=only_b, reworded=tuple(reworded), recounted=tuple(recounted)
    )


def is_amount_word(word: str) -> bool:
    """A word that is part of how an amount is written: digits, a number word, a unit, a scale."""
    lowered = word.lower()
    return (
        any(c.isdigit() for c in word)
        or lowered in _WORDS
        or lowered in _UNITS
        or lowered in _SCALES
        or lowered in _FRACTIONS
    )
