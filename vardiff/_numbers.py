"""Quantities in text, normalised so that the same amount written two ways compares equal.

"3 million" = "three million" = "3,000,000"; "500,000" = "half a million"; "2.5 million" =
"two and a half million"; "152mm" = "152 millimeter" = "152-millimeter"; "10%" = "ten percent";
"3:30 p.m." = "15:30" = "half past three in the afternoon"; "noon" = "12 pm". Month and weekday
names, decades ("the 1990s") and ordinals ("21st") count as quantities too, since a changed date
is a changed fact; a date in digits is its day, month and year ("3/3/2021" = "3 March 2021",
"3/4/2021" read either way round where the other side says which). Vague amounts ("dozens",
"several thousand") span a range: "dozens" = "scores of", "hundreds" = "more than 100", but
"dozens" / "hundreds" and "dozens" / "2,000" differ. Every quantity keeps the exact span it was
read from, so a finding can quote it, and the head noun of what it counts ("shells" in "3 million
152mm artillery shells"), so that the same amount of a different thing can be told apart.

Not quantities: the digits of identifiers and codes ("Hwasong-11A", "F-16", "G7"), date stamps
of metadata ("Updated 2024-06-18", which the artifact check reports), the pronoun "one" ("one of
the suppliers", "no one", "one must", "a safer one", "merge into one"), and month names that are
something else ("may" the verb, "march" the verb).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import combinations, pairwise
from typing import Any

from ._artifacts import _METADATA

__all__ = [
    "FRACTION_PARTS",
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "TIME_UNITS",
    "VERSION",
    "YEARS_OLD",
    "Quantity",
    "QuantityDiff",
    "amount_spans",
    "changed_codes",
    "compare_quantities",
    "extract_amounts",
    "extract_quantities",
    "frequencies",
    "is_amount_word",
    "looks_plural",
    "ordinal_value",
    "ordinals_in_words",
    "other_size",
    "rank_in_words",
    "relative_offsets",
    "roman_value",
    "span_of_time",
    "time_spans",
    "unit_spellings",
    "vague_range",
    "versions",
    "way_before",
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
    "mi": "mi",
    "ft": "ft",
    "foot": "ft",
    "feet": "ft",
    "inch": "in",
    "inches": "in",
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
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "g": "g",  # in lower case only ("800g", "800 g"; "5G" is a network's generation)
    "gram": "g",
    "grams": "g",
    "gramme": "g",
    "grammes": "g",
    "ml": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "milliliter": "ml",
    "milliliters": "ml",
    "litre": "l",
    "litres": "l",
    "liter": "l",
    "liters": "l",
    # Flows: "6.5 l/min" / "6.5 litres per minute" (a pump's or a tap's).
    "l/min": "l/min",
    "litres per minute": "l/min",
    "liters per minute": "l/min",
    "litres a minute": "l/min",
    "liters a minute": "l/min",
    # Speeds: "160 km/h" / "160 kilometres per hour" (read as kilometres, a speed and a
    # distance would be one).
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "kilometers an hour": "km/h",
    "mph": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    # Power and energy: "1,600 MW" / "1,600 megawatts", "100 kWh" / "100 kilowatt hours".
    "kw": "kW",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "mw": "MW",
    "megawatt": "MW",
    "megawatts": "MW",
    "gw": "GW",
    "gigawatt": "GW",
    "gigawatts": "GW",
    "wh": "Wh",
    "watt hour": "Wh",
    "watt hours": "Wh",
    "watt-hour": "Wh",
    "watt-hours": "Wh",
    "kwh": "kWh",
    "kilowatt hour": "kWh",
    "kilowatt hours": "kWh",
    "kilowatt-hour": "kWh",
    "kilowatt-hours": "kWh",
    "mwh": "MWh",
    "megawatt hour": "MWh",
    "megawatt hours": "MWh",
    "megawatt-hour": "MWh",
    "megawatt-hours": "MWh",
    "gwh": "GWh",
    "gigawatt hour": "GWh",
    "gigawatt hours": "GWh",
    "gigawatt-hour": "GWh",
    "gigawatt-hours": "GWh",
    "watt": "W",
    "watts": "W",
    "terawatt": "TW",
    "terawatts": "TW",
    "twh": "TWh",
    "terawatt hour": "TWh",
    "terawatt hours": "TWh",
    "terawatt-hour": "TWh",
    "terawatt-hours": "TWh",
    # An engine's power in the older unit: "300 kilowatts" / "about 400 horsepower".
    "horsepower": "hp",
    "hp": "hp",
    "ton": "t",
    "tons": "t",
    "tonne": "t",
    "tonnes": "t",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    # Points are no share: "34 percent" / "34 points" is another amount, while "three
    # percentage points" / "three points" is one difference of two percentages.
    "percentage points": "pt",
    "percentage point": "pt",
    "points": "pt",
    "point": "pt",
    "pts": "pt",
    # A hundredth of a percentage point: "25 basis points" / "a quarter of a point".
    "basis points": "bp",
    "basis point": "bp",
    "bps": "bp",
    "dollar": "USD",
    "dollars": "USD",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "£": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "eur": "EUR",
    "gbp": "GBP",
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
    # Degrees with no scale are the scale the other side names ("25 degrees" / "25 degrees
    # Celsius": _same_amount); an angle is in degrees on both sides.
    "degrees": "°",
    "degree": "°",
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
    # The Indian numbering system's scales: "5 lakh" is 500,000, "3 crore" 30 million.
    "lakh": 1e5,
    "crore": 1e7,
}
# Number words and the amount each says ("a" and "an" are one; names read them too).
NUMBER_WORDS = {
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
# How many parts a whole is cut into, by the word that names one part or several: "a third"
# is one of 3, "two fifths" two of 5 (the shares in words and the measures check read them).
FRACTION_PARTS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
    "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
# Month names in lower case, January first (the opposites and tense checks read them too).
MONTHS = (
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
_DATE_WORDS = frozenset(MONTHS) | frozenset(_WEEKDAYS) | frozenset(_MONTH_ALIASES)

_NUMBER_WORD = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
_SCALE_WORD = "hundred|thousand|million|billion|trillion|dozen|lakh|crore"
# After "12.00", what makes it a clock time and not an amount: a time zone or "hours".
_CLOCK_WORD = r"(?:GMT|UTC|CET|CEST|EET|EST|EDT|CST|PST|BST|MSK|h\b|hrs\b|hours\b|o'clock|local)"
_FRACTION_WORD = "half|quarter|third"
_UNIT_WORD = "|".join(
    sorted(
        (re.escape(u) for u in _UNITS if u not in {"$", "€", "£", "m", "g"}),
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
    # "2-1", "2:1" are two numbers each, and so is "10th-11th"; "2:30" is a time); a year may
    # follow a prefix of its part ("mid-2019", "pre-1990s", "post-2008"), which no code has.
    return re.compile(
        rf"""
        (?:(?<![\w.:-])|(?<=(?<![\w.:,-])\d[-–:])|(?<=(?<![\w.:,-])\d\d[-–:])|(?<=(?<![\w.:,-])\d\d\d[-–:])
            |(?<=(?<![\w.:,-])\d\.\d[-–])|(?<=(?<![\w.:,-])\d\.\d\d[-–])|(?<=(?<![\w.:,-])\d\d\.\d[-–])
            |(?<=\d(?:st|nd|rd|th)[-–])
            |(?<=(?<![\w-])[Mm]id-)|(?<=(?<![\w-])[Pp]re-)|(?<=(?<![\w-])[Pp]ost-)
            |(?<=(?<![\w-])[Ll]ate-)|(?<=(?<![\w-])[Ee]arly-))
        (?P<minus>(?:[-−]|\bminus\s+)(?=\d))?
        (?P<currency>[$€£]|US\$|\b(?:RMB|CNY|USD|EUR|GBP)\b)?\s?
        (?:
            (?P<time>\d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\b\.?)?|\d{{1,2}}\s?[ap]\.?m\b\.?
                |\d{{1,2}}\.\d{{2}}(?:\s?[ap]\.?m\b\.?|(?=\s?{_CLOCK_WORD})))
          |
            '?(?P<decade>\d{{4}}|\d{{2}})[’']?s
          |
            (?P<ordinal>\d+)(?:st|nd|rd|th)
          |
            (?P<digits>
                \d{{1,3}}(?:[\s-]\d/\d(?![\d/])|[\s-]?[½¼¾])
              | \d{{1,3}}\s+and\s+a\s+(?:half|quarter)(?![\w-])
              | \d/\d(?![\d/])
              | [½¼¾]
              |                \d{{1,3}},\d{{1,2}}(?=\s?(?:{_SCALE_WORD}|%|per\s?cent))
              | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
              | \d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}}(?!\d))+
              | \d{{1,3}}(?:\ \d{{3}}(?!\d)){{{spaced_groups},}}
              | \d{{1,3}}(?:\.\d{{3}}(?!\d)){{2,}}
              | \d+(?:\.\d+)?
            )
            (?:(?:\s?|-(?=(?:{_SCALE_WORD})(?![A-Za-z])))(?P<dscale>(?:lakh|crore)s|{_SCALE_WORD}|bn|mn|mln|k|m)(?![A-Za-z²]))?
          |
            (?P<vague>(?:tens|hundreds|dozens|scores)\s+of\s+
                (?:dozens|hundreds|thousands|millions|billions|trillions|lakhs|crores)
              | (?:several|a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of)\s+
                (?:dozen|hundred|thousand|million|billion|trillion)(?![\w-])
              | (?:dozens|hundreds|thousands|millions|billions|trillions|lakhs|crores)(?![\w-])
              | (?:scores|tens)(?=\s+of\b)
              | (?<!quite\s)(?:several|a\s+few|a\s+handful|a\s+couple(?=\s+of\b))(?![\w-]))
          |
            (?P<words>{_WORD_RUN})
        )
        (?:[\s-]?(?P<unit>{_UNIT_WORD}|%|(?<!\.\d\d)(?<!\.\d\d[\s-])(?-i:g))(?![a-z]))?
        (?![A-Za-z0-9])(?!-\d\d-\d)
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_QUANTITY = _quantity_pattern(2)
# Ordinals in words and the rank each says (the measures check reads ranks by them too).
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_ORDINAL_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# An ordinal in words is a quantity where it dates something: "the third century", "November
# first", "the twenty-first of May". Elsewhere ("for the first time", "the second reason") it
# orders, and a translation may say it another way.
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_DATED_ORDINAL = re.compile(
    rf"""(?:\b(?P<month>{_MONTH_NAMES})\s+)?
    \b(?P<ordinal>(?:(?:{_TENS_WORD})[\s-])?(?:{_ORDINAL_WORD}))\b
    (?P<dated>[\s-]+(?:century|centuries|millennium)\b|\s+of\s+(?:{_MONTH_NAMES})\b)?""",
    re.IGNORECASE | re.VERBOSE,
)
# A weekday in the plural is the same day, said of every week ("on Saturdays" / "Saturday, 9am
# to 1pm"): only weekdays end in "day" here, so only they take the "s".
_DATE = re.compile(
    r"\b(" + "|".join(MONTHS + _WEEKDAYS + sorted(_MONTH_ALIASES, key=len, reverse=True)) + r")"
    r"(?:(?<=day)s)?\b",
    re.IGNORECASE,
)
# A word of time right before a month or a weekday written in lower case: "last sept", "since
# june", "next monday" are dates; "march" or "may" alone are the verbs they also are.
_TIME_BEFORE = re.compile(r"\b(?:last|next|this|since|until|till|early|late|mid)[\s-]+\Z", re.I)
_LOWER_WORDS = frozenset({"march", "may", "mar"})
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
# One member of a group told apart from the rest, in the same sentence: "one in his fifties,
# and one in his sixties", "one part falls in, while the other part is seen". Each "one" picks
# a member out of a group the sentence counts otherwise ("Both cases", "their 50s and 60s");
# it counts nothing of its own. The first "one" of a pair of bare "one"s is followed by no
# noun it counts ("one goal and one assist" counts both); "the other" or "another" closes the
# pair either way.
_SENTENCE_REST = re.compile(r"[^.;!?]*")
_NEXT_MEMBER = re.compile(
    r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?:(?P<other>the\s+other|another)|one)\b",
    re.IGNORECASE,
)
# Not a share: "one in ten voters" counts.
_BARE_ONE_AFTER = re.compile(
    rf"\s*(?:,|in(?!\s+(?:\d|a|an|every|{_NUMBER_WORD})\b)|from|at|on|with|aged)(?!\w)",
    re.IGNORECASE,
)
_MEMBER_ONE_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+$", re.IGNORECASE)


def _distributive_one(text: str, start: int, end: int) -> bool:
    """Whether the "one" at ``start``-``end`` picks one member of a pair the sentence tells
    apart (see ``_NEXT_MEMBER``): the first "one", or the second after "and"."""
    rest = _SENTENCE_REST.match(text, end)
    following = text[end : rest.end() if rest else end]
    for member in _NEXT_MEMBER.finditer(following):
        if member.group("other") or _BARE_ONE_AFTER.match(text, end):
            return True
    before = text[:start]
    opening = max(before.rfind(mark) for mark in ".;!?")
    if not _MEMBER_ONE_BEFORE.search(before):
        return False
    earlier = re.search(r"\bone\b", before[opening + 1 :], re.IGNORECASE)
    return earlier is not None and bool(_BARE_ONE_AFTER.match(text, end))


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """Whether the "one" at ``start``-``end`` stands for a person or a thing rather than counting
    one: nothing counted follows a whole made of parts ("merge into one", not "into one firm")."""
    return bool(
        _PRONOUN_ONE_AFTER.match(text, start)
        or _PRONOUN_ONE_BEFORE.search(text, 0, start)
        or (_WHOLE_ONE_BEFORE.search(text, 0, start) and not re.match(r"\s*[\w-]", text[end:]))
        or _distributive_one(text, start, end)
    )


# Words that introduce a date: "in May", "since '98".
_DATE_INTRO = (
    r"in|of|since|until|till|by|from|through|to|last|next|early|late|mid|this|that|each|"
    r"every|before|after|during|between|and|or"
)
_MONTH_PREPOSITION = re.compile(rf"\b(?:{_DATE_INTRO})[\s-]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """An amount (or a date name) and the text it was read from."""

    value: float | str
    unit: str | None
    text: str
    start: int
    counted: str | None = None  # the head noun of what is counted: "shells" in "3 million shells"
    # The unit is said after a later amount of a list or a range ("60 million and 200 million
    # yuan"), not in ``text``.
    unit_shared: bool = False

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
    last_scale = 0.0
    seen = False
    for part in re.split(r"[\s-]+", phrase.lower()):
        if part in ("a", "an", "and", "of"):
            continue
        if part in _FRACTIONS and seen and not current and last_scale:
            # "a million and a half": half of the scale just read, not one half.
            total += _FRACTIONS[part] * last_scale
        elif part in _FRACTIONS:
            current += _FRACTIONS[part]
        elif part in NUMBER_WORDS:
            current += NUMBER_WORDS[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in _SCALES:
            total += (current or 1) * _SCALES[part]
            current, last_scale = 0.0, _SCALES[part]
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


_AND_A_PART = re.compile(r"(\d+)\s+and\s+a\s+(half|quarter)", re.IGNORECASE)


def _digits_value(digits: str) -> float:
    and_a_part = _AND_A_PART.fullmatch(digits)
    if and_a_part:  # "3 and a half", as "three and a half" is
        return int(and_a_part.group(1)) + _FRACTIONS[and_a_part.group(2).lower()]
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
    return _clock(hour, int(minutes or 0), meridiem.group(1).lower() if meridiem else None)


def _clock(hour: int, minutes: int, meridiem: str | None) -> str:
    """A time of day as 24-hour "HH:MM". With no a.m. or p.m. ("at 3:30") it is read as
    written: a 24-hour clock's 03:30; a time that lost its "p.m." (DEMETR's "by 11:35 pm" /
    "at 11:35") is another time to a reader of the other side."""
    if meridiem == "p" and hour < 12:
        hour += 12
    if meridiem == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minutes:02d}"


# Invisible characters that a copy-paste or a CMS leaves inside numbers and number words. A
# zero-width space stands where a space may break, so it reads as a space ("three\u200bmillion",
# "3\u200b000\u200b000"); the others join or hint and are dropped.
_ZERO_WIDTH_SPACE = "\u200b"
_DROPPED = re.compile("[\u00ad\u200c\u200d\u2060\ufeff]")


def extract_quantities(
    text: str, *, spaced: bool = False, month_first: bool = False
) -> list[Quantity]:
    """Every quantity in ``text`` in order, each with its span in ``text`` as given.

    ``spaced``: read "120 000" (one group of three digits after a plain space) as one number;
    by default only two or more groups ("3 000 000") are, or a no-break or thin space.
    ``month_first``: read a date in digits that reads both ways ("3/4/2021") as March 4.
    """
    pattern = _quantity_pattern(1) if spaced else _QUANTITY
    if _ZERO_WIDTH_SPACE not in text and _DROPPED.search(text) is None:
        return _extract(text, pattern, month_first)  # the common case
    folded = text.replace(_ZERO_WIDTH_SPACE, " ")  # same length: offsets stay valid
    if _DROPPED.search(folded) is None:
        return [
            replace(q, text=text[q.start : q.start + len(q.text)])
            for q in _extract(folded, pattern, month_first)
        ]
    # Drop the joiners, and map each quantity's span back onto the text as given.
    kept = [i for i, char in enumerate(folded) if not _DROPPED.match(char)]
    clean = "".join(folded[i] for i in kept)
    found = []
    for quantity in _extract(clean, pattern, month_first):
        start, last = (
            kept[quantity.start],
            kept[quantity.start + len(quantity.text) - 1],
        )
        found.append(replace(quantity, text=text[start : last + 1], start=start))
    return found


def _year_like(quantity: Quantity) -> bool:
    """A figure written as a year is ("2022", not "2,022" or "2022 km")."""
    return (
        isinstance(quantity.value, float)
        and quantity.unit is None
        and re.fullmatch(r"1[89]\d\d|20\d\d", quantity.text) is not None
    )


def _extract(text: str, pattern: re.Pattern[str], month_first: bool) -> list[Quantity]:
    found: list[Quantity] = []
    for match in pattern.finditer(text):
        value: float | str | None
        unit_word = (match.group("unit") or "").lower()
        currency = (match.group("currency") or "").lower()
        unit = _UNITS.get(unit_word) or _UNITS.get(currency) or None
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
            # "3m" is three metres; "$3m" three million dollars, and so is "180m litres": a
            # unit after the "m" is what the million counts, no two units in a row.
            if scale == "m" and not match.group("currency") and unit is None:
                unit = "m"
                scale = ""
            # "5 lakhs" is "5 lakh": the Indian scales take a plural after a figure.
            value *= _SCALES.get(scale, _SCALES.get(scale[:-1], 1.0) if scale[-1:] == "s" else 1.0)
            if match.group("minus"):
                value = -value  # "minus 5 degrees", "-5C"
        elif match.group("vague"):
            value = re.sub(r"\s+", " ", match.group("vague").lower())
            # "thousands of [shells]", "several [soldiers]", "several thousand [soldiers]";
            # "tens of thousands marched" counts no noun of its own.
            of = re.match(r"\s+of\b", text[match.end() :])
            if of:
                counted_from = match.end() + of.end()
            elif value in _SOFT or value.split()[-1] in _SCALES:
                counted_from = match.end()
            else:
                counted_from = None
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
        quantity = Quantity(
            value=round(value, 6) if isinstance(value, float) else value,
            unit=unit,
            text=span,
            start=start,
        )
        # A year counts nothing: "In 2022 Russia invaded" is not 2022 of anything.
        if not (_year_like(quantity) or unit == "time" or counted_from is None):
            quantity = replace(quantity, counted=_counted(text, counted_from))
        found.append(quantity)
    for match in _DATED_ORDINAL.finditer(text):
        # "twenty-first" read as "twenty" before: the ordinal is the quantity where it dates
        # something, and no count of twenty anywhere.
        found = [
            q
            for q in found
            if q.start + len(q.text) <= match.start("ordinal") or q.start >= match.end("ordinal")
        ]
        month = match.group("month")
        if not (match.group("dated") or (month and month[0].isupper())):
            continue
        phrase = match.group("ordinal")
        value = ordinal_value(phrase)
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
        lowered = word.lower()
        timed = _TIME_BEFORE.search(text, 0, match.start()) is not None
        if word[0].islower() and (lowered in _LOWER_WORDS or not timed):
            # "march on", "may also": month names are capitalised in English; one written in
            # lower case is a month only after a word of time ("since last sept")
            continue
        if lowered in _MONTH_ALIASES and not (timed or re.match(r"\.|\s+\d", text[match.end() :])):
            continue  # "Jan" without a dot or a day is more likely a name than January
        if lowered == "may" and not _looks_like_month(text, match.start()):
            continue
        name = _MONTH_ALIASES.get(lowered, lowered)
        found.append(Quantity(value=name, unit="date", text=word, start=match.start()))
    # "the 28th (Tue)": a weekday abbreviated in parentheses, as dates are written in news.
    for match in _WEEKDAY_SHORT.finditer(text):
        name = _WEEKDAY_ALIASES[match.group(1).lower()]
        found.append(Quantity(value=name, unit="date", text=match.group(1), start=match.start(1)))
    # "in his fifties" is "in his 50s"; "in their twenties and forties" names two.
    for match in _DECADE_WORD.finditer(text):
        decade: re.Match[str] | None = match
        while decade is not None:
            value = f"{NUMBER_WORDS[decade.group(2).lower()[:-3] + 'y']}s"
            found.append(
                Quantity(value=value, unit="decade", text=decade.group(2), start=decade.start(2))
            )
            decade = _NEXT_DECADE_WORD.match(text, decade.end())
    for match in _WEEKDAY_DOTTED.finditer(text):
        name = _WEEKDAY_ALIASES[match.group(1).lower()]
        found.append(Quantity(value=name, unit="date", text=match.group(1), start=match.start()))
    for match in _WEEKDAY_CLOCKED.finditer(text):
        day = match.group("after") or match.group("before")
        at = match.start("after") if match.group("after") else match.start("before")
        found.append(Quantity(value=_WEEKDAY_ALIASES[day.lower()], unit="date", text=day, start=at))
    found += _times_counted(text)
    found += _anniversaries(text)
    found += _zeros_in_words(text)
    found = _scores_in_words(text, found)
    # Dates and times written in a form whose digits the pattern above reads as plain numbers:
    # each replaces the numbers read inside it.
    for written in (
        _dotted_figures(text),  # first: a date written with dots ("14.10.2026") is a date
        _numeric_dates(text, month_first),
        _short_years(text),
        _spoken_times(text),
        _four_digit_times(text),
        _out_of(text),
        _telephone_numbers(text),
        _short_spans(text),
    ):
        found = _outside(found, written) + written
    found.sort(key=lambda q: q.start)
    return _compound_spans(text, _months_shared(text, _units_shared(text, found)))


# Between the two parts of one span of time: the first part's unit, then "and", a comma or
# nothing ("three years and four months", "two hours, 15 minutes", "5 hours 30 minutes").
_SPAN_JOIN = re.compile(r"\s+([a-z]+)\s*(?:,\s*(?:and\s+)?|and\s+)?$", re.IGNORECASE)


def _span_unit(quantity: Quantity | None) -> float | None:
    """How much one of the quantity's unit of time is, in its base unit (an hour: 60)."""
    span = span_of_time(replace(quantity, value=1.0)) if quantity is not None else None
    return span[0] if span else None


def _compound_spans(text: str, found: list[Quantity]) -> list[Quantity]:
    """One span of time said in two units, the larger first ("three years and four months",
    "one hour and 30 minutes"), read as one amount of the smaller unit (40 months, 90
    minutes): the same span said in one unit is no other number."""
    merged: list[Quantity] = []
    for quantity in found:
        first = merged[-1] if merged else None
        join = _SPAN_JOIN.match(text[first.end : quantity.start]) if first else None
        larger, smaller = (span_of_time(first) if first else None), span_of_time(quantity)
        larger_unit, smaller_unit = _span_unit(first), _span_unit(quantity)
        if (
            first is None
            or join is None
            or larger is None
            or smaller is None
            or larger_unit is None
            or smaller_unit is None
            or join.group(1).lower() != (first.counted or "").lower()
            or larger[1] != smaller[1]
            or larger_unit <= smaller_unit
        ):
            merged.append(quantity)
            continue
        merged[-1] = replace(
            quantity,
            value=round((larger[0] + smaller[0]) / smaller_unit, 6),
            text=text[first.start : quantity.end],
            start=first.start,
        )
    return merged


# A score or a ratio in words, two numbers below twenty joined by a hyphen ("two-nil",
# "three-one", "ten-nil"): two numbers, as "2-0" and "3-1" are, not one summed as "twenty-one"
# is (a tens word and a unit). "Nil" is nought only here, in a score.
_SCORE_WORDS = re.compile(
    r"(?<![\w-])(?P<x>[a-z]+)-(?P<y>nil|[a-z]+)(?![\w-])",
    re.IGNORECASE,
)


def _scores_in_words(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each score in words read as its two numbers (see ``_SCORE_WORDS``)."""
    for match in _SCORE_WORDS.finditer(text):
        x, y = match.group("x").lower(), match.group("y").lower()
        left, right = NUMBER_WORDS.get(x), 0 if y == "nil" else NUMBER_WORDS.get(y)
        if left is None or right is None or left >= 20 or right >= 20:
            continue
        found = [q for q in found if q.end <= match.start() or q.start >= match.end()]
        found += [
            Quantity(value=float(left), unit=None, text=match.group("x"), start=match.start("x")),
            Quantity(value=float(right), unit=None, text=match.group("y"), start=match.start("y")),
        ]
    return found


# Amounts joined by a word of a list or a range, the last one with a unit ("60 million and 200
# million yuan", "100 to 250 meters", "5, 10 or 15 percent"): the reader reads the unit of each.
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|-|–)\s*$|\s*,\s*$", re.IGNORECASE)
_UNITS_NOT_SHARED = {"time", "date", "year", "decade", "ordinal", "relative"}


def _units_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a unit said once after a list or a range of amounts given to each."""
    shared = list(found)
    for index in range(len(shared) - 2, -1, -1):
        left, right = shared[index], shared[index + 1]
        if (
            left.unit is None
            and right.unit is not None
            and right.unit not in _UNITS_NOT_SHARED
            and isinstance(left.value, float)
            and not _year_like(left)
            and _JOINED.fullmatch(text[left.end : right.start]) is not None
        ):
            shared[index] = replace(left, unit=right.unit, unit_shared=True)
    return shared


def _day(quantity: Quantity) -> bool:
    """A bare number that may be a day of a month ("22" in "July 17 and 22")."""
    return (
        quantity.unit is None
        and quantity.counted is None
        and quantity.text.isdigit()
        and 1 <= float(quantity.value) <= 31
    )


def _months_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the month of two days said once ("July 17 and 22", "17 and 22 July")
    told for the day that lacks it too, as a date of its own spanning that day: "July 17 and
    22" / "July 17 and October 22" changed a date."""
    months = []
    for first, second, third in zip(found, found[1:], found[2:], strict=False):
        if first.unit == "date" and _day(second) and _day(third):
            month, dated, bare, joined = first, second, third, (second, third)
            touching = text[month.end : dated.start]  # "July 17"
        elif _day(first) and _day(second) and third.unit == "date":
            month, dated, bare, joined = third, second, first, (first, second)
            touching = text[dated.end : month.start]  # "22 July"
        else:
            continue
        if (
            month.value in MONTHS
            and not touching.strip()
            and _JOINED.fullmatch(text[joined[0].end : joined[1].start]) is not None
        ):
            months.append(Quantity(month.value, "date", bare.text, bare.start, unit_shared=True))
    return sorted(found + months, key=lambda q: q.start) if months else found


# How many times something happened, in one word: "twice" is "two times", "once" "one time".
_TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_WORD = re.compile(r"(?<![\w’'-])(once|twice|thrice)(?![\w’'-])", re.IGNORECASE)
# "once" counts only where a count stands, after its verb and before the end of the clause, a
# period ("once a year", "once last week"), a bound ("once or twice") or "before": elsewhere it
# is a conjunction ("once they arrive"), "formerly" ("once a fishing village", "the once
# mighty"), or an idiom ("at once", "for once", "once again", "once in a while").
_ONCE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:a|an|per|every|each|this|last|next|before|so|since|during|"
    r"or|in\s+(?!a\s+while)\S+\s+(?:years?|months?|weeks?|days?|decades?|centur\w+))\b",
    re.IGNORECASE,
)
# "twice as much", "twice the size", "twice its value": a multiplier, the measures check's ("double
# the power" says it too), not a count of times.
_MULTIPLYING = re.compile(r"\s+(?:as|the|its|his|her|their|our|what|than)\b", re.I)
_ONCE_BEFORE = re.compile(r"(?:^|[,;:(]|\b(?:at|for|all|is|was|were|are|be|been))\s*$", re.I)


def _times_counted(text: str) -> list[Quantity]:
    """ "twice", "thrice", and "once" where it is a count: an amount of times, as "two times"
    reads ("arrested twice" / "arrested two times"; "met once" / "met twice")."""
    found = []
    for match in _TIMES_WORD.finditer(text):
        word = match.group(1).lower()
        if _MULTIPLYING.match(text[match.end() :]):
            continue
        if word == "once" and (
            not _ONCE_AFTER.match(text[match.end() :]) or _ONCE_BEFORE.search(text[: match.start()])
        ):
            continue
        found.append(
            Quantity(
                value=_TIMES_WORDS[word],
                unit=None,
                text=match.group(1),
                start=match.start(),
                counted="times",
            )
        )
    return found


# An anniversary told by its name: the year it marks, as "100th anniversary" tells it. A
# centenary is the 100th, a bicentenary the 200th; a jubilee or a wedding anniversary named by a
# metal or a stone counts the years of a reign or a marriage in the traditional scale (silver
# 25, pearl 30, ruby 40, golden 50, diamond 60, platinum 70). "Sapphire" (45 years of a
# marriage, 65 of a reign) and a bare "jubilee" say no one number, and are not read.
_ANNIVERSARY_NAMES = {
    "semicentennial": 50.0,
    "semicentenary": 50.0,
    "centenary": 100.0,
    "centennial": 100.0,
    "sesquicentenary": 150.0,
    "sesquicentennial": 150.0,
    "bicentenary": 200.0,
    "bicentennial": 200.0,
    "tercentenary": 300.0,
    "tercentennial": 300.0,
    "tricentenary": 300.0,
    "tricentennial": 300.0,
    "quatercentenary": 400.0,
    "quadricentennial": 400.0,
    "quincentenary": 500.0,
    "quincentennial": 500.0,
}
_ANNIVERSARY_METALS = {
    "silver": 25.0,
    "pearl": 30.0,
    "ruby": 40.0,
    "golden": 50.0,
    "diamond": 60.0,
    "platinum": 70.0,
}
_ANNIVERSARY_NAME = re.compile(
    r"(?<![\w’'-])(" + "|".join(_ANNIVERSARY_NAMES) + r")(?:s|es)?(?![\w’'-])", re.IGNORECASE
)
_ANNIVERSARY_METAL = re.compile(
    r"(?<![\w’'-])(" + "|".join(_ANNIVERSARY_METALS) + r")\s+(jubilee|wedding|anniversary)"
    r"(?![\w’'-])",
    re.IGNORECASE,
)


# "Nil" or "None" as the whole value of a field or a table cell ("Excess: Nil", "| £500 | None
# |"): the amount zero, as "£0" in its place says it. "Trains: none between Edinburgh and" or
# "None of the miners" is no value.
_ZERO_IN_WORDS = re.compile(r"(?<=[:|])[ \t]*\b(nil|none)\b(?=[ \t]*(?:[|\n.,;]|$))", re.IGNORECASE)


def _zeros_in_words(text: str) -> list[Quantity]:
    return [
        Quantity(value=0.0, unit=None, text=m.group(1), start=m.start(1))
        for m in _ZERO_IN_WORDS.finditer(text)
    ]


def _anniversaries(text: str) -> list[Quantity]:
    """An anniversary named by a word, read as the ordinal it stands for ("centenary" is the
    100th anniversary, a "golden jubilee" or "golden wedding" the 50th): "the centenary" /
    "the 100th anniversary" one year, "silver" / "golden jubilee" another."""
    found = []
    for match in _ANNIVERSARY_NAME.finditer(text):
        found.append(
            Quantity(
                value=_ANNIVERSARY_NAMES[match.group(1).lower()],
                unit="ordinal",
                text=match.group(1),
                start=match.start(1),
                counted="anniversary",
            )
        )
    for match in _ANNIVERSARY_METAL.finditer(text):
        found.append(
            Quantity(
                value=_ANNIVERSARY_METALS[match.group(1).lower()],
                unit="ordinal",
                text=match.group(1),
                start=match.start(1),
                counted="anniversary",
            )
        )
    return found


# A date in digits: "3/3/2021", "03.03.2021", "3-3-2021", "3/3/21", and the ISO order
# "2021-03-03". Its parts are the day, the month and the year a date in words has ("3 March
# 2021"), so the two compare part by part.
_NUMERIC_DATE = re.compile(
    r"(?<![\w./:-])(?:"
    r"(?P<iso_year>(?:1[89]|20)\d\d)(?P<iso_sep>[-/.])(?P<iso_month>\d\d?)(?P=iso_sep)"
    r"(?P<iso_day>\d\d?)"
    r"|(?P<first>\d\d?)(?P<sep>[/.-])(?P<second>\d\d?)(?P=sep)(?P<year>(?:1[89]|20)\d\d|\d\d)"
    r")(?![\w/-]|[.:]\d)"
)


def _date_orders(first: int, second: int) -> list[str]:
    """The readings of a date "first/second/year": "day" (3/4 is 3 April, as most of the world
    writes it) and "month" (3/4 is March 4, as the United States does), where valid."""
    orders = []
    if 1 <= first <= 31 and 1 <= second <= 12:
        orders.append("day")
    if 1 <= first <= 12 and 1 <= second <= 31 and first != second:
        orders.append("month")
    return orders


def _ambiguous_date(text: str) -> bool:
    """Whether a date in digits in ``text`` reads both ways ("3/4/2021")."""
    return any(
        match.group("first") and len(_date_orders(int(match["first"]), int(match["second"]))) == 2
        for match in _NUMERIC_DATE.finditer(text)
    )


def _numeric_dates(text: str, month_first: bool) -> list[Quantity]:
    """The day, month and year of each date in digits. ``month_first``: read a date that reads
    both ways ("3/4/2021") month first (March 4) rather than day first (3 April)."""
    found = []
    # A date stamp of metadata ("Updated: 2024-06-18") is the artifact check's to report.
    stamps = [stamp.span() for stamp in _METADATA.finditer(text)]
    for match in _NUMERIC_DATE.finditer(text):
        if any(start <= match.start() < end for start, end in stamps):
            continue
        if match.group("iso_year"):
            day_group, month_group, year_group = "iso_day", "iso_month", "iso_year"
            valid = 1 <= int(match["iso_month"]) <= 12 and 1 <= int(match["iso_day"]) <= 31
        else:
            orders = _date_orders(int(match["first"]), int(match["second"]))
            # "3-3-21" and "2.10.33" are a score and a version more often than dates: only a
            # slash takes a year of two digits ("3/3/21").
            valid = bool(orders) and (match["sep"] == "/" or len(match["year"]) == 4)
            month_order = orders[-1:] == ["month"] and (month_first or orders == ["month"])
            day_group, month_group = ("second", "first") if month_order else ("first", "second")
            year_group = "year"
        if not valid:
            continue
        month = MONTHS[int(match[month_group]) - 1]
        year = match[year_group]
        year_unit = "year" if len(year) == 2 else None  # "3/3/21": a year as "'21" is
        found += [
            Quantity(float(match[day_group]), None, match[day_group], match.start(day_group)),
            Quantity(month, "date", match[month_group], match.start(month_group)),
            Quantity(float(year), year_unit, year, match.start(year_group)),
        ]
    return found


# A year with its century left out, after an apostrophe ("class of '21", "in '98", "Sept.
# '01"): after a month, a season or a word that introduces a date, as a decade is ("the '90s").
_SHORT_YEAR = re.compile(r"(?<![\w’'])[’'](\d\d)(?![\w’'%]|[.,]\d)")
_YEAR_BEFORE = re.compile(
    rf"\b(?:{_MONTH_NAMES}|{_DATE_INTRO}|spring|summer|autumn|fall|winter|season|class)\.?\s*$",
    re.IGNORECASE,
)


def _short_years(text: str) -> list[Quantity]:
    return [
        Quantity(float(match.group(1)), "year", match.group(0), match.start())
        for match in _SHORT_YEAR.finditer(text)
        if _YEAR_BEFORE.search(text, 0, match.start())
    ]


# A date told from the day it is written: "yesterday", "last year", "the following week". It
# is compared only with another told so in the same unit ("last year" / "this year"), since
# against a date a translation may say it either way ("last year" / "in 2023"); and it is no
# amount the other checks read (:func:`extract_quantities` leaves it to the words).
_RELATIVE_DATE = re.compile(
    r"\b(?:(?P<day>yesterday|today|tomorrow)"
    r"|(?P<way>last|past|previous|this|current|next|coming|following)\s+"
    r"(?P<unit>day|week|weekend|month|year|quarter|decade|century))\b(?!-)",
    re.IGNORECASE,
)
_OFFSETS = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "last": -1, "past": -1, "previous": -1,
    "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
}  # fmt: skip


def _said_of_either_half(time: Quantity) -> bool:
    """A time of day said in words with nothing that says which half of the day ("half past
    three", "three o'clock"); in digits ("3:30"), a time is read as a 24-hour clock's."""
    return not re.search(
        r"\d|[ap]\.?m\b|morning|afternoon|evening|night|noon|midday", time.text, re.I
    )


def _twelve_hours(value: str) -> str:
    hour, minutes = value.split(":")
    return f"{int(hour) % 12:02d}:{minutes}"


def _relative_dates(text: str) -> list[Quantity]:
    """Dates told from the day of writing, as their unit and offset ("last year": "year -1",
    "yesterday" and "the previous day": "day -1")."""
    found = []
    for match in _RELATIVE_DATE.finditer(text):
        unit = (match["unit"] or "day").lower()
        offset = _OFFSETS[(match["day"] or match["way"]).lower()]
        found.append(Quantity(f"{unit} {offset:+d}", "relative", match.group(0), match.start()))
    return found


def relative_offsets(text: str) -> list[tuple[int, str]]:
    """Each date told from the day of writing, with how far from that day it lies in its unit
    ("last year" and "yesterday" -1, "this week" 0, "next month" and "tomorrow" 1)."""
    return [(int(str(q.value).split()[1]), q.text) for q in _relative_dates(text)]


def _told_unit(quantity: Quantity) -> str:
    return str(quantity.value).split()[0]


def _relative_changes(a: str, b: str, diff: QuantityDiff) -> QuantityDiff:
    """``diff`` with the dates told from the day of writing that changed in the same unit
    ("last year" / "this year", "yesterday" / "today")."""
    told_a, told_b = _relative_dates(a), _relative_dates(b)
    for left in list(told_a):
        same = next((q for q in told_b if q.value == left.value), None)
        if same is not None:
            told_a.remove(left)
            told_b.remove(same)
    units_a, units_b = {_told_unit(q) for q in told_a}, {_told_unit(q) for q in told_b}
    told_a = [q for q in told_a if _told_unit(q) in units_b]
    told_b = [q for q in told_b if _told_unit(q) in units_a]
    if not (told_a or told_b):
        return diff
    return replace(
        diff,
        only_a=tuple(sorted(diff.only_a + tuple(told_a), key=lambda q: q.start)),
        only_b=tuple(sorted(diff.only_b + tuple(told_b), key=lambda q: q.start)),
    )


_HOURS = {word: value for word, value in NUMBER_WORDS.items() if 1 <= int(value) <= 12}
_HOUR_WORD = "|".join(sorted((w for w in _HOURS if len(w) > 2), key=len, reverse=True))
# A time of day said in words: "half past three", "a quarter to four", "three o'clock in the
# afternoon", "ten past nine p.m."; "noon" and "midnight". Not the minutes of a time ("05pm" of
# "2.05pm"), nor the decimals of a figure.
_SPOKEN_TIME = re.compile(
    rf"""(?<![\w.:,])(?:
        (?:(?:12|twelve)\s+)?(?P<noon>noon|midday|midnight)
      | (?:(?P<minutes>half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?|\d{{1,2}})
            (?:\s+minutes)?\s+(?P<way>past|after|to)\s+)?
        (?P<hour>{_HOUR_WORD}|\d{{1,2}})(?P<oclock>\s+o[’']clock)?
        (?P<part>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)
            |\s?[ap]\.?m\b\.?)?
    )(?!\w|[’'-]\w)""",
    re.IGNORECASE | re.VERBOSE,
)
_MINUTES = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20}


def _spoken_times(text: str) -> list[Quantity]:
    found = []
    for match in _SPOKEN_TIME.finditer(text):
        if match.group("noon"):
            value = "00:00" if match["noon"].lower() == "midnight" else "12:00"
            found.append(Quantity(value, "time", match.group(0), match.start()))
            continue
        way, minutes_word = (match["way"] or "").lower(), (match["minutes"] or "").lower()
        said_as_time = match["oclock"] or match["part"] or "minutes" in match.group(0).lower()
        if not (said_as_time or minutes_word.endswith(("half", "quarter")) or way == "past"):
            # A number alone is no time of day, and "five to ten" or "5 to 10" is a range
            # more often than 9:55.
            continue
        hour_word = match["hour"].lower()
        hour = int(hour_word) if hour_word.isdigit() else int(_HOURS[hour_word])
        minutes_word = re.sub(r"[\s-]+", " ", minutes_word or "0")
        minutes = (
            int(minutes_word)
            if minutes_word.isdigit()
            else _MINUTES.get(minutes_word, 25)  # "twenty-five"
        )
        if way == "to":
            hour, minutes = hour - 1 or 12, 60 - minutes
        if not (1 <= hour <= 12 and 0 <= minutes < 60):
            continue
        part = (match["part"] or "").lower()
        meridiem = None
        if re.search(r"[ap]\.?m", part):
            meridiem = part.strip()[0]
        elif "morning" in part or ("night" in part and (hour < 6 or hour == 12)):
            meridiem = "a"
        elif part:
            meridiem = "p"
        time = _clock(hour, minutes, meridiem)
        found.append(Quantity(time, "time", match.group(0).strip(), match.start()))
    return found


_WEEKDAY_ALIASES = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip
_WEEKDAY_SHORT = re.compile(r"\((" + "|".join(_WEEKDAY_ALIASES) + r")\.?\)", re.IGNORECASE)
# "Mon., Sept. 6", "Tue. 3 March": a weekday abbreviated with a dot before its date, as news
# agencies write it ("Sun." or "Sat." alone is as likely a name).
_WEEKDAY_DOTTED = re.compile(
    r"\b("
    + "|".join(w.capitalize() for w in _WEEKDAY_ALIASES)
    + r")\.(?=,?\s+(?:\d{1,2}(?:st|nd|rd|th)?|the\s+\d{1,2}(?:st|nd|rd|th)?|"
    + "|".join(m.capitalize() for m in [*MONTHS, *_MONTH_ALIASES])
    + r")\b)"
)

# "06:00 Sat", "Sun 9pm": a weekday abbreviated beside a time of day, as a timetable writes it
# (a four-digit time that may be a year, "2015 Sat", is none).
_WEEKDAY_ABBREVIATED = "|".join(w.capitalize() for w in _WEEKDAY_ALIASES)
_CLOCK_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\b\.?|(?:0\d|1[0-8]|2[1-3])[0-5]\d"
    r"|[Nn]oon|[Mm]idday|[Mm]idnight"
)
_WEEKDAY_CLOCKED = re.compile(
    rf"(?<![\w.:])(?:{_CLOCK_TIME})[^\S\n]+(?P<after>{_WEEKDAY_ABBREVIATED})\b(?!\.\w)"
    rf"|\b(?P<before>{_WEEKDAY_ABBREVIATED})\.?[^\S\n]+(?=(?:{_CLOCK_TIME})(?![\w:]))"
)
_WEEKDAY_NAMES = "|".join(w.capitalize() for w in set(_WEEKDAY_ALIASES.values()))
# A time of day in four digits, as a 24-hour clock writes it without a colon: read as the time
# where a time zone follows it ("0600 GMT"), or "hours" or a weekday ("0600 hours", "0300
# Sunday", "0600 on Sat") and it can be no year ("2015 Saturday" may be the year).
_FOUR_DIGIT_TIME = re.compile(
    r"(?<![\w.,:/£$€-])(?P<hour>[01]\d|2[0-3])(?P<minutes>[0-5]\d)(?![\w.,:/%-])"
    r"(?:(?=[^\S\n]?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|Z|local[^\S\n]+time)\b)"
    r"|(?<!19\d\d)(?<!20\d\d)(?=[^\S\n]?(?:hours|hrs)\b"
    rf"|[^\S\n]+(?:on[^\S\n]+)?(?:{_WEEKDAY_NAMES}|{_WEEKDAY_ABBREVIATED})\b))"
)
# The same four digits after a weekday, as a timetable writes them ("Sun 0600", "Friday at
# 2330"); not one that may be a year ("Sunday 1945").
_WEEKDAY_FOUR_DIGITS = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES}|{_WEEKDAY_ABBREVIATED})\.?,?[^\S\n]+(?:at[^\S\n]+)?"
    r"(?!19\d\d|20\d\d)(?P<hour>[01]\d|2[0-3])(?P<minutes>[0-5]\d)(?![\w:/%-]|[.,]\d)"
)


def _four_digit_times(text: str) -> list[Quantity]:
    found = {
        match.start("hour"): match
        for pattern in (_FOUR_DIGIT_TIME, _WEEKDAY_FOUR_DIGITS)
        for match in pattern.finditer(text)
    }
    return [
        Quantity(
            _clock(int(match["hour"]), int(match["minutes"]), None),
            "time",
            text[start : match.end("minutes")],
            start,
        )
        for start, match in sorted(found.items())
    ]


# How often a thing is done, read whole: a count of times in a period ("twice a day", "two
# times daily", "three times every 24 hours", "once weekly"), one time in each period ("every
# eight hours", "every day", "daily") or in every second one ("every other day", "on alternate
# days"). The hours of each period, to compare a rate said over one with a rate over another.
_PERIOD_HOURS = {
    "hour": 1, "day": 24, "night": 24, "week": 168, "fortnight": 336, "month": 730, "year": 8760,
}  # fmt: skip
_ADVERB_PERIODS = {
    "hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
    "fortnightly": "fortnight", "monthly": "month", "yearly": "year", "annually": "year",
}  # fmt: skip
_COUNT_WORD = r"\d{1,3}|" + "|".join(
    sorted((w for w, v in NUMBER_WORDS.items() if 1 < v <= 24), key=len, reverse=True)
)
_UNIT = r"(?P<unit>hour|day|night|week|fortnight|month|year)s?"
_FREQUENCY = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?P<once>once|twice|thrice)|(?P<times>" + _COUNT_WORD + r")\s+times)\s+"
    r"(?:(?:a|an|per|every|each)\s+(?:(?P<span>"
    + _COUNT_WORD
    + r")\s+)?"
    + _UNIT
    + r"|(?P<adverb>"
    + "|".join(_ADVERB_PERIODS)
    + r"))"
    r"|(?:every\s+other|on\s+alternate)\s+(?P<other>hour|day|night|week|month|year)s?"
    r"|every\s+(?:(?P<every>"
    + _COUNT_WORD
    + r")\s+)?(?P<each>hour|day|night|week|fortnight|month|year)s?"
    r"|(?P<alone>" + "|".join(_ADVERB_PERIODS) + r")"
    r")(?![\w-])",
    re.IGNORECASE,
)
_ONCE = {"once": 1, "twice": 2, "thrice": 3}


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def frequencies(text: str) -> list[tuple[int, int, float]]:
    """Each frequency of ``text`` with its span and its rate, in times an hour: "twice a day"
    and "two times daily" 1/12, "every eight hours" and "three times every 24 hours" 1/8,
    "every other day" and "on alternate days" 1/48. A range ("every four to six hours",
    "every 4-6 hours") is none."""
    found = []
    for match in _FREQUENCY.finditer(text):
        if re.match(r"\s*(?:[-–]|to\b|or\b)\s*\d", text[match.end() :]):
            continue  # "every 4-6 hours" is cut at its first figure
        if match["other"]:
            rate = 1 / (2 * _PERIOD_HOURS[match["other"].lower()])
        elif match["each"]:
            span = _count(match["every"]) if match["every"] else 1
            rate = 1 / (span * _PERIOD_HOURS[match["each"].lower()])
        elif match["alone"]:
            rate = 1 / _PERIOD_HOURS[_ADVERB_PERIODS[match["alone"].lower()]]
        else:
            times = _ONCE[match["once"].lower()] if match["once"] else _count(match["times"])
            if match["adverb"]:
                hours = _PERIOD_HOURS[_ADVERB_PERIODS[match["adverb"].lower()]]
            else:
                span = _count(match["span"]) if match["span"] else 1
                hours = span * _PERIOD_HOURS[match["unit"].lower()]
            rate = times / hours
        found.append((match.start(), match.end(), rate))
    return found


# A software version's "v" before its figure, no part of it ("v3.0.0" is "3.0.0").
_VERSION_V = "v"
# A software version named by its word, its "v" or both before its figure ("version 2.1",
# "v2.1", "Version v5.12.0", "from v10 onwards"): one reading of the mark for the figures
# (``_dotted_figures``) and for a version written another way (``judge._alike``).
VERSION = re.compile(
    rf"(?<![\w.-])(?:(?P<word>version)\s+)?(?P<v>{_VERSION_V})?(?P<figure>\d+(?:\.\d+)*)"
    r"(?![\w-]|\.\d)",
    re.IGNORECASE,
)


def versions(text: str) -> list[re.Match[str]]:
    """The versions of ``text`` named by their word or their "v" (a bare figure names none),
    each with its ``figure``."""
    return [m for m in VERSION.finditer(text) if m["word"] or m["v"]]


# A figure of three or more parts set apart by dots, as versions, sections and addresses are
# numbered ("3.0.1", "4.2.1", "192.168.1.1"), with a version's "v" before it or not ("v3.0.0");
# and a version of two parts after its "v" ("v2.1").
_DOTTED = re.compile(
    rf"(?<![\w.,])(?:{_VERSION_V}(?P<short>\d+\.\d+)|{_VERSION_V}?(?P<parts>\d+(?:\.\d+){{2,}}))"
    r"(?![\w]|[.,]\d)"
)


def _dotted_figures(text: str) -> list[Quantity]:
    """Each figure of three or more parts read whole ("3.0.1" is not "3.0", and "3.0.2" is
    another figure), and a version's "v" no part of its figure ("v3.0.0" / "3.0.0"); not an
    amount with its thousands set apart by dots ("3.000.000")."""
    found = []
    for match in _DOTTED.finditer(text):
        if match["parts"] and _GROUPED_BY_DOT.fullmatch(match["parts"]):
            continue  # "3.000.000": thousands set apart by dots, one amount
        if match["short"]:
            found.append(Quantity(float(match["short"]), None, match.group(), match.start()))
        else:
            found.append(Quantity(match["parts"], "dotted", match.group(), match.start()))
    return found


# A telephone number: a trunk "0" or a country code ("+44", "+44 (0)") and then nine to ten
# digits in groups of two to five, set apart by spaces or hyphens as each writer groups them
# ("0300 123 4470", "0300 1234 470", "+44 300 123 4470", "020-7946-0958"), or in one run.
_TELEPHONE = re.compile(
    r"(?<![\w.,+/:-])(?:\+(?P<country>\d{1,3})[^\S\n]?(?:\(0\)[^\S\n]?)?|0)"
    r"(?P<number>\d{2,5}(?:[ -]\d{2,5}){1,3}|\d{9,10})(?![\w/%:-]|[.,]\d)"
)


def _telephone_numbers(text: str) -> list[Quantity]:
    """Each telephone number, read as one figure of its digits after the trunk "0" or the
    country code: a number grouped otherwise, or written the international way, is the same
    line, not figures changed (one country's numbers in one text)."""
    found = []
    for match in _TELEPHONE.finditer(text):
        digits = re.sub(r"\D", "", match["number"])
        if 9 <= len(digits) <= 10:
            found.append(Quantity(digits, "telephone", match.group(), match.start()))
    return found


# A span of time in hours and minutes written short, as timetables and manuals set it ("1h
# 45m", "2h 15min", "2h"): the minutes' "m" reads as minutes only after the hours (alone,
# "45m" may be metres or millions), and "14h30" or "at 9h" with no unit after its minutes or
# after "at" is a clock's time.
_SHORT_SPAN = re.compile(
    r"(?<![\w.,:/£$€-])(?<!\bat\s)(?P<hours>\d{1,2})h"
    r"(?:[^\S\n]?(?P<minutes>[0-5]?\d)[^\S\n]?(?:m|mins?))?(?![\w:/%-]|[.,]\d)"
)


def _short_spans(text: str) -> list[Quantity]:
    """Each span written short ("1h 45m"), as the count of minutes (or, with none, of hours)
    that "1 hour 45 minutes" and "105 minutes" are read as."""
    found = []
    for match in _SHORT_SPAN.finditer(text):
        hours, minutes = int(match["hours"]), match["minutes"]
        value, counted = (hours * 60 + int(minutes), "minutes") if minutes else (hours, "hours")
        found.append(Quantity(float(value), None, match.group(), match.start(), counted=counted))
    return found


# A rating or a share told as "4 out of 5": what "4/5" is read as (the fraction, or "7/10" its
# two numbers).
_OUT_OF = re.compile(r"(?<![\w.,/])(\d{1,3})[^\S\n]+out[^\S\n]+of[^\S\n]+(\d{1,3})(?![\w.,/%])")


def _out_of(text: str) -> list[Quantity]:
    found = []
    for match in _OUT_OF.finditer(text):
        part, whole = match.group(1), match.group(2)
        slashed = extract_quantities(f"{part}/{whole}")
        if len(slashed) == 1:
            found.append(replace(slashed[0], text=match.group(0), start=match.start()))
        elif len(slashed) == 2:
            found += [
                replace(slashed[0], text=part, start=match.start(1)),
                replace(slashed[1], text=whole, start=match.start(2)),
            ]
    return found


_DECADE_WORD = re.compile(
    r"\b(his|her|their|the|early|mid|late)[\s-]+"
    r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
# The next of a list of them ("twenties and forties", "thirties or forties").
_NEXT_DECADE_WORD = re.compile(
    r"(,?\s*(?:and|or|to)?)\s+"
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
        if lowered in _VERBISH and _plural_noun_after_count(text[:end], lowered, head):
            return lowered  # "by six runs", "three sets", "two wins": no verb of a plural
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


def _plural_noun_after_count(before: str, word: str, head: str | None) -> bool:
    """Whether ``word``, one of :data:`_VERBISH` right after an amount above one (``before``
    ends with it), is a plural noun: a verb after a plural subject takes no "-s" ("two men
    run"), so "six runs", "three sets" count runs and sets."""
    return (
        head is None
        and looks_plural(word)
        and word not in ("is", "was", "has", "does", "goes")
        and re.search(r"(?:^|[^\w.,])(?:one|1|a|an)\s*$", before, re.IGNORECASE) is None
    )


def looks_plural(word: str) -> bool:
    """An English plural by its ending ("shells", not "pass", "bus" or "crisis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _same_head(left: str | None, right: str | None) -> bool:
    if left is None or right is None:
        return True
    return left.rstrip("s") == right.rstrip("s")


def _years_marked(left: Quantity, right: Quantity) -> bool:
    """An anniversary and the years it marks: "the 100th anniversary" (or "the centenary") is
    "100 years" since, "a diamond jubilee" "sixty years on the throne"."""
    heads = {(q.unit, (q.counted or "").rstrip("s")) for q in (left, right)}
    return heads == {("ordinal", "anniversary"), (None, "year")}


# A list of names after a counted noun: "sons, Tom and Ben", "members: Ana Ruiz, Li Wei and
# Omar Said" (each name one to three capitalised words).
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_NAMES_LISTED = re.compile(rf"\s*[,:]\s*({_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})")


def _counted_by_list(quantity: Quantity, own: str, other: str) -> bool:
    """A count of a plural noun, followed by the names of as many of them, where the other
    side lists the same names after the same noun uncounted ("his three sisters, Ana, Rosa and
    Lena" / "his sisters, Ana, Rosa and Lena"): the list says how many."""
    if quantity.unit is not None or not quantity.counted or not isinstance(quantity.value, float):
        return False
    noun = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{re.escape(quantity.counted)}\b", re.IGNORECASE)
    said = noun.match(own, quantity.end)
    listed = _NAMES_LISTED.match(own, said.end()) if said else None
    if listed is None:
        return False
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.group(1))
    if len(names) != quantity.value:
        return False
    again = re.search(
        rf"\b{re.escape(quantity.counted)}\s*[,:]\s*{re.escape(listed.group(1))}", other
    )
    return again is not None


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
    # The same amount counting a thing on one side and nothing on the other ("48 hours" /
    # "48 from midnight"): A's side first.
    uncounted: tuple[tuple[Quantity, Quantity], ...] = ()


# A fall told by a word before its figure ("down 9.1", "fell by 9.1%"), where the other side
# writes the figure with a minus sign ("−9.1"): the word is the sign.
_FALL_BEFORE = re.compile(
    r"\b(?:down|fell|fall|falls|fallen|dropped|drops|declined|decreased|lost)(?:\s+by)?\s+\Z",
    re.IGNORECASE,
)


def _signed_by_word(text: str, own: list[Quantity], other: list[Quantity]) -> list[Quantity]:
    """``own`` with each figure after a word of falling read below zero, where ``other`` has
    that figure below zero in the same unit and ``own`` has it nowhere so."""
    negative = {q.key for q in other if isinstance(q.value, float) and q.value < 0}
    if not negative:
        return own
    mine = {q.key for q in own}
    out = []
    for q in own:
        if (
            isinstance(q.value, float)
            and q.value > 0
            and (-q.value, q.unit) in negative
            and (-q.value, q.unit) not in mine
            and _FALL_BEFORE.search(text, 0, q.start)
        ):
            q = replace(q, value=-q.value)
        out.append(q)
    return out


def compare_quantities(a: str, b: str) -> QuantityDiff:
    """Amounts on one side only, and equal amounts written another way.

    Two amounts match when value *and* unit agree: "152mm" = "152 millimeter", but "5 km" is
    not "5 miles" and "$5 million" is not "5 million" (the currency went missing).
    """
    left, right = extract_quantities(a), extract_quantities(b)
    left, right = _signed_by_word(a, left, right), _signed_by_word(b, right, left)
    diff = _compare(a, b, left, right)
    # Other readings, kept where they leave fewer amounts unmatched: "3/4/2021" may be March 4
    # (month first) on either side; "120 000" on one side may be "120,000" on the other (plain-
    # space groups read as one number).
    readings = [
        ({"month_first": first_a}, {"month_first": first_b})
        for first_a in ((False, True) if _ambiguous_date(a) else (False,))
        for first_b in ((False, True) if _ambiguous_date(b) else (False,))
        if first_a or first_b
    ]
    if _SPACED_GROUP.search(a) or _SPACED_GROUP.search(b):
        readings.append(({"spaced": True}, {"spaced": True}))
    for options_a, options_b in readings:
        if not (diff.only_a or diff.only_b):
            break
        other = _compare(
            a, b, extract_quantities(a, **options_a), extract_quantities(b, **options_b)
        )
        if len(other.only_a) + len(other.only_b) < len(diff.only_a) + len(diff.only_b):
            diff = other
    return _relative_changes(a, b, diff)


_SPACED_GROUP = re.compile(r"\d \d{3}(?!\d)")


def _compare(a: str, b: str, left: list[Quantity], right: list[Quantity]) -> QuantityDiff:
    unmatched_b = list(right)
    only_a: list[Quantity] = []
    reworded: list[tuple[Quantity, Quantity]] = []
    recounted: list[tuple[Quantity, Quantity]] = []
    uncounted: list[tuple[Quantity, Quantity]] = []
    words_a, words_b = (
        set(re.findall(r"\w+", a.lower())),
        set(re.findall(r"\w+", b.lower())),
    )
    # An amount said the same way first, then in converted units: "100 m to 250 m (328 to 820
    # ft)" / "100 to 250 (328 to 820 ft)" must not read the 100 m as the other side's 328 ft.
    exact: dict[int, Quantity] = {}
    for index, quantity in enumerate(left):
        same = next((q for q in unmatched_b if q.key == quantity.key), None)
        if same is not None:
            exact[index] = same
            unmatched_b.remove(same)
    for index, quantity in enumerate(left):
        partner = exact.get(index) or next(
            (q for q in unmatched_b if _same_amount(q, quantity)), None
        )
        if partner is None:
            only_a.append(quantity)
            continue
        if index not in exact:
            unmatched_b.remove(partner)
        # A month said once for two days stands on the day that lacks it: "22" is no rewording
        # of "July".
        month_shared = quantity.unit == "date" and (quantity.unit_shared or partner.unit_shared)
        if partner.surface != quantity.surface and not month_shared:
            reworded.append((quantity, partner))
        # "48 hours" / "two days": one span of time in two units counts no other thing.
        span = span_of_time(quantity)
        one_span = span is not None and span == span_of_time(partner)
        if (
            not one_span
            and not _same_head(quantity.counted, partner.counted)
            and not _years_marked(quantity, partner)
            and (partner.counted not in words_a or quantity.counted not in words_b)
        ):
            recounted.append((quantity, partner))
        elif (quantity.counted is None) != (partner.counted is None) and "time" not in (
            quantity.unit,
            partner.unit,
        ):  # a time counts nothing: "14.30 Storytelling" is no count of storytelling
            uncounted.append((quantity, partner))
    _pair_sizes(a, b, only_a, unmatched_b, reworded)
    # A repeated amount ("3 million ... 3 million") matched once each side is not a change,
    # whichever side repeats it.
    counts_a, counts_b = Counter(q.key for q in left), Counter(q.key for q in right)
    # "2nd base" / "second base": an ordinal in digits is the ordinal word on the other side,
    # wherever it stands (only dates make the word itself a quantity).
    ordinals_a, ordinals_b = _ordinal_words(a), _ordinal_words(b)
    rest_a = [q for q in only_a if not (q.unit == "ordinal" and q.value in ordinals_b)]
    rest_b = [q for q in unmatched_b if not (q.unit == "ordinal" and q.value in ordinals_a)]
    # "Russia 1" / "Russia-1": a number that names, with the name before it, what the other
    # side writes as one code; the codes check reads a number changed there.
    rest_a = [q for q in rest_a if not _named_by_code(q, a, b)]
    rest_b = [q for q in rest_b if not _named_by_code(q, b, a)]
    # "These two black holes" / "Both black holes", "a pair of shoes" / "two shoes": a two the
    # other side says in a word that means two.
    rest_a = [q for q in rest_a if not (_bare_two(q) and _TWO_WORDS & (words_b - words_a))]
    rest_b = [q for q in rest_b if not (_bare_two(q) and _TWO_WORDS & (words_a - words_b))]
    # "allows only one entry" / "a single-entry visa", "one dose" / "a single dose": a one the
    # other side says in a word that means one.
    rest_a = [q for q in rest_a if not (_bare_one(q) and _ONE_WORDS & (words_b - words_a))]
    rest_b = [q for q in rest_b if not (_bare_one(q) and _ONE_WORDS & (words_a - words_b))]
    # "one step closer" / "a step closer": the article counts one of the same thing.
    rest_a = [q for q in rest_a if not _one_as_article(q, b)]
    rest_b = [q for q in rest_b if not _one_as_article(q, a)]
    # "her two daughters, Siobhan and Anne" / "her daughters, Siobhan and Anne": the names
    # listed count them.
    rest_a = [q for q in rest_a if not _counted_by_list(q, a, b)]
    rest_b = [q for q in rest_b if not _counted_by_list(q, b, a)]
    # "once a week" / "weekly": the adverb of the period says the once.
    rest_a = [q for q in rest_a if not _once_per_period(q, a, b)]
    rest_b = [q for q in rest_b if not _once_per_period(q, b, a)]
    # "half of the voters" / "50 percent of the voters": a share in words is a percentage;
    # "a decade" / "ten years": a span in words is its years.
    words_of_a, words_of_b = _word_amounts(a), _word_amounts(b)
    unpaired_spans: list[tuple[list[Quantity], list[Quantity], Quantity]] = []
    for side, other_side, worded in (
        (rest_a, rest_b, words_of_a + time_spans(a, amounts=_with_word_amounts(left, words_of_a))),
        (rest_b, rest_a, words_of_b + time_spans(b, amounts=_with_word_amounts(right, words_of_b))),
    ):
        other_text = b if side is rest_a else a
        for amount in worded:
            partner = next(
                (
                    q
                    for q in other_side
                    if _same_word_amount(q, amount) and not _against(amount, q, other_text)
                ),
                None,
            )
            if partner is None:
                unpaired_spans.append((side, other_side, amount))
                continue
            other_side.remove(partner)
            # Its count is no amount of its own: "two-thirds" / "67 percent" drops no "two".
            side[:] = _outside(side, [amount])
            pair = (amount, partner) if side is rest_a else (partner, amount)
            reworded.append(pair)
    for side, other_side, amount in unpaired_spans:
        if _span_against_count(amount, side, other_side):
            side[:] = [*_outside(side, [amount]), amount]
    _rhythms(a, b, rest_a, rest_b, reworded)
    # "30 cm (12 inches)" / "30 cm": an amount given again in other units, in brackets.
    rest_a, rest_b = (
        [q for q in rest_a if not _restated(q, left, rest_a, a, rest_b)],
        [q for q in rest_b if not _restated(q, right, rest_b, b, rest_a)],
    )
    _summed(a, rest_a, rest_b, reworded, whole_side=1)
    _summed(b, rest_b, rest_a, reworded, whole_side=0)
    _count_shares(a, b, rest_a, rest_b, reworded, words=(words_of_a, words_of_b))
    changed_a = _unrepeated(rest_a, counts_b, [q for q in rest_b if counts_a[q.key] == 0])
    changed_b = _unrepeated(rest_b, counts_a, [q for q in rest_a if counts_b[q.key] == 0])
    return QuantityDiff(
        only_a=_weighed(changed_a, changed_b),
        only_b=_weighed(changed_b, changed_a),
        reworded=tuple(reworded),
        recounted=tuple(recounted),
        uncounted=tuple(uncounted),
    )


_TWO_WORDS = frozenset({"both", "pair"})
_ONE_WORDS = frozenset({"single", "sole"})
# An interval after "every" ("every 30 minutes"), and a count in a period after it ("twice an
# hour", "two trains an hour", "four times per hour"): the period and its length in the
# interval's unit.
_EVERY_BEFORE = re.compile(r"\bevery\s+\Z", re.IGNORECASE)
_PERIODS = {"minutes": ("hour", 60.0), "hours": ("day", 24.0)}
_IN_PERIOD = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:an?|per|each)\s+(hour|day)\b", re.IGNORECASE)


def _rhythms(
    a: str,
    b: str,
    rest_a: list[Quantity],
    rest_b: list[Quantity],
    reworded: list[tuple[Quantity, Quantity]],
) -> None:
    """One rhythm told by its interval on one side and by its count in a period on the other
    ("every 30 minutes" / "twice an hour", "every 6 hours" / "four times a day"): no figure
    changed. The pair leaves ``rest_a`` and ``rest_b`` (with the period read as a span of
    time, "an hour") for ``reworded``."""
    for side, other_side, own, other in ((rest_a, rest_b, a, b), (rest_b, rest_a, b, a)):
        for interval in list(side):
            period = _PERIODS.get(str(interval.counted).lower())
            if (
                period is None
                or not isinstance(interval.value, float)
                or interval.value <= 0
                or not _EVERY_BEFORE.search(own[: interval.start])
            ):
                continue
            for count in list(other_side):
                told = _IN_PERIOD.match(other, count.end)
                if (
                    told is None
                    or told.group(1).lower() != period[0]
                    or not isinstance(count.value, float)
                    or count.value * interval.value != period[1]
                ):
                    continue
                side.remove(interval)
                other_side.remove(count)
                # the period said as a span ("an hour") is no amount of its own either
                other_side[:] = [q for q in other_side if not count.end <= q.start < told.end()]
                reworded.append((interval, count) if side is rest_a else (count, interval))
                break


_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w]*)\s+$")


def _named_by_code(quantity: Quantity, own: str, other: str) -> bool:
    """Whether a bare number comes right after a capitalised word where ``other`` joins a
    capitalised word to the same number as one code ("Russia 1" / "Russia-1", "Rossiya 1" /
    "Russia-1": the name spelt otherwise is the names check's to read)."""
    if quantity.unit or not quantity.text.isdigit():
        return False
    if _NAME_BEFORE.search(own[: quantity.start]) is None:
        return False
    code = re.compile(rf"(?<![\w-])[A-Z][\w]*[-.]?{quantity.text}(?![\w-])")
    return code.search(other) is not None


def _span_against_count(span: Quantity, side: list[Quantity], other_side: list[Quantity]) -> bool:
    """Whether a span of time in words that no amount matched ("a quarter of a century", "a
    decade") stands against a count of time that the other side has and this side lacks ("20
    years", "eight years"): one length of time, changed, not a span dropped and a count added.
    A span the other side words without a count ("a day later" / "the next day") stays
    words."""
    length = span_of_time(span)
    if length is None or any(span_of_time(q) for q in _outside(side, [span])):
        return False
    return any((told := span_of_time(q)) is not None and told[1] == length[1] for q in other_side)


# Amounts that are no count of anything: a date, a time, a percentage.
_KINDS = frozenset({"%", "date", "decade", "ordinal", "time", "year"})
# How many a vague amount may be, as a reader takes it: from (inclusive) and below (exclusive).
# "dozens" is more than twenty and fewer than two hundred, and "hundreds" begins there.
_VAGUE_COUNTS = {
    "a couple": (2.0, 4.0),
    "a few": (2.0, 10.0),
    "a handful": (2.0, 10.0),
    "several": (3.0, 10.0),
    "tens": (20.0, 100.0),
    "dozens": (20.0, 200.0),
    "scores": (40.0, 400.0),
}
# Vague amounts that are no amount alone ("several times", "a few weeks" say "some"): they
# count only against an amount the other side has instead ("a few" / "dozens").
_SOFT = frozenset({"a couple of", "a few", "a handful", "several"})
# Words before a figure that make it a range: "more than 100" may be hundreds.
_BOUNDS = (
    (re.compile(r"(?:more\s+than|over|above|upwards\s+of|at\s+least|in\s+excess\s+of)\s+$"),
     (1.0, float("inf"))),
    (re.compile(r"(?:nearly|almost|close\s+to|just\s+under)\s+$"), (0.8, 1.0)),
    (re.compile(r"(?:less\s+than|fewer\s+than|under|below|up\s+to|at\s+most)\s+$"), (0.0, 1.0)),
    (re.compile(r"(?:about|around|some|roughly|approximately|an\s+estimated|estimated)\s+$"),
     (0.8, 1.25)),
)  # fmt: skip


def vague_range(quantity: Quantity) -> tuple[float, float] | None:
    """The counts a vague amount spans ("hundreds": 200 to 999, "several thousand": 3,000 to
    9,999, "tens of thousands": 20,000 to 99,999), or None for any other amount."""
    if not isinstance(quantity.value, str) or quantity.unit in _KINDS:
        return None
    words = [w for w in quantity.value.split() if w != "of"]
    low, high = 1.0, 1.0
    for size in (2, 1):
        if " ".join(words[:size]) in _VAGUE_COUNTS:
            low, high = _VAGUE_COUNTS[" ".join(words[:size])]
            words = words[size:]
            break
    for word in words:
        if word in _SCALES:
            low, high = low * _SCALES[word], high * _SCALES[word]
        elif word[:-1] in _SCALES and low == high == 1.0:
            # "hundreds" alone: two to nine hundred.
            low, high = 2 * _SCALES[word[:-1]], 10 * _SCALES[word[:-1]]
        elif word[:-1] in _SCALES:
            low, high = low * _SCALES[word[:-1]], high * _SCALES[word[:-1]]  # "tens of thousands"
        else:
            return None
    return (low, high) if high > 1.0 else None


def _figure_range(quantity: Quantity, text: str) -> tuple[float, float] | None:
    """The counts a figure allows, with the bound said before it ("more than 100": 100 and
    up); None for what is no count (a year, a date, a time, a percentage)."""
    if not isinstance(quantity.value, float) or quantity.unit in _KINDS or _year_like(quantity):
        return None
    before = text[max(0, quantity.start - 24) : quantity.start].lower()
    for bound, (low, high) in _BOUNDS:
        if bound.search(before):
            return quantity.value * low, quantity.value * high
    return quantity.value, quantity.value


def _same_size(left: Quantity, a: str, right: Quantity, b: str) -> bool:
    """A vague amount and another amount whose ranges meet ("dozens" / "scores of", "thousands"
    / "several thousand", "hundreds" / "more than 100"; not "dozens" / "2,000")."""
    vague_left, vague_right = vague_range(left), vague_range(right)
    if (vague_left is None and vague_right is None) or left.unit != right.unit:
        return False
    span_left = vague_left or _figure_range(left, a)
    span_right = vague_right or _figure_range(right, b)
    if span_left is None or span_right is None:
        return False
    if vague_left is None or vague_right is None:
        # A figure is closed at its top ("nearly 1,000" may be hundreds; "1,000" is not).
        figure, vague = (span_left, span_right) if vague_left is None else (span_right, span_left)
        return figure[0] < vague[1] and vague[0] <= figure[1]
    return span_left[0] < span_right[1] and span_right[0] < span_left[1]


def other_size(left: Quantity, right: Quantity) -> bool:
    """Two counts of the same unit, one of them vague, whose ranges do not meet: "dozens" /
    "hundreds", "dozens" / "2,000" (not a date, a time or a share against a vague amount)."""
    if left.unit != right.unit or not (vague_range(left) or vague_range(right)):
        return False
    if not all(vague_range(q) or _figure_range(q, "") for q in (left, right)):
        return False
    return not _same_size(left, "", right, "")


def _pair_sizes(
    a: str,
    b: str,
    only_a: list[Quantity],
    only_b: list[Quantity],
    reworded: list[tuple[Quantity, Quantity]],
) -> None:
    """Moves from ``only_a`` and ``only_b`` to ``reworded`` the vague amounts and the amounts
    of the same size ("dozens" / "scores of", "hundreds" / "more than 100"): first those that
    count the same thing, then any, except a soft one ("several") against a figure, which is
    as likely to stand for another amount of the sentence ("several people ... 2 blasts" /
    "some people ... 3 blasts")."""
    for same_thing in (True, False):
        for left in list(only_a):
            right = next(
                (
                    q
                    for q in only_b
                    if _same_size(left, a, q, b)
                    and (
                        _same_head(left.counted, q.counted) if same_thing else _loose_pair(left, q)
                    )
                ),
                None,
            )
            if right is not None:
                only_a.remove(left)
                only_b.remove(right)
                reworded.append((left, right))


def _loose_pair(left: Quantity, right: Quantity) -> bool:
    """Two amounts of the same size that may count other things and still pair up: no soft
    vague amount against a figure."""
    return not any(q.value in _SOFT for q in (left, right)) or bool(
        vague_range(left) and vague_range(right)
    )


def _weighed(changed: tuple[Quantity, ...], other: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """The changed amounts less a soft vague one ("several", "a few") that no changed count of
    the other side stands across from (each is taken by a firm amount of this side first):
    alone, it says "some"."""
    firm = [q for q in changed if q.value not in _SOFT]
    counts = [q for q in other if vague_range(q) or _figure_range(q, "")]
    return changed if len(counts) > len(firm) else tuple(firm)


def _outside(quantities: list[Quantity], wholes: list[Quantity]) -> list[Quantity]:
    """The quantities that start inside none of ``wholes`` (a share's count, "two" of
    "two-thirds", is part of the share)."""
    return [q for q in quantities if not any(w.start <= q.start < w.end for w in wholes)]


# What joins the parts of a sum in a list: "150 passengers and six crew", "12 adults, 4 children".
_SUM_JOIN = re.compile(r"[^\d.;:()]{0,40}?(?:\band\b|\bplus\b|,)[^\d.;:()]{0,20}")


def _summed(
    text: str,
    parts: list[Quantity],
    wholes: list[Quantity],
    reworded: list[tuple[Quantity, Quantity]],
    *,
    whole_side: int,
) -> None:
    """Removes from ``parts`` (one side's unmatched amounts, in ``text``) two or three counts
    listed together whose sum the other side states in one ("150 passengers and six crew" /
    "156 people"), and that sum from ``wholes``; each part is a rewording of it."""
    # Each part counts a thing of its own ("150 passengers and six crew"): "one died, and one
    # was injured" is no sum of two dead.
    counts = [q for q in parts if q.unit is None and isinstance(q.value, float) and q.counted]
    for first in range(len(counts)):
        for width in (2, 3):
            run = counts[first : first + width]
            if len(run) < width or not all(
                _SUM_JOIN.fullmatch(text[x.end : y.start]) for x, y in pairwise(run)
            ):
                continue
            total = sum(float(q.value) for q in run)
            whole = next(
                (q for q in wholes if q.unit is None and q.value == total and not _year_like(q)),
                None,
            )
            if whole is None:
                continue
            wholes.remove(whole)
            for part in run:
                parts.remove(part)
                reworded.append((whole, part) if whole_side == 0 else (part, whole))
            return


def _count_shares(
    a: str,
    b: str,
    rest_a: list[Quantity],
    rest_b: list[Quantity],
    reworded: list[tuple[Quantity, Quantity]],
    *,
    words: tuple[list[Quantity], list[Quantity]],
) -> None:
    """Adds to ``rest_a`` and ``rest_b`` (each side's unmatched amounts) the shares in words
    that no amount explains, where the other side states a share instead: the same share on
    both sides ("one half" / "half") is no change, and its count no amount of its own. A
    factor ("doubled") is an amount wherever it stands, unless the other side multiplies by it
    in other words ("twice as many", "increased two times"). ``words``: each side's
    ``_word_amounts``, which hold its shares and factors."""
    shares_a = _unexplained_shares(words[0], reworded, 0)
    shares_b = _unexplained_shares(words[1], reworded, 1)
    for share in list(shares_a):
        same = next((q for q in shares_b if _same_word_amount(q, share)), None)
        if same is not None:
            shares_a.remove(share)
            shares_b.remove(same)
            rest_a[:] = _outside(rest_a, [share])
            rest_b[:] = _outside(rest_b, [same])
    for side, shares, other, other_shares, other_text in (
        (rest_a, shares_a, rest_b, shares_b, b),
        (rest_b, shares_b, rest_a, shares_a, a),
    ):
        if not (other_shares or any(q.unit in ("%", "pt") for q in other)):
            shares = [q for q in shares if q.counted and not _multiplied(q, other_text)]
        if shares:
            side[:] = sorted(_outside(side, shares) + shares, key=lambda q: q.start)


# A multiplier said in other words than a factor's: "twice", "double", "two times".
_MULTIPLIER_WORDS = {2: "twice|double|doubles", 3: "triple|triples|thrice", 4: "quadruple"}


def _multiplied(factor: Quantity, text: str) -> bool:
    """``text`` multiplies by the factor of ``factor`` (``_factors``) in other words: "doubled"
    / "twice as many", "increased two times"; "halved" / "by half"."""
    if factor.counted == "fall":
        return re.search(r"\bhalf\b", text, re.IGNORECASE) is not None
    times = round(float(factor.value) / 100) + 1
    word = next((w for w, n in NUMBER_WORDS.items() if n == times), str(times))
    said = rf"(?:{word}|{times})\s+times"
    if times in _MULTIPLIER_WORDS:
        said += "|" + _MULTIPLIER_WORDS[times]
    return re.search(rf"(?<![\w-])(?:{said})(?![\w-])", text, re.IGNORECASE) is not None


def _unexplained_shares(
    words: list[Quantity], reworded: list[tuple[Quantity, Quantity]], side: int
) -> list[Quantity]:
    """The shares in words ("a quarter", "two-thirds") and the factors ("doubled") among
    ``words`` (a side's ``_word_amounts``) that no amount of the other side explains, the shares
    first. They count as amounts only against a share the other side states instead ("a
    quarter point" / "half a point", "a third of voters" / "40 percent of voters"): alone, a
    share word is as often no amount at all ("the first half of the match")."""
    explained = {pair[side].start for pair in reworded}
    shares = [q for q in words if q.unit in ("%", "pt") and q.counted is None]
    factors = [q for q in words if q.counted in ("rise", "fall")]
    return [share for share in shares + factors if share.start not in explained]


def _bare_two(quantity: Quantity) -> bool:
    return quantity.value == 2 and quantity.unit is None


def _bare_one(quantity: Quantity) -> bool:
    return quantity.value == 1 and quantity.unit is None


def _one_as_article(quantity: Quantity, other: str) -> bool:
    """A "one" whose counted noun the other side names after "a" or "an" (a word or two of
    its own may stand between): "one antibody cocktail" / "an antibody cocktail"."""
    if quantity.text.lower() != "one" or quantity.unit is not None or not quantity.counted:
        return False
    noun = re.escape(quantity.counted)
    article = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{noun}\b"
    return re.search(article, other, re.IGNORECASE) is not None


# The adverb or adjective of a period that says "once a ..." in one word.
_PERIODICALLY = {
    "hour": r"hourly",
    "day": r"daily",
    "night": r"nightly",
    "week": r"weekly",
    "fortnight": r"fortnightly",
    "month": r"monthly",
    "quarter": r"quarterly",
    "year": r"yearly|annual|annually",
}
_ONCE_A = re.compile(r"\s+(?:a|an|per|every|each)\s+(?P<period>" + "|".join(_PERIODICALLY) + r")\b")


def _once_per_period(quantity: Quantity, own: str, other: str) -> bool:
    """A "once a week" whose period the other side says as its adverb ("weekly"): the same
    rhythm, no count of its own. "Twice a week" / "weekly" stays another count."""
    if quantity.text.lower() != "once":
        return False
    period = _ONCE_A.match(own, quantity.end)
    if period is None:
        return False
    adverb = _PERIODICALLY[period.group("period").lower()]
    return re.search(rf"\b(?:{adverb})\b", other, re.IGNORECASE) is not None


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
# The unit a share is of: "half a percent", "a quarter of a percentage point", "a quarter point".
_OF_A_UNIT = re.compile(
    r"\s+(?:(?:of\s+)?(?:a|an|one)\s+)?(?P<unit>percentage\s+points?|points?|per\s*cent|percent)\b",
    re.IGNORECASE,
)
_SHARE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


# A rate: so many of every so many ("one in five", "1 out of 10", "nine out of ten", "two out
# of every three", "one in every hundred", "every fifth child", "every other day"). "every
# second" is left alone: as often a span of time as a rate.
_RATE = re.compile(
    r"(?<![\w-])(?:(?P<part>one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+"
    r"(?P<link>in|out\s+of)\s+(?:every\s+)?(?P<whole>two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"a\s+hundred|a\s+thousand|thousand|\d{1,7}(?:,\d{3})*)"
    r"|every\s+(?P<nth>other|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,3}(?:rd|th)))(?![\w-])",
    re.IGNORECASE,
)
_RATE_WHOLES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "thousand": 1000,
    "a thousand": 1000, "other": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _rate_value(match: re.Match[str]) -> float | None:
    """The share a rate of :data:`_RATE` says, as a percentage, or None where the words are no
    rate: a part no smaller than its whole, or a part above one "in" a figure that is no round
    base ("12 in 2019" is a count in a year; "four in 10 adults" a rate)."""
    said = re.sub(r"\s+", " ", (match.group("whole") or match.group("nth")).lower())
    whole = _RATE_WHOLES.get(said) or int(re.sub(r"\D", "", said) or 0)
    part_said = (match.group("part") or "one").lower()
    part = NUMBER_WORDS.get(part_said) or int(re.sub(r"\D", "", part_said) or 0)
    if not 0 < part < whole:
        return None
    link = (match.group("link") or "").lower()
    if part > 1 and link == "in" and said[:1].isdigit() and whole not in _ROUND_BASES:
        return None
    return 100 * part / whole


_ROUND_BASES = frozenset({10, 100, 1000, 10000, 100000})


def _shares(text: str) -> list[Quantity]:
    """The shares written in words, as percentages ("two-thirds": 66.7 %), and the rates
    ("one in five", "every fifth": 20 %)."""
    found = []
    rates = list(_RATE.finditer(text))
    for match in _SHARE.finditer(text):
        part = match.group("part").lower().removesuffix("s")
        count = match.group("count")
        if count is None and part != "half":
            continue
        if any(r.start() <= match.start() < r.end() for r in rates):
            continue  # "every fifth": the rate reads it
        share = _SHARE_COUNTS[(count or "one").lower()] * (100 / FRACTION_PARTS[part])
        of_unit = _OF_A_UNIT.match(text, match.end())
        if of_unit is not None:
            # "half a percent" is 0.5 %, "a quarter of a point" 0.25 points: a share of one unit.
            points = of_unit.group("unit").lower().startswith(("percentage", "point"))
            unit = "pt" if points else "%"
            said = text[match.start() : of_unit.end()]
            found.append(Quantity(round(share / 100, 4), unit, text=said, start=match.start()))
            continue
        # Whole percentages: "a third" is written "33%" far more often than "33.3%".
        found.append(Quantity(float(round(share)), "%", text=match.group(0), start=match.start()))
    for match in rates:
        percent = _rate_value(match)
        if percent is not None:
            value = float(round(percent)) if percent >= 1 else round(percent, 3)
            found.append(Quantity(value, "%", text=match.group(0), start=match.start()))
    return sorted(found, key=lambda q: q.start)


# A span of time in the units a translation may spell it out in, each in the base unit of its
# clock ("48 hours" / "two days", "90 minutes" / "an hour and a half") or its calendar ("18
# months" / "a year and a half", "a decade" / "ten years"). A month is no whole count of days
# nor weeks, so the two bases never meet: "four weeks" / "a month" stays another amount.
_SPANS = {
    "second": (1 / 60, "minute"),
    "sec": (1 / 60, "minute"),
    "minute": (1.0, "minute"),
    "min": (1.0, "minute"),
    "hour": (60.0, "minute"),
    "hr": (60.0, "minute"),
    "day": (24 * 60.0, "minute"),
    "week": (7 * 24 * 60.0, "minute"),
    "fortnight": (14 * 24 * 60.0, "minute"),
    "month": (1.0, "month"),
    "year": (12.0, "month"),
    "yr": (12.0, "month"),
    "decade": (120.0, "month"),
    "century": (1200.0, "month"),
    "centurie": (1200.0, "month"),  # "centuries" less its "s", as span_of_time tries it
    "millennium": (12000.0, "month"),
    "millennia": (12000.0, "month"),
}
# A span in words that amounts are read in ("a decade", "the past week"): the words are the
# amount's, as the number check reads them.
_SPAN = re.compile(
    r"(?<![\w-])(?:half\s+a|a|an|one|the\s+(?:past|last|previous|next|coming|following))"
    r"\s+(?:half\s+)?"
    r"(?P<span>decade|century|millennium|fortnight|week)(?![\w-])",
    re.IGNORECASE,
)
# A span of time in words that a count of another unit may say ("a day" / "24 hours", "an hour
# and a half" / "90 minutes", "a quarter of an hour" / "15 minutes"): it pairs with such a count
# and nothing more, its words stay words ("take a year off" / "take a off" lost a word). "A
# second" is left out: it is far more often an ordinal ("a second time") than a span, and so is
# "one day": "someday" far more often than a day.
# The units a span of time is counted in ("second" aside: "a second" is as often an ordinal).
TIME_UNITS = ("minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century",
              "millennium")  # fmt: skip
_SPAN_UNITS = "|".join(TIME_UNITS)
_TIME_SPAN = re.compile(
    r"(?<![\w-])(?:(?P<half>half\s+an?)|an?)\s+(?:(?P<half_of>half)\s+)?"
    rf"(?P<span>{_SPAN_UNITS})(?P<and_half>\s+and\s+a\s+half)?(?![\w-])"
    rf"|(?<![\w-])(?P<quarters>a|one|three)\s+quarters?\s+of\s+an?\s+(?P<quartered>{_SPAN_UNITS})"
    r"(?![\w-])",
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
    return sorted(_shares(text) + _factors(text) + spans, key=lambda q: q.start)


def time_spans(text: str, *, amounts: list[Quantity] | None = None) -> list[Quantity]:
    """The spans of time in words of ``text`` ("an hour and a half": 1.5 hours, "a quarter of an
    hour": 0.25), each a count of its unit that :func:`span_of_time` reads; none that an amount
    of :func:`extract_amounts` holds, but for the share it says ("a half", "three quarters").
    ``amounts``: ``extract_amounts(text)``, where the caller has it already."""
    counts = [a for a in (extract_amounts(text) if amounts is None else amounts) if a.unit != "%"]
    found = []
    for match in _TIME_SPAN.finditer(text):
        if any(
            a.start < match.end() and match.start() < a.end and not _part_of_span(a, match)
            for a in counts
        ):
            continue
        found.append(
            Quantity(
                _span_value(match),
                None,
                text=match.group(0),
                start=match.start(),
                counted=(match.group("span") or match.group("quartered")).lower(),
            )
        )
    return found


def _part_of_span(amount: Quantity, span: re.Match[str]) -> bool:
    """An amount of a unit that a longer span in words holds as its part ("a century" of "a
    quarter of a century"): the span is read, not the amount."""
    inside = span.start() <= amount.start and amount.end <= span.end()
    return inside and len(amount.text) < len(span.group(0)) and bool(amount.counted)


def _span_value(match: re.Match[str]) -> float:
    """How many of its unit a span in words is ("half an hour": 0.5, "a year and a half": 1.5,
    "three quarters of an hour": 0.75)."""
    if match.group("quarters"):
        return 0.75 if match.group("quarters").lower() == "three" else 0.25
    if match.group("half") or match.group("half_of"):
        return 0.5
    return 1.5 if match.group("and_half") else 1.0


def extract_amounts(text: str) -> list[Quantity]:
    """:func:`extract_quantities` and the amounts in words ("half", "two-thirds", as
    percentages; "a decade"), in order: every amount a reader would compare. A share holds its
    count ("two" in "two-thirds"); an amount holds a share of its own ("half a million")."""
    return _with_word_amounts(extract_quantities(text), _word_amounts(text))


def _with_word_amounts(quantities: list[Quantity], words: list[Quantity]) -> list[Quantity]:
    """The amounts :func:`extract_quantities` read and those in words, each once, in order."""

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
        if amount.counted in ("rise", "fall"):
            continue  # "doubled" is a word too: a verb that says its amount (``_factors``)
        end = amount.end
        while end < len(text) and not text[end].isspace() and text[end] not in ",;:!?)":
            end += 1
        # "87 years old", "at the age of 87 (years)": the words of an age are its amount's
        # ("Smith, 87, said", "died at 87").
        start = amount.start
        age_of = _AGE_OF.search(text, 0, start)
        if age_of is not None:
            start = age_of.start()
        age = (_YEARS if age_of else YEARS_OLD).match(text, end)
        if age is None and re.fullmatch(r"-years?", text[amount.end : end], re.IGNORECASE):
            age = _OLD.match(text, end)  # "84-year old", half hyphenated
        spans.append((start, age.end() if age else end))
    return spans


# The words of an age after its number: "87 years old", "87 years of age".
YEARS_OLD = re.compile(r"\s+years?\s+(?:old|of\s+age)\b", re.IGNORECASE)
_YEARS = re.compile(r"\s+years?(?:\s+old|\s+of\s+age)?\b", re.IGNORECASE)
_OLD = re.compile(r"\s+old\b", re.IGNORECASE)
_AGE_OF = re.compile(r"\b(?:the\s+)?age\s+of\s+$", re.IGNORECASE)


# A change by a factor, said in one word: "doubled" is a rise of 100 %, "tripled" of 200 %,
# "threefold" of 200 %, "halved" a fall of 50 %. "doubled as", "doubled down", "doubled over"
# are no amounts.
_FACTOR = re.compile(
    r"(?<![\w-])(?:(?P<verb>doubl|tripl|quadrupl|halv)(?:ed|ing|es)"
    r"|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[\s-]?fold)(?![\w-])"
    r"(?!\s+(?:as|down|over|up|back)\b)",
    re.IGNORECASE,
)
_FACTOR_VERBS = {"doubl": 2, "tripl": 3, "quadrupl": 4}
# Words that tell the way an amount went, looked for in the few words around a percentage.
_RISE = re.compile(
    r"\b(?:r[io]se[ns]?|rising|increas\w*|gr[eo]wt?h?|grown|grows|gain\w*|up|jump\w*|climb\w*|"
    r"surg\w*|soar\w*|higher|hike\w*|boost\w*|rais\w*|doubl\w*|tripl\w*)\b",
    re.IGNORECASE,
)
_FALL = re.compile(
    r"\b(?:fell|fall\w*|drop\w*|declin\w*|decreas\w*|down|cut\w*|lower\w*|reduc\w*|slash\w*|"
    r"plung\w*|sh?rank|shrunk|shrink\w*|dipp?\w*|slump\w*|halv\w*|lost|loss\w*)\b",
    re.IGNORECASE,
)


def _factors(text: str) -> list[Quantity]:
    """The changes by a factor said in one word, as the percentage they rise or fall by
    ("doubled": 100 %, "halved": 50 %, "threefold": 200 %), each with the way it goes
    (``counted``: "rise" or "fall"). A fold beside a fall ("fell threefold") is left unread: it
    says a third as often as three times."""
    found = []
    for match in _FACTOR.finditer(text):
        verb, fold = match.group("verb"), match.group("fold")
        if verb is not None:
            verb = verb.lower()
            way = "fall" if verb == "halv" else "rise"
            percent = 50.0 if verb == "halv" else (_FACTOR_VERBS[verb] - 1) * 100.0
        else:
            # "a twofold aim" counts parts: a fold is a factor only beside a rise.
            near = text[max(0, match.start() - 30) : match.end() + 30]
            if _FALL.search(near) or not _RISE.search(near):
                continue
            times = NUMBER_WORDS.get(fold.lower()) or int(fold)
            if times < 2:
                continue
            way, percent = "rise", (times - 1) * 100.0
        found.append(Quantity(percent, "%", text=match.group(0), start=match.start(), counted=way))
    return found


def _against(factor: Quantity, percent: Quantity, text: str) -> bool:
    """A factor's percentage (``_factors``) said of the other way round: "halved" / "rose 50
    percent", "doubled" / "a 100 percent drop"."""
    if factor.counted not in ("rise", "fall"):
        return False
    before = " ".join(re.findall(r"[\w%-]+", text[: percent.start])[-5:])
    after = " ".join(re.findall(r"[\w%-]+", text[percent.end :])[:2])
    around = f"{before} {after}"
    contrary = _FALL if factor.counted == "rise" else _RISE
    return contrary.search(around) is not None


_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-z]+)\s+(?:by\s+)?$", re.IGNORECASE)


def way_before(text: str, start: int) -> tuple[int, str] | None:
    """The word right before ``start`` (a "by" between allowed) that says which way an amount
    went ("rose 100 percent", "fell by half"): where it starts, and "rise" or "fall"."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return None
    word = match.group("word")
    for way, pattern in (("rise", _RISE), ("fall", _FALL)):
        if pattern.fullmatch(word):
            return match.start(), way
    return None


def _same_word_amount(quantity: Quantity, word: Quantity) -> bool:
    """A percentage that a share in words rounds to ("a third" / "33%", and "a third" /
    "thirty percent": a share in words is a round figure, and translators round it either
    way), or a span in other units ("a decade" / "ten years")."""
    if word.counted == "rise" and quantity.counted == "times" and quantity.unit is None:
        # "doubled" / "increased two times": a factor said as a count of times.
        return quantity.value == round(float(word.value) / 100) + 1
    if word.unit in ("%", "pt"):
        # A rate is exact: "one in six" is not "one in seven", though 17 % and 14 % are close;
        # so is a factor ("doubled") and a share of one unit ("half a percent").
        rate = any(_RATE.fullmatch(q.text) for q in (quantity, word))
        exact = word.counted in ("rise", "fall") or _OF_A_UNIT.search(word.text) is not None
        if quantity.unit == "bp" and word.unit == "pt":
            return _converted(quantity, word)  # "a quarter of a point" / "25 basis points"
        return (
            quantity.unit == word.unit
            and isinstance(quantity.value, float)
            and isinstance(word.value, float)
            and abs(quantity.value - word.value) < (0.001 if exact else 1 if rate else 4)
        )
    span = span_of_time(word)
    return quantity.unit is None and span is not None and span_of_time(quantity) == span


def span_of_time(quantity: Quantity) -> tuple[float, str] | None:
    """A span of time in minutes or months ("two decades": 240 months, "48 hours": 2,880
    minutes), if ``quantity`` is one: one span said in two units compares equal."""
    # An ordinal ("the 19th century") is a date, no length of time.
    if not isinstance(quantity.value, float) or not quantity.counted or quantity.unit:
        return None
    noun = quantity.counted.lower()
    for unit in (noun, noun.removesuffix("s")):
        if unit in _SPANS:
            factor, base = _SPANS[unit]
            return round(quantity.value * factor, 6), base
    return None


def _ordinal_words(text: str) -> set[float]:
    """The ranks of the ordinals in words of ``text`` ("second": 2, "twenty-first": 21)."""
    return {float(ordinal_value(m.group("ordinal"))) for m in _DATED_ORDINAL.finditer(text)}


def ordinals_in_words(text: str) -> list[tuple[int, int, int]]:
    """Each ordinal in words of ``text`` that has a tens part ("twenty-first"), as (start, end,
    rank): no count of twenty, and "21st" written out."""
    return [
        (m.start("ordinal"), m.end("ordinal"), ordinal_value(m.group("ordinal")))
        for m in _DATED_ORDINAL.finditer(text)
        if re.match(_TENS_WORD, m.group("ordinal"), re.IGNORECASE)
    ]


_RANK_IN_WORDS = re.compile(rf"(?:(?:{_TENS_WORD})[\s-])?(?:{_ORDINAL_WORD})", re.IGNORECASE)


def rank_in_words(word: str) -> int | None:
    """The rank of an ordinal in words, with its tens or without ("second": 2, "twenty-first":
    21), or None ("one-third" is a share, no rank)."""
    return ordinal_value(word) if _RANK_IN_WORDS.fullmatch(word) else None


# A Roman numeral as regnal numbers and centuries write it, 1 to 89, in its one correct form
# ("IV", never "IIII"; "XIV", never "XVIIII").
_ROMAN = re.compile(r"(?P<tens>L?X{0,3}|XL)(?P<units>IX|IV|V?I{0,3})")
_ROMAN_TENS = {"": 0, "X": 10, "XX": 20, "XXX": 30, "XL": 40, "L": 50, "LX": 60, "LXX": 70}
_ROMAN_TENS["LXXX"] = 80
_ROMAN_UNITS = {"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_ROMAN_UNITS["IX"] = 9


def roman_value(word: str) -> int | None:
    """The number a Roman numeral in capitals writes ("VIII": 8, "XIV": 14), or None where
    ``word`` is no numeral of 1 to 89 in its correct form ("IIII", "VX", "Iv")."""
    m = _ROMAN.fullmatch(word)
    if m is None or not word:
        return None
    return _ROMAN_TENS[m.group("tens")] + _ROMAN_UNITS[m.group("units")]


def ordinal_value(phrase: str) -> int:
    """The rank an ordinal in words says ("twenty-first": 21; 0 for no ordinal)."""
    return sum(
        ORDINAL_WORDS.get(part, NUMBER_WORDS.get(part, 0))
        for part in re.split(r"[\s-]+", phrase.lower())
    )


# Units a translation converts to its readers' ("40C" / "104 degrees Fahrenheit", "100 km" /
# "62 miles", "130km/h" / "80mph"): how many of the second make one of the first.
_CONVERSIONS = {
    ("km", "mi"): 1 / 1.609344,
    ("m", "ft"): 1 / 0.3048,
    ("cm", "in"): 1 / 2.54,
    ("km²", "mi²"): 1 / 2.589988,
    ("ha", "acre"): 2.471054,
    ("km/h", "mph"): 1 / 1.609344,
    # One system, another prefix: "1 km" / "1,000 metres", "5,000 tonnes" / "5 million kg".
    ("km", "m"): 1000.0,
    ("m", "cm"): 100.0,
    ("cm", "mm"): 10.0,
    ("t", "kg"): 1000.0,
    ("pt", "bp"): 100.0,
    ("kW", "hp"): 1.341022,
}
# Power and energy in the SI's steps of a thousand: "350 MW" / "0.35 GW", "45 TWh" / "45,000
# GWh" (watts against watt-hours are no conversion: power is not energy).
_CONVERSIONS.update(
    {
        (big, small): 1000.0 ** (chain.index(big) - chain.index(small))
        for chain in (("W", "kW", "MW", "GW", "TW"), ("Wh", "kWh", "MWh", "GWh", "TWh"))
        for big, small in combinations(reversed(chain), 2)
    }
)
# Converted figures are rounded: within this share of each other they are the same amount.
_ROUNDING = 0.03


def _converted(left: Quantity, right: Quantity) -> bool:
    """The same amount in another system of units, rounded ("40C" / "104F", "10 km" /
    "6.2 miles")."""
    if not (isinstance(left.value, float) and isinstance(right.value, float)):
        return False
    values = {left.unit: left.value, right.unit: right.value}
    # Degrees with no scale may be Celsius, converted: "40 degrees" / "104 degrees Fahrenheit".
    for celsius in ("°C", "°"):
        if set(values) == {celsius, "°F"}:
            return abs(values[celsius] * 9 / 5 + 32 - values["°F"]) <= 1.5
    for (first, second), factor in _CONVERSIONS.items():
        if set(values) == {first, second}:
            expected = values[first] * factor
            return expected > 0 and abs(values[second] - expected) <= _ROUNDING * expected
    return False


# What may stand between an amount and its conversion: an opening bracket, a hedge of the
# rounding ("5 miles (about 8 km)") or the word that says it ("8 km, or 5 miles,").
_RESTATED_BETWEEN = re.compile(
    r"\s*(?:\(|,\s*or)\s*(?:about|around|some|roughly|approximately|nearly|almost|just\s+over|"
    r"just\s+under|more\s+than)?\s*$"
)
_RESTATED_AFTER = re.compile(r"\s*[),]")
# Two currencies' amounts in one bracket are one sum converted at the day's rate, which no
# table holds: within this factor of each other, they may be (a yen is a hundredth of a dollar,
# a pound more than one).
_CURRENCY_RATES = 300.0
_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CNY", "KRW", "RUB"})


def _restated(
    quantity: Quantity,
    own: list[Quantity],
    unmatched: list[Quantity],
    text: str,
    unmatched_other: list[Quantity],
) -> bool:
    """Whether ``quantity`` gives again, in other units and in brackets, an amount beside it
    that the other side has ("30 cm (12 inches)", "5 miles (8 km)", "$1.2bn (£950m)"): a
    conversion a translator adds or leaves out for the readers, the same amount. The amount
    it converts must be matched on the other side ("30 cm (12 inches)" / "30 inches" drops
    the 30 cm: both amounts then stand unmatched), and the other side has no amount of its
    unit or its number left unmatched ("2 metres (6.6 feet)" / "3 metres (6.6 feet)" changed
    the metres, "65 km (40 miles)" / "40 miles (65)" lost the kilometres)."""
    if any(q.unit == quantity.unit or q.value == quantity.value for q in unmatched_other):
        return False
    for other in own:
        if other is quantity or other in unmatched or not _conversion_of(other, quantity):
            continue
        first, second = (other, quantity) if other.start < quantity.start else (quantity, other)
        if _RESTATED_BETWEEN.fullmatch(text[first.end : second.start]) and _RESTATED_AFTER.match(
            text[second.end :]
        ):
            return True
    return False


def _conversion_of(left: Quantity, right: Quantity) -> bool:
    """One amount in two systems of units, or a sum in two currencies."""
    if left.unit == right.unit:
        return False
    if _converted(left, right):
        return True
    currencies = {left.unit, right.unit} <= _CURRENCIES
    if not (currencies and isinstance(left.value, float) and isinstance(right.value, float)):
        return False
    low, high = sorted((left.value, right.value))
    return low > 0 and high / low <= _CURRENCY_RATES


_DOTTED_CLOCK = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")
_FOUR_DIGIT_CLOCK = re.compile(r"([01]\d|2[0-3])([0-5]\d)")


def _same_amount(left: Quantity, right: Quantity) -> bool:
    """Value and unit agree; a day written as an ordinal ("June 20th") is the plain number
    ("June 20"); "the 1800s" is "the 19th century"; the same amount in converted units."""
    if left.key == right.key or _converted(left, right):
        return True
    if left.value == right.value and {left.unit, right.unit} in ({"°", "°C"}, {"°", "°F"}):
        return True
    if left.unit == right.unit == "time" and (
        _said_of_either_half(left) or _said_of_either_half(right)
    ):
        # "a quarter to eight" / "19:45": a time said in words is of either half of the day.
        return _twelve_hours(str(left.value)) == _twelve_hours(str(right.value))
    if {left.unit, right.unit} == {"time", None}:
        # "14:30" / "14.30": a time with a stop between its hour and its minutes, as a
        # British timetable sets it, reads as a figure of two decimals; "0552" / "05:52", a
        # 24-hour clock's four digits with nothing between, as a figure (not one that reads
        # as a year: "2015" / "20:15" is no time written otherwise).
        clock, bare = (left, right) if left.unit == "time" else (right, left)
        dotted = _DOTTED_CLOCK.fullmatch(bare.text) or (
            None if _year_like(bare) else _FOUR_DIGIT_CLOCK.fullmatch(bare.text)
        )
        return dotted is not None and str(clock.value) == _clock(
            int(dotted.group(1)), int(dotted.group(2)), None
        )
    if {left.unit, right.unit} == {"year", None}:
        # "'21" / "2021": a year with its century left out.
        clipped, year = (left, right) if left.unit == "year" else (right, left)
        return _year_like(year) and float(year.value) % 100 == clipped.value
    if left.unit == right.unit == "decade":
        # "the 1990s" / "the nineties", "the '90s": the century goes without saying.
        short, full = sorted((str(left.value), str(right.value)), key=len)
        return len(short) == 3 and len(full) == 5 and full.endswith(short)
    span = span_of_time(left)
    if span is not None and span == span_of_time(right) and left.unit == right.unit:
        return True  # "two decades" / "20 years"
    if left.value == right.value and {left.unit, right.unit} == {"ordinal", None}:
        return True
    if left.value == right.value == 0 and {left.unit, right.unit} <= {*_CURRENCIES, None}:
        return True  # "£0" / "nil" / "zero": no money is no money in any currency
    if {left.unit, right.unit} == {"m", None}:
        # "1.2m people" / "1,200,000 people": the "m" that reads as metres was the millions.
        metres, bare = (left, right) if left.unit == "m" else (right, left)
        return isinstance(metres.value, float) and metres.value * 1e6 == bare.value
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
        # "10th", "1990s", "3pm", "5km" are amounts, which the amounts check reads, and so is
        # a year after a prefix of its part ("mid-2019").
        return {
            folded(c): c
            for c in _CODE.findall(text)
            if not any(q.text in (c, c.split("-", 1)[-1]) for q in extract_quantities(c))
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


# Units that are common nouns away from a number ("at this point", "a degree in law"): the
# numbers check reads them after a number, and the checks of words see them elsewhere.
# Letters of a unit that are initials as often ("ML", "MW", "GW", "MPH") are read after a number
# only too.
_UNITS_ALSO_NOUNS = frozenset(
    {"point", "points", "degree", "degrees", "mi"}
    | {"ml", "mg", "kw", "mw", "gw", "wh", "kwh", "mwh", "gwh", "kph", "kmh", "mph"}
)


def unit_spellings() -> dict[str, str]:
    """Each way news writes a unit after a number, in lower case ("kilometres per hour", "km/h",
    "kph"), with the unit it names ("km/h"); a bare letter that may be something else ("m" of a
    million, "c" and "f" of a temperature) and the currency signs are left out."""
    return {
        spelling: unit
        for spelling, unit in _UNITS.items()
        if len(spelling) > 1 and spelling not in {"us$", "°c", "°f", "ºc", "ºf"}
    }


def is_amount_word(word: str) -> bool:
    """A word that is part of how an amount is written: digits, a number word, a unit, a scale."""
    lowered = word.lower()
    return (
        any(c.isdigit() for c in word)
        or lowered in NUMBER_WORDS
        or (lowered in _UNITS and lowered not in _UNITS_ALSO_NOUNS)
        or lowered in _SCALES
        or lowered in _FRACTIONS
        or lowered in ("twice", "thrice")  # a count of times ("once" is mostly no count)
        or _FACTOR.fullmatch(word) is not None  # "doubled", "threefold"
    )
