"""Amounts, units, dates and times: a changed number is a changed fact; the same amount written
another way ("3 million" / "three million", "152mm" / "152 millimeter") is not."""

from __future__ import annotations

import re

from .._numbers import (
    MONTHS,
    TIME_UNITS,
    Quantity,
    changed_codes,
    compare_quantities,
    extract_quantities,
    is_amount_word,
    looks_plural,
    other_size,
    unit_spellings,
    vague_range,
)
from .._report import Finding
from .._words import FUNCTION_WORDS, mistyped, stem
from ._antecedents import ages_given, opening_person, stands_for
from ._context import PairContext
from ._draft import draft
from ._edits import words
from ._evidence import spelling
from ._fields import same_measure, same_set_swaps
from ._glosses import adjective_definitions, compound_names
from ._lexicon import Kinship, lexicon
from ._text import same_case
from .foreign import known_word
from .kinds import _distant_kind
from .measures import QUARTER_PLACES, base_restated, rate_restated
from .polarity import same_word

__all__ = ["check_numbers"]

SAME_THING = 0.7  # cosine of two counted nouns above which they name the same thing


def _plural(word: str | None) -> bool:
    word = (word or "").lower()
    return len(word) > 3 and looks_plural(word)


def _unit_only(left: Quantity, right: Quantity) -> bool:
    return left.value == right.value and left.unit != right.unit


def _evidence(quantities: list[Quantity], paired: bool) -> dict[str, float | str]:
    """How sure the reading is: amounts in digits are read exactly, amounts in words ("one",
    "a billion") are often a pronoun or a manner of speaking; an unmatched amount on each side
    pairs up surely only when both sides have as many. ``loose``: an amount said with "one" or
    an article, or a vague one ("billions"), which translators render freely ("one" / "two",
    "a billion" / "billions"). ``same_thing``: the two amounts count the same thing ("three
    days" / "four days", "five persons" / "four individuals"): the count itself changed."""
    counted = [q.counted for q in quantities]
    return {
        "digits": float(all(re.search(r"\d", q.text) for q in quantities)),
        "paired": float(paired),
        "loose": float(any(_loose(q) for q in quantities) and not _other_size(quantities)),
        "same_thing": float(
            len(counted) == 2 and all(counted) and same_word(counted[0] or "", counted[1] or "")
        ),
    }


def _other_size(quantities: list[Quantity]) -> bool:
    """A vague amount against another vague amount or a figure in digits, of another size
    ("dozens" / "hundreds", "dozens" / "2,000"): their ranges were compared and do not meet,
    however freely each is said. A figure in words stays loose ("a billion" / "billions")."""
    if len(quantities) != 2 or not other_size(*quantities):
        return False
    return all(vague_range(q) or re.search(r"\d", q.text) for q in quantities)


def _loose(quantity: Quantity) -> bool:
    text = quantity.text.lower()
    vague = isinstance(quantity.value, str) and quantity.unit is None
    return vague or text in ("one", "a", "an") or text.startswith(("a ", "an "))


def _partners(only_a: list[Quantity], only_b: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Unmatched amounts paired up: first those that count the same thing, then those of the
    same kind (a day with a day, a decade with a decade), then in order."""

    def same_thing(left: Quantity, right: Quantity) -> bool:
        return bool(left.counted and right.counted and same_word(left.counted, right.counted))

    def same_kind(left: Quantity, right: Quantity) -> bool:
        return left.unit in _KINDS and left.unit == right.unit

    pairs = []
    for alike in (same_thing, same_kind):
        for left in list(only_a):
            right = next((q for q in only_b if alike(left, q)), None)
            if right is not None:
                pairs.append((left, right))
                only_a.remove(left)
                only_b.remove(right)
    while only_a and only_b:
        pairs.append((only_a.pop(0), only_b.pop(0)))
    return pairs


def _unit_typos_fixed(text: str, other: str) -> str:
    """``text`` with a scale or unit word mistyped ("10 milion", "19,500 kilometrs") written as
    ``other`` writes it, so that a typo does not read as another amount."""
    units = {w for w in words(other) if is_amount_word(w)}
    for word in set(words(text)) - units:
        right = next((u for u in units if _typo_of(word, u)), None)
        if right is not None and not is_amount_word(word):
            text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", right, text)
    return text


# A mark that ends a sentence, or a stray key, glued to a word and followed by a word in lower
# case: "20 billion! euros", "more than 100_ feet", "up to a. thousand".
_STRAY_MARK = re.compile(r"(?<=\w)([.!?;:]|_+)(?=\s+[a-z])")


def _stray_marks_dropped(text: str, other: str) -> str:
    """``text`` without the stray marks between two words that ``other`` writes side by side
    ("20 billion! euros" / "20 billion euros"): a slip that splits an amount from its scale or
    its unit is damage, the artifact check's to report, not another amount."""
    said = f" {' '.join(w.lower() for w in words(other))} "

    def kept(match: re.Match[str]) -> str:
        before = words(text[: match.start()])[-1:]
        after = words(text[match.end() :])[:1]
        joined = " ".join(w.lower() for w in before + after)
        return "" if len(before + after) == 2 and f" {joined} " in said else match.group()

    return _STRAY_MARK.sub(kept, text)


def _mistyped_in(quantity: Quantity, text: str) -> bool:
    return not re.search(r"\d", quantity.text) and any(
        _typo_of(word, quantity.text) for word in words(text)
    )


# Vague counts of years and the span whose plural says as much: "thousands of years" are
# "millennia", "hundreds of years" "centuries", "tens of years" "decades".
_SPAN_PLURALS = {"tens": "decades", "hundreds": "centuries", "thousands": "millennia"}
# A count of the smaller unit that a half or a quarter of the larger one is, as the other
# side may say it without a number: "the first six months" of a year are its "first half",
# "three months" a "quarter", "30 minutes" "half an hour", "50 years" "half a century".
_HALF = r"\bhalf(?:[- ](?:an? |of (?:an? |the )?)?|\s+)"
_QUARTER = r"\bquarter(?:[- ](?:of (?:an? |the )?)?|\s+)"
_SHARE_OF_SPAN = {
    (6.0, "months"): rf"{_HALF}year\b|\b(?:first|second) half\b|\bhalf-yearly\b",
    (3.0, "months"): rf"{_QUARTER}year\b|\b(?:first|second|third|fourth|final|last) quarter\b",
    (30.0, "minutes"): rf"{_HALF}hour\b",
    (15.0, "minutes"): rf"{_QUARTER}hour\b",
    (12.0, "hours"): rf"{_HALF}day\b",
    (50.0, "years"): rf"{_HALF}century\b",
}


# Determiners before a count that name a group already known ("the two black holes", "these
# three options"): the count says which things, as the other side's "these black holes" does.
_DEFINITE = {"the", "these", "those"}
_NUMBER_WORD = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", re.IGNORECASE
)
_COUNT = re.compile(rf"\b(?:\d|{_NUMBER_WORD.pattern}\b|both\b|pair\b)", re.IGNORECASE)


def _group_named(quantity: Quantity, text: str, own: str) -> bool:
    """``quantity`` is a small count in words after "the", "these" or "those" ("the two black
    holes", in ``own``), and ``text`` names the same things in the plural with no count at
    all ("these black holes"): the count picks out a group the talk already has, the same
    group. A count on the other side ("the three black holes"), a figure in digits ("the 300
    passengers") or a count with no determiner ("two black holes merge") stays an amount."""
    counted = (quantity.counted or "").lower()
    if not counted or not looks_plural(counted) or not _NUMBER_WORD.fullmatch(quantity.text):
        return False
    before = re.findall(r"[\w’']+", own[: quantity.start])
    if not before or before[-1].lower() not in _DEFINITE:
        return False
    named = [m.start() for m in re.finditer(rf"\b{re.escape(counted)}\b", text, re.IGNORECASE)]
    return bool(named) and not any(
        _COUNT.search(" ".join(re.findall(r"[\w’'-]+", text[:at])[-3:])) for at in named
    )


def _both_said(quantity: Quantity, text: str) -> bool:
    """``quantity`` is a count of two things ("the two candidates") that ``text`` names with
    "both" and no count ("Both candidates", "The candidates both"): "both" says two."""
    counted = (quantity.counted or "").lower()
    if quantity.value != 2.0 or not counted or not looks_plural(counted):
        return False
    if not re.search(r"\bboth\b", text, re.IGNORECASE):
        return False
    named = [m.start() for m in re.finditer(rf"\b{re.escape(counted)}\b", text, re.IGNORECASE)]
    return bool(named) and not any(
        re.search(r"\b(?:\d|two|pair)\b", " ".join(re.findall(r"[\w’'-]+", text[:at])[-3:]), re.I)
        for at in named
    )


# A score of nil on both sides ("drew 0-0", "a 0–0 draw").
_NIL_SCORE = re.compile(r"(?<![\w.,])0\s*[-–]\s*0(?![\w.,]|[-–]\d)")
_DENYING = re.compile(r"^(?:having\s+no|without|not\s+having)\b")


def _nil_said(quantity: Quantity, text: str, own: str) -> bool:
    """A score of nil ("drew 0-0") that ``text`` says by an adjective ``own`` lacks whose
    definition denies having any ("a goalless draw", "a scoreless game": "having no points
    scores"): no amount dropped or added."""
    if quantity.value != 0 or not any(
        m.start() <= quantity.start < m.end() for m in _NIL_SCORE.finditer(own)
    ):
        return False
    mine = {w.lower() for w in words(own)}
    return any(
        w.lower() not in mine and any(_DENYING.match(d) for d in adjective_definitions(w))
        for w in words(text)
    )


def _named_by_set(quantity: Quantity, text: str, own: str) -> bool:
    """Whether the amount is a word of a phrase that names one thing of a field, which ``text``
    names by another word of the same set ("the last four" / "the semi-finals", "the last
    eight" / "the quarter-finals"): the number is part of the thing's name, no count."""
    for hit in same_set_swaps(text, own):
        for match in re.finditer(rf"(?<!\w){re.escape(hit.b)}(?!\w)", own, re.IGNORECASE):
            if match.start() <= quantity.start < match.end():
                return True
    return False


def _said_otherwise(quantity: Quantity, text: str, *, own: str = "") -> bool:
    """Whether ``text`` says ``quantity`` without a number: a vague count of years by the
    plural of the span of that size ("thousands of years ago" / "millennia ago"), or "one"
    before a word in the singular that ``text`` keeps with no count of its own ("as one
    example" / "for example", "one step closer" / "that much closer": "one" says no more
    than "a" or nothing there). "Thousands of years" / "centuries" and "one example" /
    "examples" stay a changed amount."""
    if own and _group_named(quantity, text, own):
        return True
    if _both_said(quantity, text):
        return True
    if own and _named_by_set(quantity, text, own):
        return True
    if own and _nil_said(quantity, text, own):
        return True
    lowered = {w.lower() for w in words(text)}
    counted = (quantity.counted or "").lower()
    value = str(quantity.value).lower()
    if counted == "years" and value in _SPAN_PLURALS:
        return _SPAN_PLURALS[value] in lowered
    if said_as_share(quantity, text):
        return True
    if own and _period_said(quantity, text, own):
        return True
    if own and _counted_from(quantity, text, own):
        return True
    if quantity.text.lower() != "one" or not counted or looks_plural(counted):
        return False
    # The noun "one" stands before may come after its adjectives ("one spinning, quiet black
    # *hole*"), where the amount reader took the first of them.
    heads = [counted, *_words_after(quantity, own)[-1:]]
    return any(
        head in lowered
        and not looks_plural(head)
        and not re.search(
            rf"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+single)\s+"
            rf"{re.escape(head)}\b",
            text,
            re.IGNORECASE,
        )
        for head in heads
    )


# "the rest", "the others", "the remainder", "the remaining": what is left of a total once a
# part is told.
_THE_REST = re.compile(r"\bthe\s+(?:rest|others|remainder|remaining)\b", re.IGNORECASE)
# A share named by its fraction: "a third", "half", "two thirds", "three quarters".
_FRACTION = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three|four)\s+)?(?P<part>half|third|quarter|fifth|tenth)s?\b",
    re.IGNORECASE,
)
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _numbers_in(text: str, unit: str | None) -> set[float]:
    """The amounts of ``text`` in ``unit`` (a count: no unit)."""
    return {
        q.value for q in extract_quantities(text) if isinstance(q.value, float) and q.unit == unit
    }


def _counted_from(quantity: Quantity, text: str, own: str) -> bool:
    """Whether ``text`` says ``quantity`` by arithmetic on amounts of its unit both sides give:
    "the rest" of a total less its part ("12 of the 33 miners were rescued and the other 21
    are trapped" / "... and the rest are trapped": 33 - 12 = 21), or a fraction of a larger
    total ("sold 90,000 tickets, 30,000 of them abroad" / "a third of them abroad"), to the
    unit. Another figure in its place ("the other 20") stays a number changed."""
    value = quantity.value
    if not isinstance(value, float) or value <= 0:
        return False
    shared = (_numbers_in(own, quantity.unit) - {value}) & _numbers_in(text, quantity.unit)
    if _THE_REST.search(text) and any(t - p == value for t in shared for p in shared if t > p):
        return True
    for match in _FRACTION.finditer(text):
        count = _COUNTS.get((match.group("count") or "one").lower(), 1)
        share = count / _PARTS[match.group("part").lower()]
        if any(total > value and abs(total * share - value) < 0.5 for total in shared):
            return True
    return _percent_of_total(quantity, text, own)


def _of_followed(quantity: Quantity, text: str) -> bool:
    return re.match(r"\s+of\b", text[quantity.end :], re.IGNORECASE) is not None


def _percent_of_total(quantity: Quantity, text: str, own: str) -> bool:
    """Whether ``text`` says ``quantity`` as its share of a total both sides count: a count
    ("60 of the 200 seats") as the percentage of that total ("30 percent of the 200 seats")
    or the percentage as the count, each before "of"; a translator rounds the percentage to
    the whole. "25 of the 200 seats" / "30 percent of the 200 seats" stays an amount changed."""
    value = quantity.value
    if not isinstance(value, float) or value <= 0 or not _of_followed(quantity, own):
        return False
    counts_own = {q.value for q in extract_quantities(own) if q.unit is None}
    told = [q for q in extract_quantities(text) if _of_followed(q, text)]
    totals = {
        q.value
        for q in extract_quantities(text)
        if q.unit is None and isinstance(q.value, float) and q.value in counts_own
    } - {value}
    for other in told:
        if not isinstance(other.value, float) or other.value <= 0:
            continue
        if quantity.unit is None and other.unit == "%":
            count, percent = value, other.value
        elif quantity.unit == "%" and other.unit is None:
            count, percent = other.value, value
        else:
            continue
        if any(t > count and abs(100 * count / t - percent) <= 0.5 for t in totals):
            return True
    return False


# A period of the year by its place ("the first half of the year", "the third quarter", "Q3")
# and the months it runs over, first and last.
_PERIOD = re.compile(
    r"\b(?:(?P<half>first|second)\s+half(?:\s+of\s+(?:the|this|last|next)\s+year|"
    r"\s+of\s+(?:19|20)\d\d)?|(?P<quarter>first|second|third|fourth|final|last)\s+quarter|"
    r"(?-i:Q(?P<q>[1-4])))\b",
    re.IGNORECASE,
)
# Two months as the ends of a stretch: "between January and June", "from July to September",
# "the July to September period", "April-June".
_MONTH = "|".join(MONTHS)
_MONTH_RANGE = re.compile(
    rf"\b(?P<first>{_MONTH})\s*(?:and|to|through|until|-|–)\s*(?P<last>{_MONTH})\b",
    re.IGNORECASE,
)
# The days of a weekend, together: "on Saturday and Sunday", and every week's ("on Saturdays,
# Sundays or public holidays" / "at weekends or on bank holidays").
_WEEKEND_DAYS = re.compile(
    r"\bSaturday(?P<every>s)?(?:\s*,\s*|\s+and\s+|\s+or\s+)Sunday(?(every)s)\b", re.IGNORECASE
)
_WEEKEND = re.compile(r"\b(?:(?:the|this|last|next)\s+weekend|weekends)\b", re.IGNORECASE)


def periods_of_year(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The periods of the year ``text`` names by their place ("the first half of the year",
    "the third quarter", "Q3"), each with its first and last month (1 to 12). A "first half"
    with no year after it may be a match's: it is read only against months
    (:func:`_period_said`)."""
    found = []
    for match in _PERIOD.finditer(text):
        if match.group("half"):
            first = 1 if match.group("half").lower() == "first" else 7
            found.append((match.group(), (first, first + 5)))
        else:
            number = int(match.group("q")) if match.group("q") else 0
            number = number or QUARTER_PLACES[match.group("quarter").lower()]
            found.append((match.group(), (3 * number - 2, 3 * number)))
    return found


def month_ranges(text: str) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """The stretches of months ``text`` gives by their ends ("between January and June"),
    each with its first and last month (1 to 12)."""
    return [
        (m, (MONTHS.index(m.group("first").lower()) + 1, MONTHS.index(m.group("last").lower()) + 1))
        for m in _MONTH_RANGE.finditer(text)
    ]


def _period_said(quantity: Quantity, text: str, own: str) -> bool:
    """Whether ``quantity``, a month at an end of a stretch of months in ``own`` ("between
    January and June") or a day of "Saturday and Sunday", is said in ``text`` as the period of
    the year those months make ("the first half of the year", "the third quarter") or as "the
    weekend". Another stretch ("between April and June" / "the third quarter") stays months
    the other side lacks, and :func:`_periods_changed` tells it."""
    if quantity.unit != "date" or not isinstance(quantity.value, str):
        return False
    value = quantity.value.lower()
    if value in ("saturday", "sunday"):
        return bool(_WEEKEND.search(text) and _WEEKEND_DAYS.search(own)) and not re.search(
            r"\b(?:saturday|sunday)\b", text, re.IGNORECASE
        )
    periods = {months for _, months in periods_of_year(text)}
    return any(
        match.start() <= quantity.start < match.end() and months in periods
        for match, months in month_ranges(own)
    )


def _periods_changed(a: str, b: str) -> list[tuple[str, str, re.Match[str], bool]]:
    """A period of the year one side names ("the third quarter") where the other side gives a
    stretch of other months in its place ("between April and June"), the other side naming no
    such period: each (the period, the stretch's words, the stretch's match, whether the
    stretch is B's)."""
    found = []
    for named, stretched, in_b in ((a, b, True), (b, a, False)):
        periods = periods_of_year(named)
        if len(periods) != 1 or periods_of_year(stretched):
            continue
        ranges = month_ranges(stretched)
        if len(ranges) == 1 and ranges[0][1] != periods[0][1]:
            if re.search(rf"\b(?:{_MONTH})\b", named, re.IGNORECASE):
                continue  # the named side gives months of its own
            found.append((periods[0][0], ranges[0][0].group(), ranges[0][0], in_b))
    return found


def said_as_share(quantity: Quantity, text: str) -> bool:
    """Whether ``text`` says ``quantity``, a count of months, minutes, hours or years, as a
    half or a quarter of the larger span ("the first six months" / "the first half of the
    year", "30 minutes" / "half an hour"): the same stretch of time. "Three months" / "the
    first half" stays another amount."""
    if isinstance(quantity.value, str):
        return False
    share = _SHARE_OF_SPAN.get((quantity.value, (quantity.counted or "").lower()))
    return bool(share and re.search(share, text, re.IGNORECASE))


# The generic person as the other side says it where one side says the impersonal "one".
_GENERIC_PERSON = frozenset("you your yourself we our ourselves".split())


def _impersonal_one(quantity: Quantity, own: str, other: str) -> bool:
    """Whether ``quantity`` is the impersonal "one" as a verb's subject ("if one wants to win,
    one trains every day": a count never stands before a verb in -s), where ``other`` says
    "you" or "we": the same anyone, said otherwise. "Only one remains" / "Only two remain"
    stays a changed count."""
    if quantity.text.lower() != "one" or not {w.lower() for w in words(other)} & _GENERIC_PERSON:
        return False
    after = re.findall(r"[\w’'-]+", own[quantity.start + len(quantity.text) :])[:2]
    if not after or after[1:] == ["of"]:
        return False  # "one means of transport"
    verb = after[0].lower()
    lex = lexicon()
    return (
        verb.endswith("s")
        and not verb.endswith("ss")
        and lex.is_verb(verb)
        and verb not in lex.lemmas(verb, "v")
    )


def _words_after(quantity: Quantity, own: str, most: int = 4) -> list[str]:
    """The words after ``quantity`` in ``own`` up to its noun phrase's end (a function word,
    or ``most`` words), lower-cased: "one spinning, quiet black hole at" gives "spinning",
    "quiet", "black", "hole", the last its noun."""
    found = []
    for word in re.findall(r"[\w’'-]+", own[quantity.start + len(quantity.text) :])[:most]:
        if word.lower() in FUNCTION_WORDS:
            break
        found.append(word.lower())
    return found


def _typo_of(word: str, right: str) -> bool:
    """``word`` is ``right`` mistyped and no word of its own ("there" is not "three")."""
    return mistyped(word, right) and not known_word(word.lower())


# Amounts of a kind that pair with their kind.
_KINDS = {"date", "decade", "ordinal", "time", "year", "relative"}


def _what(left: Quantity, right: Quantity) -> str:
    """What changed, as a reader names it: a date ("last year" / "this year"), a time of day
    ("noon" / "10 pm") or an amount."""
    if left.unit == right.unit == "time":
        return "time"
    dates = {"date", "relative", "year", "decade"}
    return "date" if left.unit in dates and right.unit in dates else "amount"


def _shown(quantity: Quantity) -> str:
    """The amount as written, with the month a date in digits names ("4 (April)" in
    "3/4/2021"), since a reader may not know which of its numbers is the month."""
    if quantity.unit == "date" and quantity.text.isdigit():
        return f"{quantity.text} ({str(quantity.value).capitalize()})"
    return quantity.text


def _unit_told_elsewhere(ctx: PairContext, left: Quantity, right: Quantity) -> bool:
    """The same number with its unit changed, where the change is said elsewhere or is no
    change: percentage points against percent (the measures check's ``number.points``), a unit
    lost with a list's last amount ("100 to 250 meters" / "100 to 250": that amount says it, the
    first one's "100" / "100" would say it again), or a unit a word or two away."""
    if _percent_and_its_points(left, right):
        return True
    if not (left.unit and right.unit) and (left.unit_shared or right.unit_shared):
        return True
    return _unit_moved(left, right, ctx.b) or _unit_moved(right, left, ctx.a)


def _unit_moved(with_unit: Quantity, without: Quantity, other: str) -> bool:
    """The unit still stands a word or two after the bare amount ("14 points" / "14 with
    points"): words out of order, the typo check's, not a unit dropped."""
    if with_unit.unit is None or without.unit is not None or with_unit.unit_shared:
        return False
    tokens = with_unit.text.lower().split()
    unit = " ".join(tokens[1:]) if len(tokens) > 1 else re.sub(r"^[\d.,]+", "", tokens[0])
    if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", unit):
        return False
    after = other[without.end :].lower()
    moved = re.match(rf"\W*((?:\w+\W+){{1,2}}){re.escape(unit)}\b", after)
    # Only small words between: "14 with points", "21 more percent"; "four age points" lost
    # "percentage".
    return moved is not None and all(
        word in FUNCTION_WORDS or word in ("more", "less")
        for word in re.findall(r"\w+", moved.group(1))
    )


def _percent_and_its_points(left: Quantity, right: Quantity) -> bool:
    """One side in percent, the other in percentage points ("rose four percent" / "rose four
    percentage points"); a bare "points" may count anything ("34 percent" / "34 points")."""
    return {left.unit, right.unit} == {"%", "pt"} and any(
        "percentage" in q.text.lower() for q in (left, right)
    )


def _age_given_before(amount: Quantity, text: str, previous: str) -> bool:
    """``amount`` is the age of a person described by it ("The 45-year-old said") whom the
    sentence before (``previous``) opens on and gives that age ("Ana Silva, 45, was elected
    ..."): the person is named there and described here, which tells no new figure."""
    described = re.match(r"-year-old\b", text[amount.end :])
    person = opening_person(previous)
    if described is None or not person:
        return False
    return amount.value in ages_given(previous, person) and stands_for(
        text, amount.start, previous, person
    )


def check_numbers(ctx: PairContext) -> list[Finding]:
    a, b = same_case(ctx.a, ctx.b)
    a, b = _stray_marks_dropped(a, b), _stray_marks_dropped(b, a)
    read_a, read_b = _unit_typos_fixed(a, b), _unit_typos_fixed(b, a)
    diff = compare_quantities(read_a, read_b)
    found: list[Finding] = []
    only_a, only_b = list(diff.only_a), list(diff.only_b)
    paired = len(only_a) == len(only_b)
    # The same amount in other words ("thousands of years" / "millennia", "one example" /
    # "an example"), and a group the other side names by its count ("these black holes" /
    # "the two black holes"): read before the amounts left pair up, or "one" said as an
    # article would pair with "two" said of a group.
    only_a = [q for q in only_a if not _said_otherwise(q, ctx.b, own=a)]
    only_b = [q for q in only_b if not _said_otherwise(q, ctx.a, own=b)]
    # A proportion said from its other side or as a multiple ("two women for every man" /
    # "twice as many women as men", "one computer for every two pupils"): its counts are the
    # other side's, said otherwise.
    if (only_a or only_b) and (restated := rate_restated(a, b)):
        (start_a, end_a), (start_b, end_b), _ = restated
        only_a = [q for q in only_a if not start_a <= q.start < end_a]
        only_b = [q for q in only_b if not start_b <= q.start < end_b]
    # An amount told against its base by the same arithmetic otherwise ("60 percent less than"
    # / "40 percent of", "30 percent higher than" / "1.3 times"): one amount, two sayings.
    for (start_a, end_a), (start_b, end_b) in base_restated(a, b):
        only_a = [q for q in only_a if not start_a <= q.start < end_a]
        only_b = [q for q in only_b if not start_b <= q.start < end_b]
    # "The 45-year-old said" for the person the sentence before names with that age.
    only_a = [q for q in only_a if not _age_given_before(q, a, ctx.before_a)]
    only_b = [q for q in only_b if not _age_given_before(q, b, ctx.before_b)]
    # The impersonal "one" ("if one wants to win, one trains") where the other side says "you".
    only_a = [q for q in only_a if not _impersonal_one(q, a, ctx.b)]
    only_b = [q for q in only_b if not _impersonal_one(q, b, ctx.a)]
    # A period of the year against a stretch of other months ("the third quarter" / "between
    # April and June"): one change, told once, its months no amounts of their own.
    for period, stretch, match, in_b in _periods_changed(a, b):
        inside = [q for q in (only_b if in_b else only_a) if match.start() <= q.start < match.end()]
        if not inside:
            continue
        for q in inside:
            (only_b if in_b else only_a).remove(q)
        said_a, said_b = (period, stretch) if in_b else (stretch, period)
        found.append(
            draft(
                ctx,
                check="number.changed",
                category="number",
                a=said_a,
                b=said_b,
                message=f"the period changed: {said_a!r} in A, {said_b!r} in B",
                prior=0.95,
                evidence={"digits": 0.0, "paired": 1.0, "loose": 0.0, "same_thing": 1.0},
            )
        )
    for left, right in _partners(only_a, only_b):
        if _unit_only(left, right) and _unit_told_elsewhere(ctx, left, right):
            continue
        if _unit_only(left, right) and left.unit and right.unit:
            # Both sides measure, in other units: "20 km" / "20 miles" is another distance,
            # where a unit said on one side only is mostly left implicit on the other.
            message = (
                f"the same number in another unit: {left.text!r} in A, {right.text!r} in B "
                "is another amount"
            )
            check = "number.other_unit"
        elif _unit_only(left, right):
            what = left.unit or "no unit"
            message = f"same number, another unit: {what} in A, {right.unit or 'no unit'} in B"
            check = "number.unit"
        else:
            message = f"the {_what(left, right)} changed: {_shown(left)} in A, {_shown(right)} in B"
            if _other_size([left, right]):
                message += " (another order of magnitude)"
            check = "number.changed"
        found.append(
            draft(
                ctx,
                check=check,
                category="number",
                a=left.text,
                b=right.text,
                message=message,
                prior=0.95,
                evidence=_evidence([left, right], paired),
            )
        )
    # A date or number word the other side still has, mistyped ("August" / "Augst"), is a
    # typo (the wording check shows it), not an amount dropped.
    only_a = [q for q in only_a if not _mistyped_in(q, ctx.b)]
    only_b = [q for q in only_b if not _mistyped_in(q, ctx.a)]
    for quantity in only_a:
        found.append(
            draft(
                ctx,
                check="number.dropped",
                category="number",
                a=quantity.text,
                b="",
                message=f"the amount {quantity.text} is missing in B",
                prior=0.9,
                evidence=_evidence([quantity], paired),
            )
        )
    for quantity in only_b:
        # A figure in digits B adds is a fact A never states (a count, a date, a sum); an
        # amount in words ("one", "hundreds") is as often an article or a vague word a
        # translator puts in. Two rules, so that the fit of the second (common on correct
        # translations) does not set the first, which the dev sets hardly hold.
        figure = bool(re.search(r"\d", quantity.text)) and not _loose(quantity)
        found.append(
            draft(
                ctx,
                check="number.figure_added" if figure else "number.added",
                category="number",
                a="",
                b=quantity.text,
                message=f"B adds {'a figure' if figure else 'an amount'} not in A: {quantity.text}",
                prior=0.85,
                evidence=_evidence([quantity], paired),
            )
        )
    for left_code, right_code in changed_codes(a, b):
        found.append(
            draft(
                ctx,
                check="number.changed",
                category="number",
                a=left_code,
                b=right_code,
                message=f"the number in a name changed: {left_code} in A, {right_code} in B",
                prior=0.95,
                evidence={"digits": 1.0, "paired": 1.0, "loose": 0.0, "same_thing": 1.0},
            )
        )
    for left, right in diff.recounted:
        found.append(_recount(ctx, left, right))
    for left, right in diff.uncounted:
        # One way only: a count B says of a thing A leaves implicit ("147" / "147
        # infections", "168" / "168 passengers") is a translator naming what A's count is of.
        if _count_lost(read_a, left, read_b, right):
            found.append(_uncounted(ctx, left, right))
    for left, right in diff.reworded:
        found.append(
            draft(
                ctx,
                check="number.reworded",
                category="number",
                a=left.text,
                b=right.text,
                message="same amount, written another way",
                prior=0.02,
            )
        )
    return found


# Nouns of people an amount says alone ("12 people died" / "12 died": who died is plain).
_PEOPLE = frozenset({"people", "persons", "individuals"})
_NUMBER_WORD = re.compile(
    r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion)$",
    re.IGNORECASE,
)


def _count_lost(own: str, counting: Quantity, other: str, bare: Quantity) -> bool:
    """Whether ``counting`` (in ``own``) counts a thing the same amount ``bare`` (in
    ``other``) counts nothing of, a thing ``other`` says nowhere: "for 48 hours from midnight"
    / "for 48 from midnight", "more than 40 years of relations" / "more than 40 of
    relations", "among these three groups" / "among these three.". The amount now counts
    nothing, or what follows it ("two years Gemma" / "two Gemma"). Not a count of people
    ("12 people died" / "12 died"), a unit said before the amount ("34,125 crowns" / "CZK
    34,125") or before "of" ("by 41 votes" / "a majority of 41"), a count whose noun a later
    amount of a list says ("56 infected people and ... 36 infected people" / "56 and ... 36
    infections"), an age ("84-year old", "87 years old" / "87"), a score or a bowler's figures
    ("five goals to one" / "5-1", "five wickets for 40" / "five for 40"), an amount with a
    unit, nor a noun that counts parts of what follows ("four pieces of firearm" / "four
    firearms")."""
    noun = (counting.counted or "").lower()
    lex = lexicon()
    if (
        counting.unit is not None
        or bare.unit is not None
        or not noun.isalpha()
        or noun in FUNCTION_WORDS
        or noun in _PEOPLE
        or noun.endswith("ing")  # "to one spinning, quiet black hole": no noun counted
        or not lex.is_noun(noun)
        or lex.is_adverb(noun)
        or own[counting.end : counting.end + 1] == "-"
        or re.search(r"\d\s*[:–-]\s*\d", counting.text + bare.text)
        # "the 2:0 final score" / "made it 2-0": one side of a score
        or re.search(r"\d\s*[:–-]\s*$", own[: counting.start])
        or re.search(r"\d\s*[:–-]\s*$", other[: bare.start])
    ):
        return False
    rest = own[counting.end :].split(counting.counted or "", 1)[-1]
    if re.match(r"\s+(?:old|of\s+age)\b", rest) or re.search(
        r"\bage(?:d|\s+of)\s+$", own[: counting.start]
    ):
        return False  # "Smith, 87 years old," / "Smith, 87,", "at the age of 87 years": an age
    said = [w.lower() for w in words(other)]
    forms = {stem(noun), *lex.lemmas(noun, "n")}
    if any(stem(w) in forms or set(lex.lemmas(w, "n")) & forms for w in said):
        return False
    if any(
        (kin := lex.kinship(noun, w)) is not None and (kin.synonymous or kin.relation == "broader")
        for w in said
        if w.isalpha() and w not in FUNCTION_WORDS and lex.is_noun(w)
    ):
        return False  # "85,000 employees" / "a workforce of 85,000 workers"
    before = re.findall(r"[\w’'-]+|[^\w\s]", other[max(0, bare.start - 30) : bare.start])
    if before and (before[-1] in "$€£¥" or _code(before[-1])):
        return False  # "34,125 crowns" / "CZK 34,125": the unit said before the amount
    if len(before) > 1 and before[-1].lower() == "of" and lex.is_noun(before[-2].lower()):
        return False  # "by 41 votes" / "a majority of 41": the noun before says what counts
    if re.match(r"\s*[:–-]\s*\d|\s+(?:for|to)\s+\d", other[bare.end :]):
        return False  # "Scotland 5-1", "taking five for 40": a score, a bowler's figures
    after = re.findall(r"[\w’'-]+|[^\w\s]", other[bare.end : bare.end + 80])
    if after[:1] and after[0].lower() in {"and", "or", "to", "-", "–"}:
        upto = next((i for i, w in enumerate(after) if w in {".", ";"}), len(after))
        if any(_NUMBER_WORD.match(w) for w in after[1 : min(upto, 9)]):
            return False  # "56 and the district with 36 infections": one noun for both
    of_after = re.match(r"\s+of\b", rest)
    return not (of_after and not re.match(r"\s+of\b", other[bare.end :]))


def _code(word: str) -> bool:
    """A unit's or a currency's code ("CZK", "USD"; "czk" in a text set in lower case): in
    capitals, or a short word the lexicon does not know."""
    if len(word) > 1 and word.isupper():
        return True
    lowered = word.lower()
    return (
        word.isalpha()
        and 2 <= len(word) <= 4
        and lowered not in FUNCTION_WORDS
        and not lexicon().lemmas(lowered)
    )


def _uncounted(ctx: PairContext, left: Quantity, right: Quantity) -> Finding:
    """``number.uncounted``: an amount counts a thing in A and nothing in B
    (:func:`_count_lost`): the count lost what it counts."""
    noun = left.counted or ""
    return draft(
        ctx,
        check="number.uncounted",
        category="number",
        a=f"{left.text} {noun}",
        b=right.text,
        message=f"the amount {left.text} counts {noun!r} in A and nothing in B",
        prior=0.7,
        a_span=ctx.locate(left.text, side="a"),
        b_span=ctx.locate(right.text, side="b"),
    )


# The model's similarity of two counted nouns alone where the lexicon does not know them: at or
# above NEAR they name the same thing.
NEAR = SAME_THING


def _compound_counted(text: str, quantity: Quantity, noun: str) -> bool:
    """What ``quantity`` counts in ``text`` is a compound of one word and its head that names
    ``noun`` ("two fighter jets" for "warplanes": ``compound_names``)."""
    end = quantity.start + len(quantity.text)
    words = re.findall(r"[\w’'-]+", text[end : end + 60])
    head = quantity.counted or ""
    if not noun or head not in words or words.index(head) != 1:
        return False
    return compound_names(noun, [words[0].lower(), head.lower()]) is not None


def _qualifies(text: str, quantity: Quantity, noun: str) -> bool:
    """``noun`` stands between ``quantity`` and the head of what it counts in ``text``."""
    end = quantity.start + len(quantity.text)
    words = re.findall(r"[\w’'-]+", text[end : end + 60])
    head = quantity.counted or ""
    before = words[: words.index(head)] if head in words else []
    return bool(noun) and any(stem(w) == stem(noun) for w in before)


# A rate between two counted things: "three applicants for every place", "two pupils per
# computer", "one nurse to each four patients". The thing after the base word is what the
# amount is measured against.
_RATE_BASE = re.compile(
    r"^[\w’'-]*(?:\s+[\w’'-]+)?\s+(?:for\s+(?:every|each)|per|to\s+(?:every|each))\s+"
    r"(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+)?([\w’'-]+)",
    re.IGNORECASE,
)


def _rate_base(text: str, quantity: Quantity) -> str:
    """The stem of the thing an amount is measured against in ``text`` ("place" of "three
    applicants for every place"); "" where the amount is no rate."""
    found = _RATE_BASE.match(text[quantity.end :].lstrip())
    return _noun_key(found.group(1)) if found else ""


def _noun_key(word: str) -> str:
    """A noun's lemma where the lexicon knows it ("places" / "place"), else its stem."""
    lemmas = lexicon().lemmas(word.lower(), "n")
    return lemmas[0] if lemmas else stem(word.lower())


def _ratio_turned(ctx: PairContext, left: Quantity, right: Quantity) -> bool:
    """The two things of a rate in each other's place, the amount kept: "three applicants for
    every place" / "three places for every applicant", "two pupils per computer" / "two
    computers per pupil": the rate now says the reverse."""
    if not left.counted or not right.counted:
        return False
    noun_a, noun_b = _noun_key(left.counted), _noun_key(right.counted)
    if noun_a == noun_b:
        return False
    return _rate_base(ctx.a, left) == noun_b and _rate_base(ctx.b, right) == noun_a


# A group's noun just before its members' amount: "a fleet of 40 buses", "a crowd of about
# 5,000 people".
_GROUP_BEFORE = re.compile(
    r"\b([a-z][\w-]*)\s+of\s+(?:about|around|some|nearly|almost|roughly|over|up\s+to|"
    r"more\s+than)?\s*$",
    re.IGNORECASE,
)
# The members after a counted group: "40 fleets of (electric) buses".
_MEMBERS_AFTER = re.compile(r"^\s+of\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.IGNORECASE)


def _count_regrouped(ctx: PairContext, left: Quantity, right: Quantity) -> bool:
    """The amount moved from the members onto their group, both named on each side: "a fleet
    of 40 buses" / "40 fleets of buses", "a team of 15 engineers" / "15 teams of engineers":
    one group of forty against forty groups."""
    if not left.counted or not right.counted:
        return False
    noun_a, noun_b = _noun_key(left.counted), _noun_key(right.counted)
    if noun_a == noun_b:
        return False
    # One side names the group before the members' amount, the other counts the group and
    # names the members after it (the word after the amount is the group counted).
    for own, other, mine, theirs, member, group in (
        (ctx.a, ctx.b, left, right, noun_a, noun_b),
        (ctx.b, ctx.a, right, left, noun_b, noun_a),
    ):
        before = _GROUP_BEFORE.search(own[: mine.start])
        if before is None or _noun_key(before.group(1)) != group:
            continue
        rest = re.sub(r"^\s*[\w’'-]+", "", other[theirs.end :], count=1)
        after = _MEMBERS_AFTER.match(rest)
        if after and member in {_noun_key(w) for w in after.group(1).split()}:
            return True
    return False


# What a score or a margin in sport is counted in ("won by six wickets" / "by six runs", "two
# strokes behind" / "two places behind", "three games" / "three sets"): one unit is no other,
# though the lexicon knows few of them in that sense; two names of one unit count the same
# ("strokes" / "shots" in golf, "innings" / "inning"). Not "match" (a game in one sport, a set
# of them in tennis) nor a unit of time or length (the measures the numbers check reads).
_SCORE_UNITS = {
    word: unit
    for unit, names in {
        "run": "run runs",
        "wicket": "wicket wickets",
        "goal": "goal goals",
        "point": "point points",
        "try": "try tries",
        "set": "set sets",
        "game": "game games",
        "frame": "frame frames",
        "stroke": "stroke strokes shot shots",
        "lap": "lap laps",
        "length": "length lengths",
        "inning": "inning innings",
        "hole": "hole holes",
        "round": "round rounds",
        "basket": "basket baskets",
        "touchdown": "touchdown touchdowns",
        "place": "place places position positions",
        "seed": "seed seeds",
    }.items()
    for word in names.split()
}


def _score_units(
    ctx: PairContext, left: tuple[Quantity, str], right: tuple[Quantity, str]
) -> Kinship | None:
    """The same units of a score (``Kinship("same")``) or two others (``"cohyponym"``) that
    the same amount counts on each side, or None; not a group of something ("three sets of
    rules", "two rounds of talks")."""
    units = [_SCORE_UNITS.get(noun.lower()) for _, noun in (left, right)]
    if None in units:
        return None
    for text, (quantity, noun) in ((ctx.a, left), (ctx.b, right)):
        rest = text[quantity.end :].split(noun, 1)[-1]
        if re.match(r"\s+of\b", rest, re.IGNORECASE):
            return None
    return Kinship("same") if units[0] == units[1] else Kinship("cohyponym")


# The senses of a unit that measures (time, distance, weight) rather than a thing counted.
_MEASURES = ("noun.time", "noun.quantity")
# The units of time a count of a measure is in ("two seconds behind", "three hours away").
_TIME_MEASURES = frozenset((*TIME_UNITS, "second"))


def _measure_against_thing(noun_a: str, noun_b: str) -> bool:
    """Whether one amount is of a unit that measures and the other of a thing with no sense of
    one ("two laps" / "two seconds" behind, "three stops" / "three minutes" away): the same
    number of another kind of thing. A word with a measuring sense among its first three
    ("session", "round", "dose") may be said for a span or a quantity, and is left alone."""
    lex = lexicon()
    lemmas = [lex.lemmas(noun.lower(), "n") for noun in (noun_a, noun_b)]
    # Each lemma's senses: "minutes" is a record of a meeting as a lemma of its own, and
    # a plural of "minute".
    senses = [[lex.domains(lemma)[:3] for lemma in read] for read in lemmas]
    if not all(any(s) for s in senses):
        return False
    # A measure is a unit by its word's base form: "minutes" is "minute"; "times" (of "twice")
    # is "time", an occasion, and "births" is "birth", an event said as the time it began.
    units = unit_spellings()
    measures = [read[-1] in _TIME_MEASURES or read[-1] in units for read in lemmas]
    things = [not any(set(d) & set(_MEASURES) for d in s) for s in senses]
    return (measures[0] and things[1]) or (measures[1] and things[0])


def _recount(ctx: PairContext, left: Quantity, right: Quantity) -> Finding:
    """The same amount of what may be another thing: "3 million shells" / "3 million bullets"
    counts something else, "5,000 soldiers" / "5,000 troops" and "shells" / "projectiles" (a
    broader word) the same thing. The lexicon decides where it knows both nouns."""
    noun_a, noun_b = left.counted or "", right.counted or ""
    lex = lexicon()
    kin = lex.kinship(noun_a, noun_b) if lex.is_noun(noun_a) and lex.is_noun(noun_b) else None
    # Two specific concrete things that meet only far up ("rockets" / "bullets") are another
    # kind of thing too; the kinds check knows them.
    kin = kin or _distant_kind(noun_a, noun_b)
    # "146,460 death cases" / "146,460 deaths": one side's noun qualifies the other's head.
    if _qualifies(ctx.b, right, noun_a) or _qualifies(ctx.a, left, noun_b):
        kin = Kinship("same")
    # "two fighter jets" / "two warplanes": the compound counted names the other noun.
    if _compound_counted(ctx.a, left, noun_b) or _compound_counted(ctx.b, right, noun_a):
        kin = Kinship("same")
    # "300 metres high" / "300 metres tall": one measure's two names after the unit.
    if same_measure(noun_a, noun_b):
        kin = Kinship("same")
    kin = _score_units(ctx, (left, noun_a), (right, noun_b)) or kin
    # An ordinal ranks ("the 15th century"), it counts nothing.
    ranked = "ordinal" in (left.unit, right.unit)
    if kin is None and not ranked and _measure_against_thing(noun_a, noun_b):
        kin = Kinship("cohyponym", domain="noun.quantity")
    alike = ctx.similarity(noun_a, noun_b)
    evidence: dict[str, float | str] = {
        "noun_similarity": alike,
        # What an amount counts is a plural noun ("3 million shells"); a word after an amount
        # that is not one ("30 km outside", "a million years ago") rarely counts another thing.
        "plural_nouns": float(_plural(noun_a) and _plural(noun_b)),
        "spelling": spelling(noun_a, noun_b),
        "relation": kin.relation if kin else "unknown",
    }
    same = "named another way"
    if kin is not None and kin.relation in ("broader", "narrower"):
        same = "named more " + ("broadly" if kin.relation == "broader" else "narrowly")
    # Another kind of thing is the lexicon's verdict alone: where it is silent, the model's
    # similarity can only say the amount may count something else (a recount, scored on the
    # dev data), since translators name the same things in many ways ("units" / "rooms").
    other_kind = kin is not None and kin.relation == "cohyponym"
    if _ratio_turned(ctx, left, right):
        check, prior = "number.ratio_turned", 0.85
    elif _count_regrouped(ctx, left, right):
        check, prior = "number.regrouped", 0.85
    elif kin is not None and kin.same_thing:
        check, prior = "number.same_thing", 0.05
    elif other_kind:
        check, prior = "number.other_kind", 0.9
    elif alike >= NEAR:
        check, prior = "number.same_thing", 0.05
    else:
        check, prior = "number.recounted", 0.5
    message = {
        "number.same_thing": f"same amount of the same thing, {same}: {noun_a} / {noun_b}",
        "number.other_kind": f"the same amount of another kind of thing: {noun_a} in A, "
        f"{noun_b} in B",
        "number.recounted": f"the same amount may count something else: {noun_a} in A, "
        f"{noun_b} in B",
        "number.regrouped": f"the amount counts the group, not its members: {left.text} "
        f"{noun_a} in A, {right.text} {noun_b} in B",
        "number.ratio_turned": f"the rate turned round: {left.text} {noun_a} for each "
        f"{noun_b} in A, {right.text} {noun_b} for each {noun_a} in B",
    }[check]
    return draft(
        ctx,
        check=check,
        category="number",
        a=f"{left.text} {noun_a}",
        b=f"{right.text} {noun_b}",
        message=message,
        prior=prior,
        evidence=evidence,
        a_span=ctx.locate(left.text, side="a"),
        b_span=ctx.locate(right.text, side="b"),
    )
