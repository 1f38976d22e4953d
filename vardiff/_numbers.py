"""Quantities in text, normalised so that the same amount written two ways compares equal.

"3 million" = "three million" = "3,000,000"; "500,000" = "half a million"; "2.5 million" =
"two and a half million"; "152mm" = "152 millimeter" = "152-millimeter"; "10%" = "ten percent";
"3:30 p.m." = "15:30". Month and weekday names, decades ("the 1990s") and ordinals ("21st")
count as quantities too, since a changed date is a changed fact; vague amounts ("thousands of",
"dozens of") count as the words they are. Every quantity keeps the exact span it was read from,
so a finding can quote it, and the head noun of what it counts ("shells" in "3 million 152mm
artillery shells"), so that the same amount of a different thing can be told apart.

Not quantities: the digits of identifiers and codes ("Hwasong-11A", "F-16", "G7"), ISO
timestamps ("2024-06-18": machine metadata, which the artifact check reports), the pronoun
"one" ("one of the suppliers", "no one", "one must", "a safer one", "merge into one"), and
month names that are something else ("may" the verb, "march" the verb).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

__all__ = [
    "Quantity",
    "QuantityDiff",
    "amount_spans",
    "changed_codes",
    "compare_quantities",
    "extract_amounts",
    "extract_quantities",
    "is_amount_word",
    "looks_plural",
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
    "ft": "ft",
    "foot": "ft",
    "feet": "ft",
    # Areas: "3,850 km²" / "3,850 square kilometres" (read as kilometres, the two would differ).
    "km²": "km²",
    "km2": "km²",
    "sq km": "km²",
    "sq. km": "km²",
    "square km": "km²",
    "square kilometer": "km²",
    "square kilometers": "km²",
    "square kilometre": "km²",
    "square kilometres": "km²",
    "m²": "m²",
    "sq m": "m²",
    "square meter": "m²",
    "square meters": "m²",
    "square metre": "m²",
    "square metres": "m²",
    "sq mi": "mi²",
    "square mile": "mi²",
    "square miles": "mi²",
    "hectare": "ha",
    "hectares": "ha",
    "ha": "ha",
    "acre": "acre",
    "acres": "acre",
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
    # Temperatures: "40C" / "40 degrees Celsius" / "40°C" (a bare letter: see _BARE_DEGREES).
    "c": "°C",
    "°c": "°C",
    "ºc": "°C",
    "celsius": "°C",
    "degrees celsius": "°C",
    "degrees c": "°C",
    "f": "°F",
    "°f": "°F",
    "ºf": "°F",
    "fahrenheit": "°F",
    "degrees fahrenheit": "°F",
    "degrees f": "°F",
}
# Unit letters that are a temperature only in capitals against the number ("40C").
_BARE_DEGREES = {"c", "f"}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
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
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
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
_DATE_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS) | frozenset(_MONTH_ALIASES)

_NUMBER_WORD = "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))
_SCALE_WORD = "hundred|thousand|million|billion|trillion|dozen"
# After "12.00", what makes it a clock time and not an amount: a time zone or "hours".
_CLOCK_WORD = r"(?:GMT|UTC|CET|CEST|EET|EST|EDT|CST|PST|BST|MSK|h\b|hrs\b|hours\b|o'clock|local)"
_FRACTION_WORD = "half|quarter|third"
_UNIT_WORD = "|".join(
    sorted(
        (re.escape(u) for u in _UNITS if u not in {"$", "€", "£", "m"}),
        key=len,
        reverse=True,
    )
)
# A number written in words: "seven", "twenty-five", "three million", "a dozen", "one hundred
# and twenty", "two and a half million", "half a million", "a quarter of a million". "and" only
# joins where it cannot be a list ("three and four soldiers" is two amounts).
_WORD_RUN = rf"""
    (?:
        (?:(?:a|an|one)[\s-])?(?:{_FRACTION_WORD})(?:\s+of)?\s+(?:a\s+)?(?:{_SCALE_WORD})
      | (?:a|an)\s+(?:{_SCALE_WORD})
      | (?:{_NUMBER_WORD})
    )
    (?:
        [\s-]+(?:{_NUMBER_WORD}|{_SCALE_WORD})
      | \s+and\s+a\s+(?:half|quarter)
      | (?<=hundred)\s+and\s+(?:{_NUMBER_WORD})
    )*
"""


@functools.cache  # the one-group pattern is compiled when first asked for (10-20 ms)
def _quantity_pattern(spaced_groups: int) -> re.Pattern[str]:
    """The quantity pattern; ``spaced_groups``: how many groups of three digits after a plain
    space make one number. Two ("3 000 000") by default: with one, "on June 3 200 protesters"
    would read as 3,200. compare_quantities tries one where that reconciles the two sides."""
    # A number may follow another after a dash or a colon: a range, a score or a ratio ("5-12",
    # "2-1", "2:1" are two numbers each; "2:30" is a time).
    return re.compile(
        rf"""
        (?:(?<![\w.:-])|(?<=(?<![\w.:,-])\d[-–:])|(?<=(?<![\w.:,-])\d\d[-–:])|(?<=(?<![\w.:,-])\d\d\d[-–:]))
        (?P<currency>[$€£])?\s?
        (?:
            (?P<time>\d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\b\.?)?|\d{{1,2}}\s?[ap]\.?m\b\.?
                |\d{{1,2}}\.\d{{2}}(?=\s?(?:[ap]\.?m\b|{_CLOCK_WORD})))
          |
            '?(?P<decade>\d{{4}}|\d{{2}})[’']?s
          |
            (?P<ordinal>\d+)(?:st|nd|rd|th)
          |
            (?P<digits>
                \d{{1,3}}(?:[\s-]\d/\d(?![\d/])|[\s-]?[½¼¾])
              | \d/\d(?![\d/])
              | [½¼¾]
              |                \d{{1,3}},\d{{1,2}}(?=\s?(?:{_SCALE_WORD}|%|per\s?cent))
              | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
              | \d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}}(?!\d))+
              | \d{{1,3}}(?:\ \d{{3}}(?!\d)){{{spaced_groups},}}
              | \d{{1,3}}(?:\.\d{{3}}(?!\d)){{2,}}
              | \d+(?:\.\d+)?
            )
            (?:\s?(?P<dscale>{_SCALE_WORD}|bn|mn|mln|k|m)(?![A-Za-z²]))?
          |
            (?P<vague>(?:tens|hundreds|dozens)\s+of\s+
                (?:dozens|hundreds|thousands|millions|billions|trillions)
              | (?:dozens|hundreds|thousands|millions|billions|trillions)(?=\s+of\b))
          |
            (?P<words>{_WORD_RUN})
        )
        (?:[\s-]?(?P<unit>{_UNIT_WORD}|%)(?![a-z]))?
        (?![A-Za-z0-9])(?!-\d\d-\d)
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_QUANTITY = _quantity_pattern(2)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_TENS_WORD = "twenty|thirty"
# An ordinal in words is a quantity where it dates something: "the third century", "November
# first", "the twenty-first of May". Elsewhere ("for the first time", "the second reason") it
# orders, and a translation may say it another way.
_MONTH_NAMES = "|".join(m.capitalize() for m in _MONTHS)
_DATED_ORDINAL = re.compile(
    rf"""(?:\b(?P<month>{_MONTH_NAMES})\s+)?
    \b(?P<ordinal>(?:(?:twenty|thirty)[\s-])?(?:{_ORDINAL_WORD}))\b
    (?P<dated>[\s-]+(?:century|centuries|millennium)\b|\s+of\s+(?:{_MONTH_NAMES})\b)?""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE = re.compile(
    r"\b(" + "|".join(_MONTHS + _WEEKDAYS + sorted(_MONTH_ALIASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# "one" as a pronoun, not a count: "one of the suppliers", "one another", "no one"; the generic
# person before a modal ("one must understand", "if one were to eclipse it": "you", "we" in
# another rendering); the word that stands for a noun after an article and an adjective ("a
# young one"); a whole made of parts ("they will merge into one", "acting as one").
_PRONOUN_ONE_AFTER = re.compile(
    r"one\s+(?:of|another|who|which|that|day|else|by\s+one)\b|one[’']s\b"
    r"|one\s+(?:must|can|cannot|could|should|would|might|may|were\s+to)\b",
    re.IGNORECASE,
)
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:no|any|every|each|some|which|this|that|the)\s+$"
    r"|\b(?:a|an)\s+[a-z]+\s+$",
    re.IGNORECASE,
)
_WHOLE_ONE_BEFORE = re.compile(r"\b(?:into|as)\s+$", re.IGNORECASE)


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """Whether the "one" at ``start``-``end`` stands for a person or a thing rather than counting
    one: nothing counted follows a whole made of parts ("merge into one", not "into one firm")."""
    return bool(
        _PRONOUN_ONE_AFTER.match(text, start)
        or _PRONOUN_ONE_BEFORE.search(text, 0, start)
        or (_WHOLE_ONE_BEFORE.search(text, 0, start) and not re.match(r"\s*[\w-]", text[end:]))
    )


_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|of|since|until|till|by|from|through|to|last|next|early|late|mid|this|that|each|"
    r"every|before|after|during|between|and|or)[\s-]+$",
    re.IGNORECASE,
)


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
        return re.sub(r"[\s\u200b-]+", " ", _DROPPED.sub("", self.text.lower())).strip()

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def key(self) -> tuple[float | str, str | None]:
        """What must match on the other side: the amount *and* its unit (5 km is not 5 miles)."""
        return (self.value, self.unit)


def _word_value(phrase: str) -> float | None:
    """The value of a number in words, scales applied left to right as a reader does."""
    total = current = 0.0
    seen = False
    for part in re.split(r"[\s-]+", phrase.lower()):
        if part in ("a", "an", "and", "of"):
            continue
        if part in _FRACTIONS:
            current += _FRACTIONS[part]
        elif part in _WORDS:
            current += _WORDS[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in _SCALES:
            total += (current or 1) * _SCALES[part]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


# Thousands separators: comma, the no-break spaces and thin space of SI and French typography,
# a plain space, and (in "3.000.000", at least two groups) the continental full stop.
_GROUPED_BY_DOT = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_SEPARATORS = re.compile(r"[,\s]")


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


_FRACTION_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_MIXED = re.compile(r"(?:(\d+)[\s-]?)?(\d/\d|[½¼¾])")


def _digits_value(digits: str) -> float:
    if "/" in digits or digits[-1] in _FRACTION_SIGNS:
        # "2 1/2", "1/2", "3½": a whole number and a fraction.
        mixed = _MIXED.fullmatch(digits)
        whole, part = (mixed.group(1), mixed.group(2)) if mixed else ("", "0/1")
        if part in _FRACTION_SIGNS:
            fraction = _FRACTION_SIGNS[part]
        else:
            top, bottom = part.split("/")
            fraction = int(top) / int(bottom) if int(bottom) else 0.0
        return (int(whole) if whole else 0) + fraction
    if _GROUPED_BY_DOT.fullmatch(digits):
        digits = digits.replace(".", "")
    if _DECIMAL_COMMA.fullmatch(digits):
        return float(digits.replace(",", "."))  # "3,5 million": the continental decimal comma
    return float(_SEPARATORS.sub("", digits))


def _time_value(text: str) -> str:
    """A clock time as 24-hour "HH:MM", so "3:30 p.m." and "15:30" compare equal."""
    clock = re.match(r"(\d+)[:.]?(\d*)", text)
    hour, minutes = (int(clock.group(1)), clock.group(2)) if clock else (0, "")
    meridiem = re.search(r"([ap])\.?m", text, re.IGNORECASE)
    if meridiem and meridiem.group(1).lower() == "p" and hour < 12:
        hour += 12
    if meridiem and meridiem.group(1).lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minutes or '00'}"


# Invisible characters that a copy-paste or a CMS leaves inside numbers and number words. A
# zero-width space stands where a space may break, so it reads as a space ("three\u200bmillion",
# "3\u200b000\u200b000"); the others join or hint and are dropped.
_ZERO_WIDTH_SPACE = "\u200b"
_DROPPED = re.compile("[\u00ad\u200c\u200d\u2060\ufeff]")


def extract_quantities(text: str, *, spaced: bool = False) -> list[Quantity]:
    """Every quantity in ``text`` in order, each with its span in ``text`` as given.

    ``spaced``: read "120 000" (one group of three digits after a plain space) as one number;
    by default only two or more groups ("3 000 000") are, or a no-break or thin space.
    """
    pattern = _quantity_pattern(1) if spaced else _QUANTITY
    if _ZERO_WIDTH_SPACE not in text and _DROPPED.search(text) is None:
        return _extract(text, pattern)  # the common case
    folded = text.replace(_ZERO_WIDTH_SPACE, " ")  # same length: offsets stay valid
    if _DROPPED.search(folded) is None:
        return [
            replace(q, text=text[q.start : q.start + len(q.text)])
            for q in _extract(folded, pattern)
        ]
    # Drop the joiners, and map each quantity's span back onto the text as given.
    kept = [i for i, char in enumerate(folded) if not _DROPPED.match(char)]
    clean = "".join(folded[i] for i in kept)
    found = []
    for quantity in _extract(clean, pattern):
        start, last = (
            kept[quantity.start],
            kept[quantity.start + len(quantity.text) - 1],
        )
        found.append(replace(quantity, text=text[start : last + 1], start=start))
    return found


def _extract(text: str, pattern: re.Pattern[str]) -> list[Quantity]:
    found: list[Quantity] = []
    for match in pattern.finditer(text):
        value: float | str | None
        unit_word = (match.group("unit") or "").lower()
        unit = _UNITS.get(unit_word) or (_UNITS.get(match.group("currency") or "") or None)
        counted_from: int | None = match.end()
        if match.group("time"):
            value, unit = _time_value(match.group("time")), "time"
        elif match.group("decade"):
            value, unit = match.group("decade") + "s", "decade"
        elif match.group("ordinal"):
            value, unit = float(match.group("ordinal")), "ordinal"
        elif match.group("digits"):
            value = _digits_value(match.group("digits"))
            scale = (match.group("dscale") or "").lower()
            if scale == "m" and not match.group("currency"):
                unit = unit or "m"  # "3m" is three metres; "$3m" three million dollars
                scale = ""
            value *= _SCALES.get(scale, 1.0)
        elif match.group("vague"):
            value = re.sub(r"\s+", " ", match.group("vague").lower())
            # "thousands of [shells]"; "tens of thousands marched" counts no noun of its own.
            of = re.match(r"\s+of\b", text[match.end() :])
            counted_from = match.end() + of.end() if of else None
        else:
            words = match.group("words")
            if words.lower() == "one" and _pronoun_one(
                text, match.start("words"), match.end("words")
            ):
                continue  # "one of the suppliers", "no one": a pronoun, not an amount
            value = _word_value(words)
        if value is None:
            continue
        span = match.group(0).strip()
        if unit_word in _BARE_DEGREES and not re.search(r"\d[CF]$", span):
            # Only a capital right after the number is a temperature ("40C"); "40 F-35s",
            # "Group 40 C" and "2 c." are numbers alone.
            unit = None
            span = match.group(0)[: match.start("unit") - match.start()].strip(" -")
        start = match.start() + match.group(0).index(span[0]) if span else match.start()
        year_like = (
            isinstance(value, float)
            and unit is None
            and re.fullmatch(r"1[89]\d\d|20\d\d", span) is not None
        )
        found.append(
            Quantity(
                value=round(value, 6) if isinstance(value, float) else value,
                unit=unit,
                text=span,
                start=start,
                # A year counts nothing: "In 2022 Russia invaded" is not 2022 of anything.
                counted=None
                if year_like or unit == "time" or counted_from is None
                else _counted(text, counted_from),
            )
        )
    for match in _DATED_ORDINAL.finditer(text):
        month = match.group("month")
        if not (match.group("dated") or (month and month[0].isupper())):
            continue
        # "twenty-first" read as "twenty" before: the ordinal is the quantity.
        found = [
            q
            for q in found
            if q.start + len(q.text) <= match.start("ordinal") or q.start >= match.end("ordinal")
        ]
        phrase = match.group("ordinal")
        value = sum(
            _ORDINAL_WORDS.get(part, _WORDS.get(part, 0))
            for part in re.split(r"[\s-]+", phrase.lower())
        )
        found.append(
            Quantity(
                value=float(value),
                unit="ordinal",
                text=phrase,
                start=match.start("ordinal"),
                counted=_counted(text, match.end("ordinal")),
            )
        )
    for match in _DATE.finditer(text):
        word = match.group(1)
        if word[0].islower():
            continue  # "march on", "may also": month names are capitalised in English
        lowered = word.lower()
        if lowered in _MONTH_ALIASES and not re.match(r"\.|\s+\d", text[match.end() :]):
            continue  # "Jan" without a dot or a day is more likely a name than January
        if lowered == "may" and not _looks_like_month(text, match.start()):
            continue
        name = _MONTH_ALIASES.get(lowered, lowered)
        found.append(Quantity(value=name, unit="date", text=word, start=match.start()))
    # "the 28th (Tue)": a weekday abbreviated in parentheses, as dates are written in news.
    for match in _WEEKDAY_SHORT.finditer(text):
        name = _WEEKDAY_ALIASES[match.group(1).lower()]
        found.append(Quantity(value=name, unit="date", text=match.group(1), start=match.start(1)))
    # "in his fifties" is "in his 50s".
    for match in _DECADE_WORD.finditer(text):
        value = f"{_WORDS[match.group(2).lower()[:-3] + 'y']}s"
        found.append(
            Quantity(value=value, unit="decade", text=match.group(2), start=match.start(2))
        )
    found.sort(key=lambda q: q.start)
    return found


_WEEKDAY_ALIASES = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip
_WEEKDAY_SHORT = re.compile(r"\((" + "|".join(_WEEKDAY_ALIASES) + r")\.?\)", re.IGNORECASE)
_DECADE_WORD = re.compile(
    r"\b(his|her|their|the|early|mid|late)[\s-]+"
    r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)


_HEAD_STOP = set(
    "of to in on at by for with from and or but as that which who than per each a an the was "
    "were is are had has have be been will would could may might said after before since until "
    "during while when where if into onto over under about against between through across last "
    "next this these those its their his her our your my every all some any both more most other "
    "such no not".split()
)
# Verbs that often follow a count and would otherwise be read as what is counted
# ("one man died", "1,000 containers sent").
_VERBISH = set(
    "say says said tell tells told die dies died live lives need needs want wants remain remains "
    "flee fled go goes went come comes came leave leaves left make makes made take takes took "
    "get gets got do does did rise rises rose fall falls fell grow grows grew send sends sent "
    "hold holds held keep keeps kept fight fights fought bring brings brought buy buys bought "
    "win wins won lose loses lost hit hits shoot shoots shot put puts set sets cut cuts run "
    "runs ran see sees saw give gives gave begin begins began know knows knew think thinks "
    "thought find finds found stand stands stood build builds built pay pays paid meet meets met "
    "lead leads led spend spends spent sell sells sold strike strikes struck can must should "
    "also still now then".split()
)


def _counted(text: str, end: int) -> str | None:
    """The head noun after a quantity: the last noun of the phrase that follows it.

    The phrase runs over adjectives, other amounts and names ("3 million 152mm artillery
    shells", "3 Russian soldiers") and ends at a function word, punctuation or a verb. Names
    and month names are never the head: "18 June" counts nothing.
    """
    hyphenated = re.match(r"-([A-Za-z]+)", text[end:])
    if hyphenated:
        word = hyphenated.group(1).lower()
        return None if word in _DATE_WORDS or word in _UNITS else word  # "two-day" → "day"
    words = re.match(r"((?:\s+[\w’'-]+){1,4})", text[end:])
    if not words:
        return None
    head = None
    after_name = plural = False
    for word in words.group(1).split():
        lowered = word.lower()
        if not lowered[0].isalpha():
            if head is None:
                continue  # a second quantity or unit ("3 million 152mm shells")
            break
        if lowered in _HEAD_STOP or lowered in _VERBISH or lowered in _DATE_WORDS:
            break
        if plural and not looks_plural(lowered):
            break  # "shells explode", "billion years pass": a plural noun ends the phrase
        if lowered in _UNITS or lowered in _SCALES:
            plural = lowered in _UNITS and looks_plural(lowered)
            continue
        if word[0].isupper():
            after_name = True  # "3 Russian soldiers": a name qualifies, it is not the head
            continue
        if re.search(r"(?:ed|ing)$", lowered) and len(lowered) > 4 and (head or after_name):
            break  # "shells fired every day": the verb ends the phrase
        head = lowered
        plural = looks_plural(lowered)
    return head


def looks_plural(word: str) -> bool:
    """An English plural by its ending ("shells", not "pass", "bus" or "crisis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _same_head(left: str | None, right: str | None) -> bool:
    if left is None or right is None:
        return True
    return left.rstrip("s") == right.rstrip("s")


def _looks_like_month(text: str, start: int) -> bool:
    """A capitalised "May" is a month before a day or year, after a digit ("5 May") or after a
    word that introduces a date ("in May", "early May", "April and May"); otherwise it is the
    modal verb at a sentence start or a surname ("Theresa May")."""
    after = text[start + 3 : start + 9]
    before = text[max(0, start - 12) : start]
    return bool(
        re.match(r"\s+\d", after)
        or re.search(r"\d\s+$", before)
        or _MONTH_PREPOSITION.search(before)
    )


@dataclass(frozen=True)
class QuantityDiff:
    only_a: tuple[Quantity, ...]
    only_b: tuple[Quantity, ...]
    reworded: tuple[tuple[Quantity, Quantity], ...]
    recounted: tuple[tuple[Quantity, Quantity], ...] = ()  # same amount of a different thing


def compare_quantities(a: str, b: str) -> QuantityDiff:
    """Amounts on one side only, and equal amounts written another way.

    Two amounts match when value *and* unit agree: "152mm" = "152 millimeter", but "5 km" is
    not "5 miles" and "$5 million" is not "5 million" (the currency went missing).
    """
    diff = _compare(a, b, extract_quantities(a), extract_quantities(b))
    if (diff.only_a or diff.only_b) and (_SPACED_GROUP.search(a) or _SPACED_GROUP.search(b)):
        # "120 000" on one side may be "120,000" on the other: read plain-space groups as one
        # number where that leaves fewer amounts unmatched.
        spaced = _compare(
            a, b, extract_quantities(a, spaced=True), extract_quantities(b, spaced=True)
        )
        if len(spaced.only_a) + len(spaced.only_b) < len(diff.only_a) + len(diff.only_b):
            return spaced
    return diff


_SPACED_GROUP = re.compile(r"\d \d{3}(?!\d)")


def _compare(a: str, b: str, left: list[Quantity], right: list[Quantity]) -> QuantityDiff:
    unmatched_b = list(right)
    only_a: list[Quantity] = []
    reworded: list[tuple[Quantity, Quantity]] = []
    recounted: list[tuple[Quantity, Quantity]] = []
    words_a, words_b = (
        set(re.findall(r"\w+", a.lower())),
        set(re.findall(r"\w+", b.lower())),
    )
    for quantity in left:
        partner = next((q for q in unmatched_b if _same_amount(q, quantity)), None)
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
    # A repeated amount ("3 million ... 3 million") matched once each side is not a change,
    # whichever side repeats it.
    counts_a, counts_b = Counter(q.key for q in left), Counter(q.key for q in right)
    # "2nd base" / "second base": an ordinal in digits is the ordinal word on the other side,
    # wherever it stands (only dates make the word itself a quantity).
    ordinals_a, ordinals_b = _ordinal_words(a), _ordinal_words(b)
    rest_a = [q for q in only_a if not (q.unit == "ordinal" and q.value in ordinals_b)]
    rest_b = [q for q in unmatched_b if not (q.unit == "ordinal" and q.value in ordinals_a)]
    # "These two black holes" / "Both black holes", "a pair of shoes" / "two shoes": a two the
    # other side says in a word that means two.
    rest_a = [q for q in rest_a if not (_bare_two(q) and _TWO_WORDS & (words_b - words_a))]
    rest_b = [q for q in rest_b if not (_bare_two(q) and _TWO_WORDS & (words_a - words_b))]
    # "one step closer" / "a step closer": the article counts one of the same thing.
    rest_a = [q for q in rest_a if not _one_as_article(q, b)]
    rest_b = [q for q in rest_b if not _one_as_article(q, a)]
    # "half of the voters" / "50 percent of the voters": a share in words is a percentage;
    # "a decade" / "ten years": a span in words is its years.
    for side, other_side, worded in (
        (rest_a, rest_b, _word_amounts(a)),
        (rest_b, rest_a, _word_amounts(b)),
    ):
        for amount in worded:
            partner = next((q for q in other_side if _same_word_amount(q, amount)), None)
            if partner is None:
                continue
            other_side.remove(partner)
            # Its count is no amount of its own: "two-thirds" / "67 percent" drops no "two".
            side[:] = _outside(side, [amount])
            pair = (amount, partner) if side is rest_a else (partner, amount)
            reworded.append(pair)
    _count_shares(a, b, rest_a, rest_b, reworded)
    return QuantityDiff(
        only_a=_unrepeated(rest_a, counts_b, [q for q in rest_b if counts_a[q.key] == 0]),
        only_b=_unrepeated(rest_b, counts_a, [q for q in rest_a if counts_b[q.key] == 0]),
        reworded=tuple(reworded),
        recounted=tuple(recounted),
    )


_TWO_WORDS = frozenset({"both", "pair"})


def _outside(quantities: list[Quantity], wholes: list[Quantity]) -> list[Quantity]:
    """The quantities that start inside none of ``wholes`` (a share's count, "two" of
    "two-thirds", is part of the share)."""
    return [q for q in quantities if not any(w.start <= q.start < w.end for w in wholes)]


def _count_shares(
    a: str,
    b: str,
    rest_a: list[Quantity],
    rest_b: list[Quantity],
    reworded: list[tuple[Quantity, Quantity]],
) -> None:
    """Adds to ``rest_a`` and ``rest_b`` (each side's unmatched amounts) the shares in words
    that no amount explains, where the other side states a share instead: the same share on
    both sides ("one half" / "half") is no change, and its count no amount of its own."""
    shares_a, shares_b = _unexplained_shares(a, reworded, 0), _unexplained_shares(b, reworded, 1)
    for share in list(shares_a):
        same = next((q for q in shares_b if _same_word_amount(q, share)), None)
        if same is not None:
            shares_a.remove(share)
            shares_b.remove(same)
            rest_a[:] = _outside(rest_a, [share])
            rest_b[:] = _outside(rest_b, [same])
    for side, shares, other, other_shares in (
        (rest_a, shares_a, rest_b, shares_b),
        (rest_b, shares_b, rest_a, shares_a),
    ):
        if shares and (other_shares or any(q.unit == "%" for q in other)):
            side[:] = sorted(_outside(side, shares) + shares, key=lambda q: q.start)


def _unexplained_shares(
    text: str, reworded: list[tuple[Quantity, Quantity]], side: int
) -> list[Quantity]:
    """The shares in words ("a quarter", "two-thirds") that no amount of the other side
    explains. They count as amounts only against a share the other side states instead ("a
    quarter point" / "half a point", "a third of voters" / "40 percent of voters"): alone, a
    share word is as often no amount at all ("the first half of the match")."""
    explained = {pair[side].start for pair in reworded}
    return [share for share in _shares(text) if share.start not in explained]


def _bare_two(quantity: Quantity) -> bool:
    return quantity.value == 2 and quantity.unit is None


def _one_as_article(quantity: Quantity, other: str) -> bool:
    """A "one" whose counted noun the other side names after "a" or "an" (a word or two of
    its own may stand between): "one antibody cocktail" / "an antibody cocktail"."""
    if quantity.text.lower() != "one" or quantity.unit is not None or not quantity.counted:
        return False
    noun = re.escape(quantity.counted)
    article = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{noun}\b"
    return re.search(article, other, re.IGNORECASE) is not None


def _unrepeated(
    unmatched: list[Quantity], counts_other: Counter[Any], across: list[Quantity]
) -> tuple[Quantity, ...]:
    """The unmatched amounts that are changes. A repeat of an amount the other side has too
    ("3 million ... 3 million" / "3 million") is none, unless an unmatched amount stands across
    from it ("iPhone 6 and 6 Plus" / "iPhone 6 and 7 Plus": the second 6 became a 7)."""
    kept = [q for q in unmatched if counts_other[q.key] == 0]
    repeats = [q for q in unmatched if counts_other[q.key] > 0]
    kept += repeats[: max(0, len(across) - len(kept))]
    return tuple(sorted(kept, key=lambda q: q.start))


# A share written in words, as a percentage. "half" stands alone; the others need their count,
# since "the third day" and "the second quarter" are an ordinal and a period of the year.
_SHARE = re.compile(
    r"(?<![\w-])(?:(?P<count>a|an|one|two|three|four)[\s-]+)?"
    r"(?P<part>half|quarters?|thirds?|fifths?|tenths?)(?![\w-])",
    re.IGNORECASE,
)
_SHARE_PARTS = {"half": 50.0, "quarter": 25.0, "third": 100 / 3, "fifth": 20.0, "tenth": 10.0}
_SHARE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _shares(text: str) -> list[Quantity]:
    """The shares written in words, as percentages ("two-thirds": 66.7 %)."""
    found = []
    for match in _SHARE.finditer(text):
        part = match.group("part").lower().removesuffix("s")
        count = match.group("count")
        if count is None and part != "half":
            continue
        # Whole percentages: "a third" is written "33%" far more often than "33.3%".
        percent = float(round(_SHARE_COUNTS[(count or "one").lower()] * _SHARE_PARTS[part]))
        found.append(Quantity(percent, "%", text=match.group(0), start=match.start()))
    return found


# A span of time in one word, in the units a translation spells it out in.
_SPANS = {
    "decade": (10.0, "year"),
    "century": (100.0, "year"),
    "centurie": (100.0, "year"),  # "centuries" less its "s", as _in_base_units tries it
    "millennium": (1000.0, "year"),
    "millennia": (1000.0, "year"),
    "fortnight": (14.0, "day"),
    "week": (7.0, "day"),
}
_SPAN = re.compile(
    r"(?<![\w-])(?:half\s+a|a|an|one|the\s+(?:past|last|previous|next|coming|following))"
    r"\s+(?:half\s+)?"
    r"(?P<span>decade|century|millennium|fortnight|week)(?![\w-])",
    re.IGNORECASE,
)


def _word_amounts(text: str) -> list[Quantity]:
    """Amounts in words that :func:`extract_quantities` does not read: shares ("two-thirds",
    as a percentage) and spans of time ("a decade": one decade)."""
    spans = [
        Quantity(
            0.5 if "half" in m.group(0).lower() else 1.0,
            None,
            text=m.group(0),
            start=m.start(),
            counted=m.group("span").lower(),
        )
        for m in _SPAN.finditer(text)
    ]
    return sorted(_shares(text) + spans, key=lambda q: q.start)


def extract_amounts(text: str) -> list[Quantity]:
    """:func:`extract_quantities` and the amounts in words ("half", "two-thirds", as
    percentages; "a decade"), in order: every amount a reader would compare. A share holds its
    count ("two" in "two-thirds"); an amount holds a share of its own ("half a million")."""
    quantities = extract_quantities(text)
    words = _word_amounts(text)

    def inside(inner: Quantity, outer: Quantity) -> bool:
        return outer.start <= inner.start and inner.end <= outer.end

    def overlap(x: Quantity, y: Quantity) -> bool:
        return x.start < y.end and y.start < x.end

    quantities = [q for q in quantities if not any(inside(q, w) for w in words)]
    words = [w for w in words if not any(overlap(w, q) for q in quantities)]
    return sorted(quantities + words, key=lambda q: q.start)


def amount_spans(text: str) -> list[tuple[int, int]]:
    """Where :func:`extract_amounts` reads an amount, each span running on to the end of its
    compound ("72-year-old", "152mm-calibre"): the words a reader takes as the amount."""
    spans = []
    for amount in extract_amounts(text):
        end = amount.end
        while end < len(text) and not text[end].isspace() and text[end] not in ",;:!?)":
            end += 1
        spans.append((amount.start, end))
    return spans


def _same_word_amount(quantity: Quantity, word: Quantity) -> bool:
    """A percentage that a share in words rounds to ("a third" / "33%", and "a third" /
    "thirty percent": a share in words is a round figure, and translators round it either
    way), or a span in other units ("a decade" / "ten years")."""
    if word.unit == "%":
        return (
            quantity.unit == "%"
            and isinstance(quantity.value, float)
            and isinstance(word.value, float)
            and abs(quantity.value - word.value) < 4
        )
    span = _in_base_units(word)
    return quantity.unit is None and span is not None and _in_base_units(quantity) == span


def _in_base_units(quantity: Quantity) -> tuple[float, str] | None:
    """A span of time in years or days ("two decades": 20 years), if it is one."""
    if not isinstance(quantity.value, float) or not quantity.counted:
        return None
    noun = quantity.counted.lower()
    for unit in (noun, noun.removesuffix("s")):
        if unit in _SPANS:
            factor, base = _SPANS[unit]
            return quantity.value * factor, base
        if unit in ("year", "day"):
            return quantity.value, unit
    return None


def _ordinal_words(text: str) -> set[float]:
    return {
        float(_ORDINAL_WORDS[w]) for w in re.findall(r"[a-z]+", text.lower()) if w in _ORDINAL_WORDS
    }


# Units a translation converts to its readers' ("40C" / "104 degrees Fahrenheit", "100 km" /
# "62 miles"): how many of the second make one of the first.
_CONVERSIONS = {
    ("km", "mi"): 1 / 1.609344,
    ("m", "ft"): 1 / 0.3048,
    ("km²", "mi²"): 1 / 2.589988,
    ("ha", "acre"): 2.471054,
}
# Converted figures are rounded: within this share of each other they are the same amount.
_ROUNDING = 0.03


def _converted(left: Quantity, right: Quantity) -> bool:
    """The same amount in another system of units, rounded ("40C" / "104F", "10 km" /
    "6.2 miles")."""
    if not (isinstance(left.value, float) and isinstance(right.value, float)):
        return False
    values = {left.unit: left.value, right.unit: right.value}
    if set(values) == {"°C", "°F"}:
        return abs(values["°C"] * 9 / 5 + 32 - values["°F"]) <= 1.5
    for (first, second), factor in _CONVERSIONS.items():
        if set(values) == {first, second}:
            expected = values[first] * factor
            return expected > 0 and abs(values[second] - expected) <= _ROUNDING * expected
    return False


def _same_amount(left: Quantity, right: Quantity) -> bool:
    """Value and unit agree; a day written as an ordinal ("June 20th") is the plain number
    ("June 20"); "the 1800s" is "the 19th century"; the same amount in converted units."""
    if left.key == right.key or _converted(left, right):
        return True
    if left.unit == right.unit == "decade":
        # "the 1990s" / "the nineties", "the '90s": the century goes without saying.
        short, full = sorted((str(left.value), str(right.value)), key=len)
        return len(short) == 3 and len(full) == 5 and full.endswith(short)
    span = _in_base_units(left)
    if span is not None and span == _in_base_units(right) and left.unit == right.unit:
        return True  # "two decades" / "20 years"
    if left.value == right.value and {left.unit, right.unit} == {"ordinal", None}:
        return True
    decade, ordinal = (left, right) if left.unit == "decade" else (right, left)
    return (
        decade.unit == "decade"
        and ordinal.unit == "ordinal"
        and ordinal.counted in ("century", "centuries")
        and re.fullmatch(r"\d\d00s", str(decade.value)) is not None
        and int(str(decade.value)[:2]) + 1 == ordinal.value
    )


# An identifier with digits in it: "802.11g", "Covid-19", "F-16", "MH17", "A320".
_CODE = re.compile(r"(?<![\w.-])(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[A-Za-z\d]+(?:[.-][A-Za-z\d]+)*")


def changed_codes(a: str, b: str) -> list[tuple[str, str]]:
    """Identifiers whose letters stay and whose digits changed ("802.11g" / "802.22g",
    "Covid-19" / "Covid-93", "F-16" / "F-35"): the amounts check does not read their digits,
    but another number in a name is another thing. Hyphens, dots and case are spelling
    ("MH17" / "MH-17")."""

    def folded(code: str) -> str:
        return re.sub(r"[.-]", "", code.lower())

    def skeleton(code: str) -> str:
        return re.sub(r"\d+", "#", folded(code))

    def codes(text: str) -> dict[str, str]:
        # "10th", "1990s", "3pm", "5km" are amounts, which the amounts check reads.
        return {
            folded(c): c
            for c in _CODE.findall(text)
            if not any(q.text == c for q in extract_quantities(c))
        }

    codes_a, codes_b = codes(a), codes(b)
    only_b = [c for f, c in codes_b.items() if f not in codes_a]
    found = []
    for key, code in codes_a.items():
        if key in codes_b:
            continue
        partner = next((c for c in only_b if skeleton(c) == skeleton(code)), None)
        if partner is not None:
            only_b.remove(partner)
            found.append((code, partner))
    return found


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
