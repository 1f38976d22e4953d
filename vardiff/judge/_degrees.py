"""A temperature below zero and an amount by its place in a decade, said another way: read alike
on both sides before any check (see ``_alike``).

- A temperature below zero by its sign, by "minus" or by "below zero" ("-15C", "minus 15C",
  "15 degrees below zero", "15 degrees below freezing"): one temperature, where both sides
  give the same figure and no other scale.
- Freezing is zero degrees: "below freezing" / "below zero", "above freezing" / "above zero".
- An amount by its place in a decade ("the mid-40s", "in his late sixties", "in the low 30s")
  against a figure in that place said as near ("around 45C", "approaching 70", "just above
  30C"), and a decade of life by its Latin name ("in her seventies" / "a septuagenarian").
  Another place in the decade ("the mid-40s" / "the low 40s"), another decade ("in his
  thirties" / "a 40-year-old") or a figure outside it stays what it is.
- An age before its noun or after it ("a 40-year-old man" / "a man aged 40").
- A range between two figures by "between ... and" or by "to" ("aged between 18 and 24" /
  "aged 18 to 24"); other figures, or "18 or 24", stay what they are.
"""

from __future__ import annotations

import re

from .._numbers import NUMBER_WORDS

__all__ = ["degree_reads"]

# A figure in digits, or in words up to twenty ("eight degrees below zero").
_WORDS = sorted(
    (w for w, v in NUMBER_WORDS.items() if 0 < v <= 20 and len(w) > 2), key=len, reverse=True
)
_FIGURE = r"(?:\d+(?:\.\d+)?(?![\d.])|(?:" + "|".join(_WORDS) + r")(?![\w-]))"
# A temperature below zero, by its sign, "minus" or "below zero" (or "below freezing"), with
# its unit if any; not Fahrenheit, whose zero is no freezing point.
_BELOW_ZERO = re.compile(
    rf"(?<![\w.,-])(?:minus\s+(?P<minus>{_FIGURE})|[-−](?P<sign>{_FIGURE})"
    rf"|(?P<below>{_FIGURE})\s*(?:°|degrees?)(?:\s*(?:C|Celsius|centigrade)\b)?"
    r"\s+below\s+(?:zero|freezing)\b)"
    r"(?:\s*°\s*C\b|\s*C\b|\s+degrees?(?:\s+(?:Celsius|centigrade|C\b))?)?"
    r"(?!\s*°?\s*F\b|\s*Fahrenheit)",
    re.IGNORECASE,
)
# Freezing is zero degrees ("below freezing" / "below zero"); each pattern one side of zero or
# near it.
_FREEZING = (
    re.compile(r"(?<![\w-])(below|under)\s+(?:freezing(?:\s+point)?|zero(?:\s+degrees)?)\b", re.I),
    re.compile(r"(?<![\w-])(above|over)\s+(?:freezing(?:\s+point)?|zero(?:\s+degrees)?)\b", re.I),
    # near it, as forecasts say: "around freezing" / "about zero"
    re.compile(
        r"(?<![\w-])(around|about|near|close\s+to|roughly)\s+"
        r"(?:freezing(?:\s+point)?|zero(?:\s+degrees)?)\b",
        re.I,
    ),
)

_TENS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
# A decade of life by its Latin name ("a septuagenarian": someone in their seventies).
_GENARIANS = {
    "quadragenarian": 40,
    "quinquagenarian": 50,
    "sexagenarian": 60,
    "septuagenarian": 70,
    "octogenarian": 80,
    "nonagenarian": 90,
}
_PARTS = {
    "low": "low",
    "lower": "low",
    "early": "low",
    "mid": "mid",
    "middle": "mid",
    "high": "high",
    "upper": "high",
    "late": "high",
}
_DECADE = re.compile(
    r"(?<![\w-])(?:in\s+(?:his|her|their|its|the)\s+|the\s+)?"
    r"(?:(?P<part>low|lower|early|mid|middle|high|upper|late)(?:-|\s+))?"
    r"(?P<tens>(?:[2-9]0)s|" + "|".join(_TENS) + r")(?![\w-])",
    re.IGNORECASE,
)
_GENARIAN = re.compile(
    r"(?<![\w-])(?:an?\s+)?(?P<word>" + "|".join(_GENARIANS) + r")(?![\w-])", re.IGNORECASE
)
# A figure said as near ("around 45", "approaching 70", "just above 30C"), with its unit.
_NEAR = re.compile(
    r"(?<![\w-])(?P<near>around|about|roughly|approximately|nearly|almost|approaching|"
    r"close\s+to|(?:just|a\s+little|slightly)\s+(?:over|above|under|below))\s+"
    r"(?P<figure>[1-9]\d)(?!\d|[.,]\d)(?:\s*°?\s*C\b|\s+degrees(?:\s+Celsius)?)?",
    re.IGNORECASE,
)
_ABOUT = frozenset({"around", "about", "roughly", "approximately"})
_UNDER = ("nearly", "almost", "approaching", "close")


def _near_place(near: str, figure: int) -> tuple[int, str] | None:
    """The decade and the place in it ("low", "mid", "high") a figure said as near stands
    at, or None: "around 45" the mid-40s, "just above 30" the low 30s, "approaching 70" the
    late sixties."""
    near = " ".join(near.lower().split())
    tens, unit = figure // 10 * 10, figure % 10
    if near in _ABOUT:
        place = "low" if 1 <= unit <= 3 else "mid" if 4 <= unit <= 6 else "high" if unit else ""
        return (tens, place) if place else None
    if near.endswith(("over", "above")) and unit <= 2:
        return tens, "low"
    if (near.startswith(_UNDER) or near.endswith(("under", "below"))) and unit == 0:
        return tens - 10, "high"
    return None


def _decades(text: str) -> list[tuple[int, int, tuple[int, str], str]]:
    """Each amount ``text`` gives by its place in a decade or as near a figure: (start, end,
    (decade, place), form); the place "" for the whole decade."""
    found: list[tuple[int, int, tuple[int, str], str]] = []
    for m in _DECADE.finditer(text):
        tens = m.group("tens").lower()
        decade = _TENS.get(tens) or int(tens[:2])
        place = _PARTS[m.group("part").lower()] if m.group("part") else ""
        found.append((m.start(), m.end(), (decade, place), "decade"))
    for m in _GENARIAN.finditer(text):
        found.append((m.start(), m.end(), (_GENARIANS[m.group("word").lower()], ""), "latin"))
    for m in _NEAR.finditer(text):
        at = _near_place(m.group("near"), int(m.group("figure")))
        if at is not None:
            found.append((m.start(), m.end(), at, "near"))
    return sorted(found)


def _below_zero(text: str) -> list[tuple[int, int, str, str]]:
    """Each temperature below zero ``text`` gives: (start, end, figure, form)."""
    found = []
    for m in _BELOW_ZERO.finditer(text):
        form = next(k for k in ("minus", "sign", "below") if m.group(k))
        figure = m.group(form).lower()
        value = f"{float(NUMBER_WORDS.get(figure, 0) or figure):g}"
        found.append((m.start(), m.end(), value, form))
    return found


_LATIN = {decade: word for word, decade in _GENARIANS.items()}
_PLAIN = {decade: word for word, decade in _TENS.items()}


def _latin_and_plain(
    x: tuple[int, int, tuple[int, str], str], y: tuple[int, int, tuple[int, str], str]
) -> bool:
    """Two whole decades of life of another decade each, one by its Latin name and one in
    plain words, each of which the other form can say."""
    (decade_a, place_a), (decade_b, place_b) = x[2], y[2]
    return (
        {x[3], y[3]} == {"latin", "decade"}
        and decade_a != decade_b
        and not place_a
        and not place_b
        and all(d in _LATIN and d in _PLAIN for d in (decade_a, decade_b))
    )


def _other_decade(
    a: str, x: tuple[int, int, tuple[int, str], str], y: tuple[int, int, tuple[int, str], str]
) -> tuple[int, int, str]:
    """B's decade ``y`` read in the form of A's ``x``: "in his eighties" for "an octogenarian"
    where A says "in his seventies", "a septuagenarian" for "in his seventies" where A says
    "an octogenarian"."""
    decade = y[2][0]
    if x[3] == "decade":
        said = re.sub("|".join(_TENS), _PLAIN[decade], a[x[0] : x[1]], flags=re.IGNORECASE)
    else:
        latin = _LATIN[decade]
        said = ("an " if latin[0] in "aeiou" else "a ") + latin
    return y[0], y[1], said


# A range between two figures said with "between ... and" or with "to" ("aged between 18 and
# 24" / "aged 18 to 24", "from 20 to 45 euros").
_AMOUNT = r"\d+(?:[.,]\d+)*"
_BETWEEN = re.compile(
    rf"(?<![\w-])between\s+(?P<low>{_AMOUNT})\s+and\s+(?P<high>{_AMOUNT})(?![\w.,-])"
)
_TO = re.compile(
    rf"(?<![\w-])(?:from\s+)?(?P<low>{_AMOUNT})\s+(?:to|until|through)\s+(?P<high>{_AMOUNT})(?![\w.,-])"
)


def _range_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's range read as A's where A says the same two figures in the other form ("between 18
    and 24" / "18 to 24"): one range each, the figures alike."""
    reads: list[tuple[int, int, str]] = []
    for first, second in ((_BETWEEN, _TO), (_TO, _BETWEEN)):
        in_a, in_b = list(first.finditer(a)), list(second.finditer(b))
        if len(in_a) != 1 or len(in_b) != 1 or first.search(b) or second.search(a):
            continue
        x, y = in_a[0], in_b[0]
        if (x.group("low"), x.group("high")) == (y.group("low"), y.group("high")):
            reads.append((y.start(), y.end(), x.group()))
    return reads


# An age before its noun or after it: "a 40-year-old man" / "a man aged 40".
_AGED_BEFORE = re.compile(r"(?<![\w-])(?P<age>\d{1,3})-year-old\s+(?P<noun>[a-z]+)(?![\w-])")


def _age_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's age after its noun ("a man aged 40") read as A's before it ("a 40-year-old man"),
    and the other way round: one age of one person."""
    reads: list[tuple[int, int, str]] = []
    for before, after, flip in ((a, b, False), (b, a, True)):
        for m in _AGED_BEFORE.finditer(before):
            aged = re.compile(
                rf"(?<![\w-]){re.escape(m.group('noun'))}\s+aged\s+{m.group('age')}(?![\w-])"
            )
            other = list(aged.finditer(after))
            if len(other) != 1 or aged.search(before) or _AGED_BEFORE.search(after):
                continue
            if flip:  # B's "40-year-old man" read as A's "man aged 40"
                reads.append((m.start(), m.end(), other[0].group()))
            else:
                reads.append((other[0].start(), other[0].end(), m.group()))
    return reads


def degree_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's words for a temperature below zero, freezing, or an amount by its place in a
    decade, read as A's where A says the same in another form: each (start in B, end in B,
    A's words). Each side says it as often, pair by pair alike."""
    reads: list[tuple[int, int, str]] = []
    in_a, in_b = _below_zero(a), _below_zero(b)
    if in_a and len(in_a) == len(in_b):
        pairs = list(zip(in_a, in_b, strict=True))
        if all(x[2] == y[2] for x, y in pairs):
            reads.extend((y[0], y[1], a[x[0] : x[1]]) for x, y in pairs if x[3] != y[3])
    for side in _FREEZING:
        said_a, said_b = list(side.finditer(a)), list(side.finditer(b))
        if said_a and len(said_a) == len(said_b):
            reads.extend(
                (y.start(), y.end(), x.group())
                for x, y in zip(said_a, said_b, strict=True)
                if x.group().lower() != y.group().lower()
            )
    dec_a, dec_b = _decades(a), _decades(b)
    if dec_a and len(dec_a) == len(dec_b):
        pairs_d = list(zip(dec_a, dec_b, strict=True))
        if all(x[2] == y[2] for x, y in pairs_d):
            reads.extend((y[0], y[1], a[x[0] : x[1]]) for x, y in pairs_d if x[3] != y[3])
        else:
            # A decade of life by its Latin name against another decade in plain words ("an
            # octogenarian" / "in his seventies"): B's read in A's form, so that the decade is
            # seen to differ.
            reads.extend(_other_decade(a, x, y) for x, y in pairs_d if _latin_and_plain(x, y))
    reads.extend(_age_reads(a, b))
    reads.extend(_range_reads(a, b))
    return reads
