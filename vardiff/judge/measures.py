"""How an amount is read, where the number itself stays the same: the level reached or the size
of a change ("rose to 6 percent" / "rose by 6 percent"), a rank ("the second-largest bank" /
"the largest bank", "finished second" / "finished fourth"), a period ("a quarterly profit" /
"an annual profit") and percentage points against percent ("rose two percentage points" / "rose
two percent").

The numbers check compares the amounts; these are the words around an amount that say what
it measures, which a translation keeps as surely as the figure:

- after a verb of rising or falling, "to" names the level reached, "by" (or no preposition:
  "rose 6 percent") the size of the change and "from" the level left;
- an ordinal before a superlative ranks: "the third-biggest city" is not "the biggest city";
  an ordinal word replaced by another orders otherwise ("finished second" / "finished
  fourth"); the ordinals of dates are the numbers check's;
- "daily", "weekly", "monthly", "quarterly", "annual" name the period an amount is counted
  over, "one-off" and "one-time" a thing done once; "annual" / "yearly" / "annually" are one
  period;
- "percentage points" measure a difference of two percentages, "percent" a share of the first:
  "three percentage points" / "three points" is the same difference;
- "each", "apiece", "per person" give the amount of every one of several, "in total", "in
  all", "between them" the sum of all of them: "the families will each receive $10,000" /
  "... $10,000 in total" is another sum of money (``number.shared``);
- "per" names the unit a rate is counted in: "2 euros per litre" / "2 euros per gallon" is
  another price (``number.per``);
- a comparison after a percentage or a fraction makes it the difference from its base, "of"
  or "as much as" the part of it: "40 percent more than the estimate" / "40 percent of the
  estimate" is another cost (``number.base``);
- "into" after a span counts it from the start, "left", "to go", "from the end" from the end:
  "a year into his contract" / "with a year left on his contract" is another time
  (``number.from_end``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from .._numbers import (
    FRACTION_PARTS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    Quantity,
    extract_quantities,
    frequencies,
    is_amount_word,
    rank_in_words,
    roman_value,
)
from .._report import Finding
from .._words import FUNCTION_WORDS, stem
from ._context import PairContext
from ._draft import draft
from ._edits import replacements, words
from ._lexicon import lexicon
from ._text import same_case

__all__ = ["check_measures"]

_PRIOR = {
    "level": 0.9,
    "rank": 0.9,
    "period": 0.9,
    "points": 0.85,
    "part": 0.85,
    "degree": 0.85,
    "span": 0.85,
    "shared": 0.85,
    "per": 0.85,
    "base": 0.85,
    "from_end": 0.85,
    # No dev pair holds a window's event changed (none is calibrated): medium on the checks'
    # own scale.
    "anchor": 0.75,
}

# -- "to" / "by" after a verb of change ------------------------------------------------------

_VERB_REACH = 4  # words between the verb of change and the amount's preposition ("cut its
# workforce to"), at most
_TOKEN = re.compile(r"[\w’'-]+")


def _readings(text: str) -> list[tuple[Quantity, str]]:
    """Each amount said after a verb of rising or falling, with what it says of the change:
    "to" (the level reached), "by" (its size: "by 6 percent", "rose 6 percent") or "from"."""
    lex = lexicon()
    found = []
    for quantity in extract_quantities(text):
        if quantity.unit in ("date", "time", "year", "decade", "ordinal", "relative"):
            continue
        before = _TOKEN.findall(text[: quantity.start])
        if not before:
            continue
        last = before[-1].lower()
        if last in ("to", "by", "from"):
            if len(before) >= 2 and before[-2].lower() in ("up", "down"):
                continue  # "up to 6 percent" bounds the amount; "down to" is informal
            reading, verbs = last, before[-2 - _VERB_REACH : -1]
        else:
            reading, verbs = "by", before[-1:]  # "rose 6 percent": no preposition is "by"
        if any(lex.direction(word) for word in verbs):
            found.append((quantity, reading))
        elif _level_said(before):
            found.append((quantity, "to"))
    return found


# Verbs that tell a level without a change ("stood at 4.2 percent", "remained steady at",
# "amounted to", "totalled", "reached"): against a verb of change with "by" ("rose by 4.2
# percent") the same figure is the size of a change; against "rose to" the same level.
_LEVEL_AT = frozenset({"stand", "remain", "stay", "sit", "settle", "peak"})
_LEVEL_TO = frozenset({"amount", "come"})
_LEVEL_BARE = frozenset({"total", "reach"})


def _level_said(before: list[str]) -> bool:
    """Whether the words ``before`` an amount end on a verb that tells a level, with its
    preposition (an adverb of a state between allowed: "remained steady at")."""
    lex = lexicon()
    last = before[-1].lower()

    def lemmas(word: str) -> set[str]:
        return set(lex.lemmas(word.lower(), "v"))

    if last == "at":
        return any(lemmas(w) & _LEVEL_AT for w in before[-3:-1])
    if last == "to":
        return len(before) >= 2 and bool(lemmas(before[-2]) & _LEVEL_TO)
    return bool(lemmas(last) & _LEVEL_BARE)


def _read_otherwise(
    left: list[tuple[Quantity, str]], right: list[tuple[Quantity, str]]
) -> Iterator[tuple[Quantity, str, str]]:
    """Each figure of ``left`` with its reading and the one other reading ``right`` gives the
    same figure. The figure is read one way only on each side: "rose from 3 to 5 percent" /
    "rose by 3 to 5 percent" has the two readings of one figure."""
    for quantity, reading in left:
        same = [
            r
            for q, r in right
            if q.value == quantity.value and q.unit == quantity.unit and r != reading
        ]
        if len(same) != 1 or any(r == reading for q, r in right if q.value == quantity.value):
            continue
        yield quantity, reading, same[0]


def _level_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    for quantity, reading, other in _read_otherwise(_readings(a), _readings(b)):
        yield draft(
            ctx,
            check="number.level",
            category="number",
            a=f"{reading} {quantity.text}",
            b=f"{other} {quantity.text}",
            message=(
                f"the same figure says another thing of the change: {_SAYS[reading]} in A, "
                f"{_SAYS[other]} in B"
            ),
            prior=_PRIOR["level"],
            evidence={"bare": float(not _written(a, quantity) or not _written(b, quantity))},
        )


_SAYS = {"to": "the level reached", "by": "the size of the change", "from": "the level left"}

# -- a margin / an amount after a verb of winning, losing or leading -----------------------------

# Verbs of a contest whose "by" names the margin between the sides ("won by 312 votes", "leads
# the league by six points", "exceeded forecasts by 8 percent"), where the amount alone, or
# after "with", "on" or "of", is what one side won or holds ("won 312 votes", "leads the league
# on six points").
_CONTEST = frozenset({"win", "lose", "lead", "beat", "trail", "exceed", "defeat", "outscore"})
_MARGIN_BEFORE = re.compile(r"\bby(?:\s+a)?(?:\s+margin\s+of)?\s*$", re.IGNORECASE)
_AMOUNT_BEFORE = frozenset({"with", "on", "of"})
_MARGINS = frozenset({"lead", "margin", "majority"})
# What one side still has when the contest ends, after "with" and the amount: that amount is
# the margin ("won with six wickets in hand" is "won by six wickets"; "with 40 seconds
# remaining").
LEFT_OVER = re.compile(r"(?:\s+[a-z]+)?\s+(?:in\s+hand|remaining|to\s+spare)\b", re.IGNORECASE)


def _margins(text: str) -> list[tuple[Quantity, str]]:
    """Each amount said after a verb of a contest, with what it says: "margin" ("won by 312
    votes", "by a margin of 312 votes") or "amount" ("won 312 votes", "lost with 14 points",
    "leads on six points")."""
    lex = lexicon()
    found = []
    for quantity in extract_quantities(text):
        if quantity.unit in ("date", "time", "year", "decade", "ordinal", "relative"):
            continue
        said = text[: quantity.start]
        before = _TOKEN.findall(said)
        if not before:
            continue
        verbs = before[-2 - _VERB_REACH :]
        if not any(lemma in _CONTEST for w in verbs for lemma in lex.lemmas(w.lower(), "v")):
            continue
        if (
            _MARGIN_BEFORE.search(said)
            # "a lead of six points", "a majority of 41": the margin named as a noun
            or (before[-1].lower() == "of" and len(before) >= 2 and before[-2].lower() in _MARGINS)
            # "with six wickets in hand": what was left over at the end
            or (before[-1].lower() == "with" and LEFT_OVER.match(text, quantity.end))
        ):
            found.append((quantity, "margin"))
        elif before[-1].lower() in _AMOUNT_BEFORE or any(
            lemma in _CONTEST for lemma in lex.lemmas(before[-1].lower(), "v")
        ):
            found.append((quantity, "amount"))
    return found


def _margin_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    for quantity, reading, other in _read_otherwise(_margins(a), _margins(b)):
        yield draft(
            ctx,
            check="number.level",
            category="number",
            a=quantity.text,
            b=quantity.text,
            message=(
                f"the same figure says another thing of the contest: {_MARGIN_SAYS[reading]} "
                f"in A, {_MARGIN_SAYS[other]} in B"
            ),
            prior=_PRIOR["level"],
            evidence={"bare": 0.0},
        )


_MARGIN_SAYS = {"margin": "the margin between the sides", "amount": "what one side won or holds"}


def _written(text: str, quantity: Quantity) -> bool:
    """The amount has its preposition written before it."""
    before = _TOKEN.findall(text[: quantity.start])
    return bool(before) and before[-1].lower() in ("to", "by", "from")


# -- ranks -------------------------------------------------------------------------------------

_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_IRREGULAR_SUPERLATIVES = frozenset({"best", "worst", "most", "least"})
# An ordinal that dates ("the third century", "the second of May", "the second quarter") is
# the numbers check's amount.
_DATED = re.compile(
    r"^[\s-]*(?:century|centuries|millennium|quarter|half|of\s+[A-Z])", re.IGNORECASE
)


def _ordinal(word: str) -> int | None:
    digits = _ORDINAL_DIGITS.match(word.lower())
    return int(digits.group(1)) if digits else rank_in_words(word)


def _superlative(word: str) -> bool:
    """A superlative adjective ("largest", "biggest", "busiest", "best"), not a noun in -est
    ("forest", "interest")."""
    lowered = word.lower()
    if lowered in _IRREGULAR_SUPERLATIVES:
        return True
    if not lowered.endswith("est") or len(lowered) < 6:
        return False
    lex = lexicon()
    if lex.is_noun(lowered) or lowered in lex.lemmas(lowered, "a"):
        return False
    return any(lemma != lowered for lemma in lex.lemmas(lowered, "a"))


def _ranks(text: str) -> dict[str, int]:
    """Each superlative of ``text`` (lower-cased) with the rank an ordinal before it gives
    (1 where there is none): "the third-biggest city" gives {"biggest": 3}."""
    tokens = re.findall(r"[\w’']+", text)
    lex = lexicon()
    ranks: dict[str, int] = {}
    for at, token in enumerate(tokens):
        lowered = token.lower()
        if lowered in ("most", "least"):
            # "the most populous": the superlative of the adjective after it.
            if at + 1 >= len(tokens) or not lex.is_adjective(tokens[at + 1].lower()):
                continue
            said = f"{lowered} {tokens[at + 1].lower()}"
        elif _superlative(token):
            said = lowered
        else:
            continue
        before = tokens[at - 1] if at else ""
        # "the second largest", "the second-largest" (the hyphen splits the token too)
        rank = _ordinal(before) or 1
        ranks.setdefault(said, rank)
    return ranks


def _rank_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    ranks_a, ranks_b = _ranks(a), _ranks(b)
    reported: set[str] = set()
    for word, rank in ranks_a.items():
        other = ranks_b.get(word)
        if other is not None and other != rank:
            reported.add(word.split()[0])
            yield _rank_finding(ctx, f"{_rank_name(rank)} {word}", f"{_rank_name(other)} {word}")
    # An ordinal word replaced by another: "finished second" / "finished fourth".
    # "in second place" / "third": an edit of up to three words holds one rank. Ranks a list
    # gives its items, both lists reordered alike ("France and Italy finished first and
    # second" / "Italy and France finished second and first"), give each the same place.
    from .structure import respectively_kept  # structure reads measures: imported here

    kept = respectively_kept(a, b)
    for edit in [] if kept else replacements(a, b, most_words=3):
        left = [w for w in words(edit.a) if _ordinal(w) is not None]
        right = [w for w in words(edit.b) if _ordinal(w) is not None]
        if len(left) != 1 or len(right) != 1 or _ordinal(left[0]) == _ordinal(right[0]):
            continue
        if _DATED.match(edit.after_a) or _DATED.match(edit.after_b):
            continue
        if any(w.lower() in reported for w in words(edit.after_a)[:1] + words(edit.after_b)[:1]):
            continue
        yield _rank_finding(ctx, left[0], right[0])
    # A name's bearer by another regnal numeral: "Henry VIII" / "Henry VII".
    for edit in replacements(a, b, most_words=1):
        if not _NAMED.search(edit.before_a) or not _NAMED.search(edit.before_b):
            continue
        left_rank, right_rank = _regnal(edit.a), _regnal(edit.b)
        if left_rank is not None and right_rank is not None and left_rank != right_rank:
            yield _rank_finding(ctx, edit.a, edit.b)


# A capitalised name just before a word: where a Roman numeral is the bearer's number.
_NAMED = re.compile(r"[A-Z][a-z]+\s+$")


def _regnal(word: str) -> int | None:
    """The number a regnal numeral says ("VIII", "XIV's"), or None."""
    return roman_value(re.sub(r"['’]s$", "", word.strip()))


def _rank_name(rank: int) -> str:
    return (
        "" if rank == 1 else next((w for w, v in ORDINAL_WORDS.items() if v == rank), f"{rank}th")
    )


def _rank_finding(ctx: PairContext, a: str, b: str) -> Finding:
    return draft(
        ctx,
        check="number.rank",
        category="number",
        a=a.strip(),
        b=b.strip(),
        message=f"another rank: {a.strip()!r} in A, {b.strip()!r} in B",
        prior=_PRIOR["rank"],
    )


# -- periods -----------------------------------------------------------------------------------

_PERIODS = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week",
    "fortnightly": "fortnight", "monthly": "month", "quarterly": "quarter", "annual": "year",
    "annually": "year", "yearly": "year", "biannual": "half-year",
    # Paid or done once, against a period's rate: "a one-off gift" / "a monthly gift".
    "one-off": "once only", "one-time": "once only",
}  # fmt: skip


# A period's noun after a word that takes one of each: "each day", "every week", "a year", "per
# month". An adjective of a period says the same ("a daily charge" / "a charge each day").
_EACH_PERIOD = re.compile(
    r"\b(?:each|every|a|an|per)\s+(hour|day|night|week|fortnight|month|quarter|year)\b",
    re.IGNORECASE,
)


def period_said_per(word: str, own: str, other: str) -> bool:
    """Whether an adjective of a period ("daily", "annual") one side has is said on the other by
    its period after "each", "every", "a" or "per", told there more often than on its own side
    ("a fixed daily amount" / "a fixed amount each day", "an annual fee" / "a fee every year").
    Another period ("a weekly fee" / "a fee each month") says another thing."""
    period = _PERIODS.get(word.lower())
    if period is None:
        return False

    def told(text: str) -> int:
        # "nightly" is read as "day" in _PERIODS: a night comes once a day
        found = (m.group(1).lower() for m in _EACH_PERIOD.finditer(text))
        return sum(("day" if p == "night" else p) == period for p in found)

    return told(other) > told(own)


def _period_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    for edit in replacements(a, b, most_words=3):
        left = {_PERIODS[w.lower()] for w in words(edit.a) if w.lower() in _PERIODS}
        right = {_PERIODS[w.lower()] for w in words(edit.b) if w.lower() in _PERIODS}
        if len(left) != 1 or len(right) != 1 or left == right:
            continue
        word_a = next(w for w in words(edit.a) if w.lower() in _PERIODS)
        word_b = next(w for w in words(edit.b) if w.lower() in _PERIODS)
        yield draft(
            ctx,
            check="number.period",
            category="number",
            a=word_a,
            b=word_b,
            message=f"another period: per {left.pop()} in A, per {right.pop()} in B",
            prior=_PRIOR["period"],
        )


def _frequency_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """``number.period``: how often a thing is done, read whole, at another rate ("every
    other day" / "every day", "one tablet twice a day" / "two tablets once a day": the count
    moved off the frequency), each side's frequencies paired in order where they are as many
    (``vardiff._numbers.frequencies``). One period's adverb against another's is
    ``_period_hits``'s."""
    said_a, said_b = frequencies(a), frequencies(b)
    if not said_a or len(said_a) != len(said_b):
        return
    for (start_a, end_a, rate_a), (start_b, end_b, rate_b) in zip(said_a, said_b, strict=True):
        written_a, written_b = a[start_a:end_a], b[start_b:end_b]
        if math.isclose(rate_a, rate_b) or " " not in written_a + written_b:
            continue
        yield draft(
            ctx,
            check="number.period",
            category="number",
            a=written_a,
            b=written_b,
            message=f"another frequency: {written_a!r} in A, {written_b!r} in B",
            prior=_PRIOR["period"],
        )


# -- a span of time or a point in it ------------------------------------------------------------

# An amount of time: "two years", "a week", "18 months", "several days".
_TIME_AMOUNT = (
    r"(?P<amount>"
    + "|".join(sorted((w for w in NUMBER_WORDS if w != "zero"), key=len, reverse=True))
    + r"|several|a\s+few|a\s+couple\s+of|\d+(?:[.,]\d+)?)"
    r"\s+(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)"
)
# "for two years", "for the past two years", "lasted three days": how long it went on.
_SPAN = re.compile(
    r"\b(?:for|lasted|lasting|lasts|spent)\s+(?:(?:the\s+)?(?:past|last|nearly|almost|about|"
    r"around|over|more\s+than|less\s+than|at\s+least|some|just)\s+)*" + _TIME_AMOUNT + r"\b",
    re.IGNORECASE,
)
# "two years ago", "three days earlier", "a week later": when it happened.
_POINT = re.compile(
    r"(?<![\w-])" + _TIME_AMOUNT + r"\s+(?P<way>ago|earlier|later|before|after|previously)\b",
    re.IGNORECASE,
)


def _times_of(text: str, pattern: re.Pattern[str]) -> dict[tuple[str, str], str]:
    """The amounts of time a pattern reads, by amount and unit (singular), as written."""
    found = {}
    for match in pattern.finditer(text):
        amount = " ".join(match["amount"].lower().split())
        # One amount however it is written: "two years" and "2 years" ("a year": 1).
        if amount in NUMBER_WORDS:
            amount = str(NUMBER_WORDS[amount])
        elif re.fullmatch(r"\d+", amount):
            amount = str(int(amount))
        unit = match["unit"].lower().removesuffix("s")
        found[(amount, unit)] = match.group(0)
    return found


def _span_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """How long something went on on one side, when it happened on the other: "closed for
    three days" / "closed three days ago" (the same amount of time, not the same fact)."""
    spans_a, points_a = _times_of(a, _SPAN), _times_of(a, _POINT)
    spans_b, points_b = _times_of(b, _SPAN), _times_of(b, _POINT)
    for spans, points, other_spans, other_points, side in (
        (spans_a, points_b, spans_b, points_a, "a"),
        (spans_b, points_a, spans_a, points_b, "b"),
    ):
        for key, span in spans.items():
            point = points.get(key)
            if point is None or key in other_spans or key in other_points:
                continue  # both readings on one side: the clause says both
            left, right = (span, point) if side == "a" else (point, span)
            yield draft(
                ctx,
                check="number.span",
                category="number",
                a=left,
                b=right,
                message=(
                    f"{left!r} → {right!r}: "
                    + (
                        "how long it lasted in A, when it happened in B"
                        if side == "a"
                        else "when it happened in A, how long it lasted in B"
                    )
                ),
                prior=_PRIOR["span"],
            )


# -- percentage points -------------------------------------------------------------------------

_POINTS = re.compile(r"\bpercentage[\s-]points?\b", re.IGNORECASE)
_PERCENT = re.compile(r"\bper\s?cent\b|%", re.IGNORECASE)


def _points_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    for edit in replacements(a, b, most_words=4):
        for one, other, flip in ((edit.a, edit.b, False), (edit.b, edit.a, True)):
            points = _POINTS.search(one)
            percent = _PERCENT.search(other)
            if points and percent and not re.search(r"\bpoints?\b", other, re.IGNORECASE):
                said_a, said_b = points.group(0), percent.group(0)
                if flip:
                    said_a, said_b = said_b, said_a
                yield draft(
                    ctx,
                    check="number.points",
                    category="number",
                    a=said_a,
                    b=said_b,
                    message=(
                        "percentage points and percent: a difference of two percentages is "
                        "not a share of the first"
                    ),
                    prior=_PRIOR["points"],
                )
                break


# -- a part told as the whole ------------------------------------------------------------------

_DETERMINERS = "the|these|those|its|their|his|her|our|my|your"
# A member, or a number of members, of a group is a part of it too ("a member of the team",
# "several members of the band"; not "members of the public": the people, wholly).
_MEMBERS = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|\d+)"
    r"\s+(?:members?|players?|staff\s+members?)"
)
_PARTITIVE = re.compile(
    rf"\b({_MEMBERS}|one|some|several|many|most|few|a\s+few|much|half|part|parts|a\s+number|"
    rf"a\s+lot|lots|(?:a|the)\s+majority|a\s+minority|a\s+handful|the\s+rest|a\s+third|"
    rf"a\s+quarter|a\s+fraction)\s+of\s+(?:{_DETERMINERS})\s+([a-z][\w-]*)"
    # "half" takes its part with "of" or straight before the determiner ("half your deposit")
    rf"|\b(half)\s+(?:{_DETERMINERS})\s+([a-z][\w-]*)",
    re.IGNORECASE,
)


# Words that take a part of something, anywhere in a sentence ("The icebergs I photographed,
# some were very young"): a side with one may say the part in its own way, an adverb of
# proportion among them ("the protesters were mostly students" / "most of the protesters").
_PART_WORDS = re.compile(
    r"\b(?:one|some|several|many|most|few|much|half|part|parts|lot|lots|majority|minority|"
    r"handful|rest|third|quarter|fraction|among|of\s+(?:it|them)|mostly|mainly|largely|"
    r"partly|partially|chiefly|primarily|predominantly)\b",
    re.IGNORECASE,
)
# A word before "the residents" that makes it no whole group: a preposition ("most among the
# goods", "one till the"), a number ("one of the ten largest") or "half" ("half the rent").
_NOT_WHOLE_AFTER = frozenset(
    "of in on at to for from with by among till until into onto about against inside over under "
    "between through across within half".split()
)


def _partitives(text: str) -> dict[str, str]:
    """The nouns ``text`` takes a part of ("some of the residents"): noun -> the part. Only a
    noun: "one of the most important", "parts of the main island" are read no further."""
    lex = lexicon()
    found = {}
    for match in _PARTITIVE.finditer(text):
        noun = (match.group(2) or match.group(4)).lower()
        if lex.is_noun(noun) and not lex.is_adjective(noun) and not _superlative(noun):
            found[noun] = match.group(1) or match.group(3)
    return found


def _whole(text: str, noun: str) -> str | None:
    """``noun`` named whole in ``text``, after a determiner that follows no preposition ("the
    residents were", "evacuated its staff"), or None."""
    pattern = rf"(?:(\S+)\s+)?\b((?:{_DETERMINERS})\s+{re.escape(noun)})\b"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        before = (match.group(1) or "").lower().strip(",;:")
        if before not in _NOT_WHOLE_AFTER:
            return match.group(2)
    return None


def _part_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    for side, text, other in (("a", a, b), ("b", b, a)):
        parts_other = _partitives(other)
        for noun, part in _partitives(text).items():
            if noun in parts_other or _PART_WORDS.search(other):
                continue
            whole = _whole(other, noun)
            if whole is None or _whole(text, noun) is not None:
                continue
            said = f"{part} of {noun}"
            left, right = (said, whole) if side == "a" else (whole, said)
            yield draft(
                ctx,
                check="number.part",
                category="number",
                a=left,
                b=right,
                message=f"a part told as the whole: {left!r} in A, {right!r} in B",
                prior=_PRIOR["part"],
            )


# -- a share of a base against a difference from it -------------------------------------------

# A figure that measures against a base: a percentage or a fraction in words ("40 percent",
# "a third", "two thirds", "half").
_SHARE_FIGURE = (
    r"\d+(?:[.,]\d+)?\s*(?:per\s?cent|%)"
    r"|(?:a|one)\s+(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"|(?:two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)"
    r"|half"
)
# What follows the figure: a comparison makes it the difference from the base ("40 percent
# more than", "a fifth less than", "25 percent below"); "of" or an equal degree the part of it
# that the thing is ("40 percent of", "a fifth as much as").
_SHARE_READ = re.compile(
    rf"(?<![\w.,])(?P<figure>{_SHARE_FIGURE})\s+(?:"
    r"(?P<difference>more|less|fewer|higher|lower|greater|smaller|bigger|larger|cheaper|"
    r"dearer|above|below)\b"
    r"|(?P<part>of|as\s+(?:much|many)|as\s+(?!well\b)[a-z]+\s+as)\b)",
    re.IGNORECASE,
)
_SHARE_SAYS = {"difference": "the difference from its base", "part": "the part of its base"}


def _share_readings(text: str) -> dict[str, list[tuple[str, str]]]:
    """Each percentage or fraction of ``text`` followed by what it measures, by the figure as
    said (lower-cased, "per cent" and "%" as "percent", "one third" as "a third"): "difference"
    for a comparison after it, "part" for "of" or "as much as", with the words said."""
    found: dict[str, list[tuple[str, str]]] = {}
    for match in _SHARE_READ.finditer(text):
        figure = re.sub(r"\s+|-", " ", match.group("figure").lower())
        figure = re.sub(r"\s*(?:per\s?cent|%)$", " percent", figure)
        figure = re.sub(r"^one ", "a ", figure)
        reading = "difference" if match.group("difference") else "part"
        found.setdefault(figure, []).append((reading, match.group(0)))
    return found


def share_read_otherwise(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """The figures said once on each side, each side reading them against the base another
    way: the reading and the words of A, then of B ("40 percent more than" / "40 percent
    of")."""
    left, right = _share_readings(a), _share_readings(b)
    found = []
    for figure, said_a in left.items():
        said_b = right.get(figure, [])
        if len(said_a) == 1 and len(said_b) == 1 and said_a[0][0] != said_b[0][0]:
            found.append((said_a[0][0], said_a[0][1], said_b[0][0], said_b[0][1]))
    return found


_UP = frozenset("more higher greater bigger larger dearer above".split())
_TIMES = {"half": 0.5, "twice": 2.0, "double": 2.0, "triple": 3.0, "thrice": 3.0}
_TIMES_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
# How many times: a figure or a count word before "times" ("1.3 times", "three times").
_TIMES_FIGURE = r"\d+(?:\.\d+)?|" + "|".join(_TIMES_WORDS)
_COUNTED_TIMES = rf"(?:{_TIMES_FIGURE})\s+times"
# A multiple of a base: "1.3 times those in the suburbs", "twice the energy", "three times as
# much as": a figure or a count word, "times", and what opens the base or the degree; "three
# times a week" counts how often.
_MULTIPLE = re.compile(
    rf"(?<![\w.,])(?:(?P<figure>{_TIMES_FIGURE})\s+times|(?P<twice>twice))"
    r"\s+(?=(?:as|the|that|those|this|these|its|their|his|her|our|what)\b)",
    re.IGNORECASE,
)


def _share_size(figure: str) -> float | None:
    """How much of its base a share figure as ``_share_readings`` keys it is: "40 percent"
    0.4, "a third" 1/3, "two fifths" 0.4."""
    said = figure.split()
    if said[-1] == "percent":
        return float(said[0].replace(",", ".")) / 100
    if said[-1] in FRACTION_PARTS:
        count = NUMBER_WORDS.get(said[0], 1) if len(said) > 1 else 1
        return count / FRACTION_PARTS[said[-1]]
    return None


def _sizes_against_base(text: str) -> list[tuple[float, str, tuple[int, int]]]:
    """Each amount of ``text`` told against its base, as the multiple of the base it makes,
    with how it is told ("difference" or "part") and its span: "60 percent less than" 0.4,
    "30 percent higher than" 1.3, "40 percent of" 0.4, "1.3 times those" 1.3, "twice the" 2."""
    found = []
    for match in _SHARE_READ.finditer(text):
        figure = re.sub(r"\s+|-", " ", match.group("figure").lower())
        figure = re.sub(r"\s*(?:per\s?cent|%)$", " percent", figure)
        size = _share_size(figure)
        if size is None:
            continue
        if match.group("difference"):
            up = match.group("difference").lower() in _UP
            found.append((1 + size if up else 1 - size, "difference", match.span()))
        else:
            found.append((size, "part", match.span()))
    for match in _MULTIPLE.finditer(text):
        said = (match.group("figure") or "2").lower()
        value = float(_TIMES_WORDS.get(said) or said)
        found.append((value, "part", match.span()))
    return found


def base_restated(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The amounts told against a base that the other side tells otherwise with the same
    arithmetic: a difference as the part it leaves ("60 percent less energy than" / "40
    percent of the energy of"), as a multiple ("30 percent higher than" / "1.3 times those",
    "100 percent more" / "twice the"), or in other words of the same direction ("a third above"
    / "a third higher than"); the spans of the two sayings. "60 percent less" / "60 percent of"
    (the same figure, another amount: ``number.base``) and "30 percent higher" / "1.5 times"
    are no restatement."""
    found = []
    left, right = _sizes_against_base(a), _sizes_against_base(b)
    for size_a, how_a, span_a in left:
        for size_b, how_b, span_b in right:
            if "difference" not in (how_a, how_b) or abs(size_a - size_b) > 0.005:
                continue
            if (
                how_a == how_b == "difference"
                and a[slice(*span_a)].lower() == b[slice(*span_b)].lower()
            ):
                continue  # said word for word: nothing restated
            found.append((span_a, span_b))
    return found


def _base_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """``number.base``: a percentage or a fraction told as the difference from its base on one
    side and as the part of it on the other ("will cost 40 percent more than the estimate" /
    "40 percent of the estimate", "earn a fifth less than men" / "a fifth as much as men"):
    the same figure, another amount. "40 percent more than" / "40 percent above" and "a fifth
    less than" / "20 percent less than" read the base alike."""
    for reading_a, said_a, reading_b, said_b in share_read_otherwise(a, b):
        yield draft(
            ctx,
            check="number.base",
            category="number",
            a=said_a,
            b=said_b,
            message=(
                f"the same figure measured otherwise against its base: "
                f"{_SHARE_SAYS[reading_a]} in A, {_SHARE_SAYS[reading_b]} in B"
            ),
            prior=_PRIOR["base"],
        )


# -- a span counted from the start against one left before the end -----------------------------

# A span of time or of a course: a count and its unit ("two minutes", "a year", "10
# kilometres", "three laps").
_SPAN_AMOUNT = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
    r"twenty|thirty|forty|fifty|\d+(?:[.,]\d+)?)\s+(?:minutes?|hours?|days?|weeks?|months?|"
    r"years?|seasons?|kilometres?|kilometers?|km|miles?|metres?|meters?|laps?|holes?|"
    r"rounds?|overs?|innings)"
)
# Counted from the start: "a year into his contract", "two minutes after the kick-off", "after
# two minutes"; left before the end: "with two minutes remaining", "eighteen months of his
# term left", "three laps to go", "10 kilometres from the finish", "three weeks before polling
# day".
_SPAN_READ = re.compile(
    rf"\b(?P<into>{_SPAN_AMOUNT})\s+into\b"
    rf"|\bafter\s+(?P<after>{_SPAN_AMOUNT})\b(?!\s+(?:of|left|remaining|before|from|to\s+go))"
    rf"|\b(?P<left>{_SPAN_AMOUNT})(?:\s+(?:of|on)(?:\s+[\w’'-]+){{1,3}}?)?\s+"
    r"(?:left|remaining|to\s+go|to\s+play|from\s+(?:the\s+)?(?:end|finish|line|time|home))\b"
    rf"|\b(?P<before>{_SPAN_AMOUNT})\s+(?:before|ahead\s+of)\b",
    re.IGNORECASE,
)
# Readings that count from the other end: a span "into" a thing against one left before its
# end or before an event; "after" a span against one left. A span "before" an event against one
# "after" another is a converse ("two hours before the train" / "the train ... two hours
# after"), not read here.
_SPAN_OTHER_END = frozenset(
    {
        frozenset({"into", "left"}),
        frozenset({"into", "before"}),
        frozenset({"after", "left"}),
    }
)
_SPAN_SAYS = {
    "into": "counted from the start",
    "after": "counted from the start",
    "left": "left before the end",
    "before": "counted back from what follows",
}


def _span_readings(text: str) -> dict[str, list[tuple[str, str]]]:
    """Each span of ``text`` said with where it is counted from, by the span as said
    (lower-cased, "an" and "one" as "a"): "into" ("a year into"), "after" ("after two
    minutes"), "left" ("a year left", "two minutes from time") or "before" ("three weeks before
    polling day"), with the words said."""
    found: dict[str, list[tuple[str, str]]] = {}
    for match in _SPAN_READ.finditer(text):
        reading = next(name for name in ("into", "after", "left", "before") if match.group(name))
        key = re.sub(r"\s+", " ", match.group(reading).lower())
        key = re.sub(r"^(?:an|one) ", "a ", key)
        found.setdefault(key, []).append((reading, match.group(0)))
    return found


def span_read_otherwise(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """The spans said once on each side, counted from the start on one side and left before
    the end on the other: the reading and the words of A, then of B."""
    left, right = _span_readings(a), _span_readings(b)
    found = []
    for span, said_a in left.items():
        said_b = right.get(span, [])
        if (
            len(said_a) == 1
            and len(said_b) == 1
            and frozenset({said_a[0][0], said_b[0][0]}) in _SPAN_OTHER_END
        ):
            found.append((said_a[0][0], said_a[0][1], said_b[0][0], said_b[0][1]))
    return found


def _from_end_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """``number.from_end``: the same span counted from the start on one side and left before
    the end on the other ("sacked a year into his four-year contract" / "with a year left on
    his four-year contract", "scored with two minutes remaining" / "after two minutes",
    "crashed 10 kilometres from the finish" / "10 kilometres into the stage"): another point
    in time or on the course. "remaining" / "left" / "to go" and "into" / "after" stay quiet."""
    for reading_a, said_a, reading_b, said_b in span_read_otherwise(a, b):
        yield draft(
            ctx,
            check="number.from_end",
            category="number",
            a=said_a,
            b=said_b,
            message=(
                f"the same span counted from the other end: {_SPAN_SAYS[reading_a]} in A, "
                f"{_SPAN_SAYS[reading_b]} in B"
            ),
            prior=_PRIOR["from_end"],
        )


# -- how many times as much --------------------------------------------------------------------

# A multiplier of a comparison: "twice as much", "half the size of", "three times higher".
_MULTIPLIER = re.compile(
    rf"\b(half|twice|double|triple|thrice|{_COUNTED_TIMES})"
    r"\s+(?=as\b|the\b|more\b|less\b|fewer\b|[a-z]+er\b)",
    re.IGNORECASE,
)
# An equal degree ("as strong as") against a greater or a lesser one ("stronger than", "more
# expensive than"): the comparison's adjective, by its lemma.
_EQUATIVE = re.compile(r"\bas\s+([a-z]+)\s+as\b", re.IGNORECASE)
# "as well as" joins, "as long as" conditions, "as soon as" times, "as many as 100" bounds, "as
# good as" is "almost".
_NOT_EQUATIVE = frozenset("well long soon far much many little few good".split())
_COMPARATIVE = re.compile(r"\b(?:(more|less)\s+([a-z]+)|([a-z]+er))\s+than\b", re.IGNORECASE)


def _multipliers(text: str) -> list[tuple[str, float]]:
    found = []
    for match in _MULTIPLIER.finditer(text):
        said = match.group(1)
        first = said.split()[0].lower()
        if first in _TIMES:
            value = _TIMES[first]
        elif first in _TIMES_WORDS:
            value = float(_TIMES_WORDS[first])
        else:
            value = float(first)
        found.append((said, value))
    return found


# What a multiple is of: the words after the "as" or "than" that closes it ("twice as much on
# its campaign as *the opposition*"), or after "of" ("half the size of *Wales*").
_STANDARD = re.compile(r"\b(?:as|than|of)\s+(?=((?:[\w’'-]+\s*){1,3}))", re.IGNORECASE)


def _standard(text: str, said: str) -> tuple[str, int] | None:
    """The first content word of what the multiple ``said`` in ``text`` is of, and where the
    multiple stands; None where nothing closes it."""
    at = text.find(said)
    for match in _STANDARD.finditer(text, at + len(said)):
        if not text[at + len(said) : match.start()].strip():
            continue  # the "as" that opens the degree ("twice *as* much as"), not its standard
        words = [w.lower() for w in re.findall(r"[\w’'-]+", match.group(1))]
        content = [w for w in words if w not in FUNCTION_WORDS]
        if content:
            return content[0], at
    return None


def ratio_turned(a: str, b: str) -> bool:
    """Whether a multiple is told from its other side, its two terms swapped: "the party spent
    twice as much as the opposition" / "the opposition spent half as much as the party". The
    reciprocal of the multiple with the terms changed places says the same."""
    times_a, times_b = _multipliers(a), _multipliers(b)
    if len(times_a) != 1 or len(times_b) != 1 or abs(times_a[0][1] * times_b[0][1] - 1) > 1e-9:
        return False
    standard_a, standard_b = _standard(a, times_a[0][0]), _standard(b, times_b[0][0])
    if standard_a is None or standard_b is None:
        return False
    (term_a, at_a), (term_b, at_b) = standard_a, standard_b
    # Each side's term of comparison stands before the multiple on the other: the subject.
    before_a = {w.lower() for w in re.findall(r"[\w’'-]+", a[:at_a])}
    before_b = {w.lower() for w in re.findall(r"[\w’'-]+", b[:at_b])}
    return term_a != term_b and term_a in before_b and term_b in before_a


_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_COUNT = r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
# A proportion of two counted things: "two pupils for every computer", "one nurse for each
# four patients", "three applicants per place"; and a multiple of a count, "twice as many women
# as men", "three times as many cars as bikes".
_RATE = re.compile(
    rf"\b{_COUNT}\s+([a-z]+)\s+(?:for\s+(?:every|each)|per|to\s+(?:every|each))\s+"
    rf"(?:{_COUNT}\s+)?([a-z]+)\b",
    re.IGNORECASE,
)
_MANY = re.compile(
    r"\b(half|twice|double|triple|(?:\d+|two|three|four|five|six|ten)\s+times)\s+as\s+"
    r"(?:many|much)\s+([a-z]+)\s+as\s+(?:there\s+(?:are|were)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def _count(word: str | None) -> float:
    if word is None:
        return 1.0
    word = word.lower()
    return float(_COUNT_WORDS[word]) if word in _COUNT_WORDS else float(word)


def _noun_lemma(word: str) -> str:
    lemmas = lexicon().lemmas(word.lower(), "n")
    return lemmas[0] if lemmas else word.lower()


def rates(text: str) -> list[tuple[str, str, float, tuple[int, int]]]:
    """Each proportion of two counted things ``text`` states, as (the thing counted, the thing
    it is counted against, how many of the first for one of the second, the span): "two pupils
    for every computer" is ("pupil", "computer", 2.0), "one computer for every two pupils"
    ("computer", "pupil", 0.5), "twice as many women as men" ("woman", "man", 2.0)."""
    found = []
    for match in _RATE.finditer(text):
        value = _count(match.group(1)) / _count(match.group(3))
        found.append(
            (_noun_lemma(match.group(2)), _noun_lemma(match.group(4)), value, match.span())
        )
    for match in _MANY.finditer(text):
        first = match.group(1).split()[0].lower()
        times = _TIMES.get(first) or float(_TIMES_WORDS.get(first) or first)
        found.append(
            (_noun_lemma(match.group(2)), _noun_lemma(match.group(3)), times, match.span())
        )
    return found


def rate_restated(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int], set[str]] | None:
    """A proportion said from its other side or as a multiple, the same on both sides: "two
    pupils for every computer" / "one computer for every two pupils", "two women for every man"
    / "twice as many women as men": the spans of the two sayings and their two nouns (as
    written, lower case). A rate turned round ("two pupils for every computer" / "two computers
    for every pupil") says another proportion and is None."""
    for x_a, y_a, value_a, span_a in rates(a):
        for x_b, y_b, value_b, span_b in rates(b):
            if x_a == y_a or (x_a, y_a, value_a, span_a) == (x_b, y_b, value_b, span_b):
                continue
            kept = (x_a, y_a) == (x_b, y_b) and abs(value_a - value_b) < 1e-9
            turned = (x_a, y_a) == (y_b, x_b) and abs(value_a * value_b - 1) < 1e-9
            if kept or turned:
                said = {w.lower() for w in words(a[slice(*span_a)] + " " + b[slice(*span_b)])}
                nouns = {w for w in said if _noun_lemma(w) in (x_a, y_a)}
                return span_a, span_b, nouns
    return None


def _many_swapped(a: str, b: str) -> tuple[str, str] | None:
    """A multiple of a count with its two things swapped, the multiple kept: "three times as
    many sheep as residents" / "three times as many residents as sheep" says the reverse
    proportion; the two sayings, or None."""
    for match_a in _MANY.finditer(a):
        for match_b in _MANY.finditer(b):
            same = match_a.group(1).lower() == match_b.group(1).lower()
            x_a, y_a = (_noun_lemma(match_a.group(i)) for i in (2, 3))
            x_b, y_b = (_noun_lemma(match_b.group(i)) for i in (2, 3))
            if same and x_a != y_a and (x_a, y_a) == (y_b, x_b):
                return match_a.group(0), match_b.group(0)
    return None


def _degree_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    if swapped := _many_swapped(a, b):
        yield _degree_finding(ctx, *swapped, "the multiple's two things swapped")
        return
    times_a, times_b = _multipliers(a), _multipliers(b)
    if len(times_a) == 1 and len(times_b) == 1 and times_a[0][1] != times_b[0][1]:
        if not ratio_turned(a, b):
            yield _degree_finding(ctx, times_a[0][0], times_b[0][0], "another multiple")
        return
    lex = lexicon()
    for side, text, other in (("a", a, b), ("b", b, a)):
        for match in _EQUATIVE.finditer(text):
            if match.group(1).lower() in _NOT_EQUATIVE:
                continue
            lemmas = set(lex.lemmas(match.group(1).lower(), "a"))
            if not lemmas or _EQUATIVE.search(other):
                continue
            for comparative in _COMPARATIVE.finditer(other):
                word = (comparative.group(2) or comparative.group(3)).lower()
                if lemmas & set(lex.lemmas(word, "a")):
                    left, right = match.group(0), comparative.group(0)
                    if side == "b":
                        left, right = right, left
                    yield _degree_finding(ctx, left, right, "an equal degree against another")
                    return


def _degree_finding(ctx: PairContext, a: str, b: str, what: str) -> Finding:
    return draft(
        ctx,
        check="number.degree",
        category="number",
        a=a,
        b=b,
        message=f"{what}: {a!r} in A, {b!r} in B",
        prior=_PRIOR["degree"],
    )


# -- each one's amount or all of theirs together ------------------------------------------------

# The amount given to or taken from every one of several: "each receive $10,000", "five years
# each", "$50 apiece", "per person"; "each other" is a reciprocal.
_EACH = re.compile(
    r"\b(?:each(?!\s+other\b)|apiece|a\s+piece|a\s+head|per\s+(?:person|head|capita|"
    r"family|household|member|child|worker|employee|passenger|student)|every\s+one\s+of|"
    r"individually)\b",
    re.IGNORECASE,
)
# The sum of what all of them got: "$10,000 in total", "in all" closing its clause ("in all
# cases" quantifies), "altogether", "between them", "combined" ("combined with" joins), "a total
# of", "jointly", "collectively".
_TOGETHER = re.compile(
    r"\b(?:in\s+total|in\s+all(?=\s*(?:[,.;:!?)]|$))|altogether|between\s+them|among\s+them|"
    r"combined(?!\s+with\b)|(?:a|the)\s+total\s+of|jointly|collectively)\b",
    re.IGNORECASE,
)


def _amounts(text: str) -> set[float | str]:
    return {
        q.value
        for q in extract_quantities(text)
        if q.unit not in ("date", "time", "year", "decade", "ordinal", "relative")
    }


def _shared_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """An amount every one of several gets on one side ("each", "apiece"), all of them
    together on the other ("in total", "between them"), with the same figure on both: "the
    two men were sentenced to five years each" / "... five years between them"."""
    each_a, each_b = _EACH.findall(a), _EACH.findall(b)
    together_a, together_b = _TOGETHER.findall(a), _TOGETHER.findall(b)
    for each, together, other_each, other_together, side in (
        (each_a, together_b, each_b, together_a, "a"),
        (each_b, together_a, each_a, together_b, "b"),
    ):
        if len(each) <= len(other_each) or len(together) <= len(other_together):
            continue
        if not _amounts(a) & _amounts(b):
            return
        left, right = (each[0], together[0]) if side == "a" else (together[0], each[0])
        yield draft(
            ctx,
            check="number.shared",
            category="number",
            a=left,
            b=right,
            message=(
                f"{left!r} → {right!r}: "
                + (
                    "the amount of each one in A, of all of them together in B"
                    if side == "a"
                    else "the amount of all of them together in A, of each one in B"
                )
            ),
            prior=_PRIOR["shared"],
        )
        return


# -- the unit of a rate -------------------------------------------------------------------------

# Units of measure and of time: what a rate counts in ("per litre", "per hour").
_UNIT_FILES = ("noun.quantity", "noun.time")


def _per_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """A rate counted in another unit: "2 euros per litre" / "2 euros per gallon", "120 km per
    hour" / "per day". Both units of measure or of time, and not one unit in two spellings or
    words ("per litre" / "per liter", "per kilo" / "per kilogram")."""
    lex = lexicon()
    for edit in replacements(a, b, most_words=1):
        if not (_per_before(edit.before_a) and _per_before(edit.before_b)):
            continue
        left, right = edit.a.strip(), edit.b.strip()
        if not (left.isalpha() and right.isalpha()):
            continue
        if lex.domain(left.lower()) not in _UNIT_FILES or lex.domain(right.lower()) not in (
            _UNIT_FILES
        ):
            continue
        kin = lex.kinship(left.lower(), right.lower())
        if kin is not None and kin.synonymous:
            continue
        yield draft(
            ctx,
            check="number.per",
            category="number",
            a=f"per {left}",
            b=f"per {right}",
            message=f"a rate in another unit: per {left} in A, per {right} in B",
            prior=_PRIOR["per"],
        )


_PER = re.compile(r"\b(?:per|(?P<article>a|an|each))\s+$", re.IGNORECASE)


def _per_before(before: str) -> bool:
    """The words before a noun make it the unit of a rate: "per" ("per litre"), or "a", "an"
    or "each" after an amount ("3 dollars a kilo", not "spent a week")."""
    found = _PER.search(before)
    if found is None:
        return False
    if not found.group("article"):
        return True
    return any(is_amount_word(w) for w in _TOKEN.findall(before[: found.start()])[-2:])


def check_measures(ctx: PairContext) -> list[Finding]:
    a, b = same_case(ctx.a, ctx.b)
    found: list[Finding] = []
    for hits in (
        _level_hits,
        _margin_hits,
        _rank_hits,
        _period_hits,
        _frequency_hits,
        _span_hits,
        _points_hits,
        _part_hits,
        _degree_hits,
        _shared_hits,
        _per_hits,
        _base_hits,
        _from_end_hits,
        _anchor_hits,
    ):
        found.extend(hits(ctx, a, b))
    return found


# -- the event a window of time is counted from -------------------------------------------------

# A window of time counted from an event, and the words that name the event up to a mark:
# "within 14 days of signing it", "up to 30 days after delivery", "a week before the flight".
_WINDOW = re.compile(
    r"\b(?:within\s+" + _TIME_AMOUNT + r"\s+of|" + _TIME_AMOUNT.replace("?P<", "?P<x")
    + r"\s+(?:after|before|from))\s+(?P<event>[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,3})",
    re.IGNORECASE,
)  # fmt: skip
_SUBJECTS = frozenset("i you he she it we they this that there".split())
_EVENT_WORDS = 2  # the event's first content words that name it ("date", "invoice")


def _windows(text: str) -> list[tuple[str, str, list[str], int, int]]:
    """Each window of ``text``: its amount, its unit (singular), the first content words of
    its event, and where those words run."""
    found = []
    for match in _WINDOW.finditer(text):
        if match.group("event").split()[0].lower() in _SUBJECTS:
            # "15 minutes before they merge": a clause, which a translator words freely ("they
            # fall together"), not an event named by a noun or a gerund
            continue
        amount = (match.group("amount") or match.group("xamount")).lower()
        unit = (match.group("unit") or match.group("xunit")).lower().removesuffix("s")
        event = [
            w for w in _TOKEN.findall(match.group("event")) if w.lower() not in FUNCTION_WORDS
        ][:_EVENT_WORDS]
        if event:
            found.append((amount, unit, event, match.start("event"), match.end("event")))
    return found


def _letters(said: list[str]) -> str:
    return "".join(c for w in said for c in w.lower() if c.isalpha())


def _same_event(x: str, y: str) -> bool:
    """Two words that may name one event: one stem, a derivation ("signing" / "signature"),
    synonyms as nouns or verbs ("purchase" / "buying"), or one a kind of the other."""
    x, y = x.lower(), y.lower()
    lex = lexicon()
    if stem(x) == stem(y) or stem(y) in {stem(d) for d in lex.derived(x)}:
        return True
    if stem(x) in {stem(d) for d in lex.derived(y)}:
        return True
    forms_x = {x, *lex.lemmas(x, "v"), *lex.lemmas(x, "n")}
    forms_y = {y, *lex.lemmas(y, "v"), *lex.lemmas(y, "n")}
    for pos in ("n", "v"):
        for one in forms_x:
            for other in forms_y:
                kin = lex.kinship(one, other, pos=pos)
                if kin is not None and (kin.synonymous or kin.relation in ("broader", "narrower")):
                    return True
    return False


def _anchor_hits(ctx: PairContext, a: str, b: str) -> Iterator[Finding]:
    """``number.anchor``: a window of the same length counted from another event ("within 14
    days of signing it" / "up to 14 days after paying for it"): the deadline falls elsewhere.
    The windows pair in order where each side has as many; an event word the other side says
    anywhere, or one that names the same event (``_same_event``), is no change."""
    in_a, in_b = _windows(a), _windows(b)
    if not in_a or len(in_a) != len(in_b):
        return
    lowered_a, lowered_b = (
        {w.lower() for w in _TOKEN.findall(a)},
        {w.lower() for w in _TOKEN.findall(b)},
    )
    for (amount_a, unit_a, event_a, start_a, end_a), (
        amount_b,
        unit_b,
        event_b,
        start_b,
        end_b,
    ) in zip(in_a, in_b, strict=True):
        if (amount_a, unit_a) != (amount_b, unit_b):
            continue  # another window: the numbers check's
        if any(w.lower() in lowered_b for w in event_a) or any(
            w.lower() in lowered_a for w in event_b
        ):
            continue
        if _letters(event_a) in _letters([b[start_b:end_b]]) or _letters(event_b) in _letters(
            [a[start_a:end_a]]
        ):
            continue  # "take-off" / "take - off"
        if any(_same_event(x, y) for x in event_a for y in event_b):
            continue
        said_a, said_b = a[start_a:end_a].strip(), b[start_b:end_b].strip()
        yield draft(
            ctx,
            check="number.anchor",
            category="number",
            a=said_a,
            b=said_b,
            message=f"the window is counted from another event: {said_a!r} in A, {said_b!r} in B",
            prior=_PRIOR["anchor"],
        )


# -- a part of a span by its place or by its length from an end ----------------------------------

# A half or a quarter by its place, or so many months from the start or the end ("the second
# half", "the final quarter", "the last six months", "the first three months"): one stretch of
# a year, or of a term of twelve months, in its twelfths.
_PART = re.compile(
    r"\b(?:(?P<half>first|second)\s+half|"
    r"(?P<quarter>first|second|third|fourth|final|last)\s+quarter|"
    r"(?P<end>first|opening|last|final|closing)\s+(?P<months>three|six|3|6)\s+months)\b",
    re.IGNORECASE,
)
# A quarter of the year by its place ("the final quarter" is the fourth).
QUARTER_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_FROM_START = frozenset({"first", "opening"})


def parts_of_span(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each part of a span ``text`` names by its place or by its months from an end, with its
    characters and its first and last twelfth: "the second half" and "the final six months"
    are (7, 12), "the first quarter" and "the first three months" (1, 3)."""
    found = []
    for match in _PART.finditer(text):
        if match.group("half"):
            first = 1 if match.group("half").lower() == "first" else 7
            months = (first, first + 5)
        elif match.group("quarter"):
            place = QUARTER_PLACES[match.group("quarter").lower()]
            months = (3 * place - 2, 3 * place)
        else:
            length = 3 if match.group("months").lower() in ("three", "3") else 6
            start = match.group("end").lower() in _FROM_START
            months = (1, length) if start else (13 - length, 12)
        found.append((match.span(), months))
    return found


def part_said_alike(at: int, own: str, other: str) -> bool:
    """Whether the character ``at`` of ``own`` lies in a part of a span that ``other`` names
    as the same twelfths in other words ("the final six months" / "the second half"); "the
    final six months" / "the first half" is another part."""
    mine = [months for (start, end), months in parts_of_span(own) if start <= at < end]
    theirs = {months for _, months in parts_of_span(other)}
    return bool(mine) and mine[0] in theirs
