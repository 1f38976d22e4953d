"""Scales: a word replaced by another on an ordered scale, at another point of it: "some" /
"all", "often" / "occasionally", "slightly" / "sharply".

A sentence embedding puts "some residents were evacuated" next to "all residents were
evacuated" (the words share every context, and the rest of the sentence is the same), and
WordNet files many of these words as opposed adjectives or not at all, so this check reads them
against its scales, each a list of bands of words that say the same point of it (those below,
and how complete and how lasting a change is):

- quantity (``scale.quantifier``): none < few < some < many < half < most < all; a privative
  ("short of", "lacks", "without") says none or few, and "plenty of" many;
- frequency (``scale.frequency``): never < rarely < sometimes < often < always;
- degree of a change or a property (``scale.degree``): slightly < moderately < sharply, and the
  adjectives that say the same of a noun ("a slight rise" / "a steep rise");
- the bound on an amount (``scale.bound``): below it ("nearly", "fewer than", "up to") < about
  it ("about", "roughly") < above it ("over", "at least"), read only before an amount ("over
  500", not "over the weekend"); the two ends are loud ("nearly 500" / "over 500"), the next
  band, a round figure told as a bound, is how translations vary ("about 500" / "nearly 500");
  a bound said after its amount ("80 pounds or more") is read as the same bound before it;
- likeness (``scale.likeness``): different < similar < identical ("the same as" / "similar to");
- the named level of a threat, a risk, an alert or a patient's state (``scale.level``): low <
  moderate < substantial < high, severe < critical, extreme, read only as such a level.

Beside the scales, a superlative said of one of several on one side and of the only one on the
other (``scale.superlative``: "one of the largest banks" / "the largest bank"); and, in the top
band of quantity, the whole of one thing against each of many (``scale.whole``: "all week" /
"every week", "the whole school" / "every school").

A word replaced by one of the same band is a synonym ("many" / "numerous"): a quiet verdict
(``scale.same``) that explains a wording finding on the same words away. Another band is a
meaning change, the further apart the louder. Only a replacement is judged: the scale word of A
and the scale word of B both lie in one edit, or one side's scale phrase grows or shrinks into
the other's ("few" / "a few", "all" / "nearly all"). A scale word merely added or dropped
("rose" / "rose sharply") is the removal and wording checks' business; a pair of words the
lexicon already calls opposites ("many" / "few", "major" / "minor") is the opposites check's,
unless one is a negative word ("rarely", "no"), which that check leaves alone. A scale word that
bears on another word on each side ("many forms of life" / "everything") belongs to a rebuilt
phrase and stays low until the calibration says otherwise (evidence ``anchored``).

A negation next to a scale word moves its point: "not all" is some to most, "not many" few or
some, "not a few" many. So a negated point is read as a stretch of the scale (below the word
when it stands in the upper half, above it in the lower half, never at the ends: "not all" is
not "none", "not rarely" is not "always"), and a point of the other side inside that stretch is
the same statement reworded ("not all" / "some"). The polarity check asks
:func:`negation_explained` so that it does not call such a rewording a flipped polarity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .. import _cues as cues
from .._numbers import amount_spans, is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, content_words, stem
from ._context import PairContext
from ._edits import Edit, Hit, as_findings, edits, words
from ._lexicon import lexicon
from ._sources import current
from .opposites import QUANTIFIERS, opposed_words

__all__ = [
    "LASTING",
    "SCALES",
    "Point",
    "Reading",
    "Scale",
    "Shift",
    "check_scales",
    "distance",
    "find_scales",
    "intensity",
    "negation_explained",
    "negation_moved",
    "reading",
    "scale_points",
    "shifts",
]


@dataclass(frozen=True)
class Scale:
    """An ordered scale: ``bands`` from its low end to its high end, each a tuple of phrases
    that say the same point; ``zero``: the lowest band is an absolute ("none", "never"), which a
    negated word never reaches ("not all" is not "none")."""

    name: str
    point: str  # what a point of it says, in a message: "quantity"
    more: str  # what B says when its point is higher
    less: str
    zero: bool
    bands: tuple[tuple[str, ...], ...]


# How long a state is meant to last: for a while ("temporarily closed", "for now", "for a
# while") or for ever ("permanently closed", "for good"). The modifiers check reads an adverb
# of one band as said by the band's phrases ("temporarily" / "for now").
LASTING: tuple[tuple[str, ...], ...] = (
    ("temporarily", "temporary", "for now", "for the time being", "for a while"),
    ("permanently", "permanent", "for good", "forever", "for ever"),
)
SCALES: tuple[Scale, ...] = (
    Scale(
        "quantifier",
        "quantity",
        "the statement claims more",
        "the statement claims less",
        zero=True,
        bands=(
            ("none", "no", "zero", "not a single", "not one", "nobody", "no one", "nothing"),
            (
                "few", "little", "very few", "very little", "hardly any", "scarcely any",
                "barely any", "almost no", "next to no", "only a few", "only a handful of",
                # Privatives: having too little or none ("short of doctors", "lacks doctors",
                # "without power"), read as the stretch none..few (see ``_PRIVATIVES``).
                "short of", "a shortage of", "shortages of", "a dearth of", "lack", "lacks",
                "lacked", "lacking", "a lack of", "the lack of", "without",
            ),
            (
                "a few", "a little", "some", "several", "a number of", "a handful of",
                "a couple of", "a small number of", "a minority of",
            ),
            (
                "many", "much", "numerous", "a lot of", "lots of", "plenty of", "dozens of",
                "scores of", "hundreds of", "thousands of", "a great many", "a good many",
                "a large number of", "a great deal of", "countless", "a host of",
                "an abundance of", "no shortage of",
            ),
            # A proportion of a whole: less than most, more than many of it ("half of the
            # residents" / "most of the residents"); "half" only before what it divides.
            (
                "half", "one half of", "about half", "roughly half", "around half",
                # One of a pair is half of it: "one of the two engines" against "both engines"
                # (all of the pair).
                "one of the two", "one of its two", "one of his two", "one of her two",
                "one of their two", "only one of the two",
            ),
            (
                "most", "the majority of", "a majority of", "almost all", "nearly all",
                "virtually all", "the bulk of", "almost every", "nearly every",
                "virtually every", "the vast majority of",
                # More than half of a whole is a majority of it.
                "more than half", "over half", "more than half of", "over half of",
            ),
            (
                "all", "every", "each", "the entire", "the whole", "both", "everyone",
                "everybody", "everything",
                # "every one of the 40" is each of them, one by one.
                "every one of", "each one of", "every single one of",
            ),
        ),
    ),
    Scale(
        "frequency",
        "frequency",
        "B says it happens more often",
        "B says it happens less often",
        zero=True,
        bands=(
            ("never", "not once", "at no time"),
            (
                "rarely", "seldom", "hardly ever", "scarcely ever", "barely ever",
                "almost never", "infrequently", "once in a blue moon",
            ),
            (
                "sometimes", "occasionally", "at times", "from time to time", "now and then",
                "now and again", "every now and then", "once in a while", "periodically",
                "on occasion",
            ),
            (
                "often", "frequently", "regularly", "usually", "generally", "typically",
                "mostly", "commonly", "normally", "routinely", "repeatedly", "as a rule",
                "more often than not", "almost always", "nearly always", "habitually",
            ),
            (
                "always", "invariably", "constantly", "continually", "continuously",
                "perpetually", "all the time", "without fail", "without exception",
            ),
        ),
    ),
    Scale(
        "degree",
        "degree",
        "B makes it stronger",
        "B makes it weaker",
        zero=False,
        bands=(
            (
                "slightly", "marginally", "modestly", "somewhat", "a little", "a bit",
                "a little bit", "mildly", "narrowly", "fractionally", "minimally", "a tad",
                "slight", "marginal", "modest", "small", "minor", "mild", "minimal",
                "negligible", "fractional",
                # Near-negative degrees: done, but only just ("barely changed", "scarcely
                # moved"); "hardly any" is a quantity (the longer phrase is read first).
                "barely", "scarcely", "hardly", "only just",
            ),
            ("moderately", "moderate", "noticeably", "noticeable", "appreciably", "appreciable"),
            (
                "sharply", "dramatically", "significantly", "substantially", "considerably",
                "greatly", "steeply", "massively", "hugely", "vastly", "widely", "heavily",
                "markedly", "drastically", "enormously", "tremendously", "sharp", "dramatic",
                "significant", "substantial", "considerable", "huge", "massive", "steep",
                "vast", "heavy", "marked", "drastic", "enormous", "tremendous", "major",
                "large", "a lot", "a great deal", "much", "far", "radically",
                # Done with room to spare, the other end of "barely" and "narrowly" ("won
                # easily" / "won narrowly").
                "easily", "comfortably", "handily",
            ),
        ),
    ),
    Scale(
        "bound",
        "bound on the amount",
        "B puts the amount higher",
        "B puts the amount lower",
        zero=False,
        bands=(
            (
                "nearly", "almost", "close to", "just under", "under", "below", "less than",
                "fewer than", "up to", "at most", "no more than", "not quite", "shy of",
                "just shy of",
            ),
            ("about", "around", "roughly", "approximately", "some", "an estimated", "circa"),
            (
                "more than", "over", "above", "at least", "upwards of", "in excess of",
                "no fewer than", "no less than", "just over", "well over", "exceeding",
            ),
        ),
    ),
    # How much of a thing a change reached: a part of it ("partly destroyed", "partially
    # reopened"), most of it, or all of it ("fully reopened", "repaid in full").
    Scale(
        "completeness",
        "share of the whole",
        "B says more of it was reached",
        "B says less of it was reached",
        zero=False,
        bands=(
            ("partly", "partially", "in part"),
            ("largely", "mainly", "predominantly"),
            ("fully", "completely", "entirely", "wholly", "in full"),
        ),
    ),
    # How alike two things are said to be: "identical in price" / "similar in price".
    Scale(
        "likeness",
        "likeness",
        "B says they are more alike",
        "B says they are less alike",
        zero=False,
        bands=(
            ("different", "dissimilar", "unlike", "distinct"),
            ("similar", "alike", "comparable", "akin"),
            ("identical", "the same", "equal", "equivalent"),
        ),
    ),
    Scale(
        "lasting",
        "how long it lasts",
        "B says it lasts for good",
        "B says it lasts only for a while",
        zero=False,
        bands=LASTING,
    ),
    # The named level of a threat, a risk, an alert or a patient's state ("raised the threat
    # level to severe" / "to critical", "a moderate risk" / "a high risk", "in a serious
    # condition" / "in a critical condition"), in the order the published scales give them
    # (threat levels: low, moderate, substantial, severe, critical; risks and alerts: low,
    # medium, high, extreme; patients: fair, serious, critical). Read only as such a level
    # (``_names_a_level``): "severe weather", "a critical report" say no level.
    Scale(
        "level",
        "level",
        "B puts it higher",
        "B puts it lower",
        zero=False,
        bands=(
            ("low", "minor", "minimal"),
            ("moderate", "medium", "fair", "guarded"),
            ("substantial", "elevated"),
            ("high", "severe", "serious", "grave"),
            ("critical", "extreme", "catastrophic"),
        ),
    ),
)  # fmt: skip


# Priors on the checks' scale, before the calibration has seen the rules: the next band says
# something else ("some" / "most"), two bands apart nearly the opposite ("some" / "all").
_PRIOR_NEAR = 0.6
_PRIOR_FAR = 0.85
# A scale word that bears on another word on each side ("nourishes many forms of life" /
# "nourishes everything") belongs to a rebuilt phrase: a translator's choice as often as not.
_PRIOR_LOOSE = 0.3
_PRIOR_SAME = 0.05  # a verdict, not a change: the same point in other words
# "one of the largest" / "the largest": one of several told as the only one.
_PRIOR_SUPERLATIVE = 0.7
_MAX_WORDS = 6  # an edit longer than this on either side is a rebuilt clause, not a word swap
_NEAR = 4  # words before a scale word where a negation still moves it ("did not always")

# Where a phrase is an idiom, not a point of its scale: "no longer", "no doubt" (polarity
# idioms), "each other" (a reciprocal), "all but" (= almost), "much as" (= although), "nothing
# but" (= only), "at all", "the most" and "at most" (a superlative, a bound), "never mind".
_IDIOM_AFTER = {
    "no": r"longer|doubt|matter|sooner",
    "each": r"other",
    "all": r"but|the\s+same|along",
    "much": r"as|the\s+same",
    "nothing": r"but|short|less",
    "never": r"mind",
}
_IDIOM_BEFORE = {
    "all": r"at|once\s+and\s+for",
    "most": r"the|at",
    "much": r"very|pretty",
    "little": r"the|a\s+very",
}
# Privatives of the quantity scale: having too little of something or none of it ("short of
# doctors", "lacks doctors", "without power") is one statement, the stretch none..few, so
# "lacks" / "short of" is a rewording and "short of" / "plenty of" the other end of the scale.
_PRIVATIVES = frozenset(
    "short of|a shortage of|shortages of|a dearth of|lack|lacks|lacked|lacking|a lack of|"
    "the lack of|without".split("|")
)
# "short of" says a want only after a verb of being or running low ("is short of doctors",
# "ran short of fuel", "rich in oil but short of cash"); "fell short of", "stopped short of",
# "nothing short of" say another thing.
_SHORT_OF_AFTER = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|[’']s|[’']re|remains?|remained|runs?|ran|running|"
    r"left|critically|desperately|seriously|badly|dangerously|chronically|very|so|too|still|"
    r"now|but|and|yet)\s+$",
    re.IGNORECASE,
)
# What a proportion word divides ("half of the residents", "half the staff"); "half an hour",
# "half a million", "the first half" are no proportions of a group.
_PROPORTION_BEFORE = frozenset(
    "of the its their his her our your these those them this that all".split()
)
# Comparatives whose form does not show it ("worse", "more").
_COMPARATIVES = {"more", "less", "fewer", "better", "worse", "further", "farther", "lesser"}
# Degree words that are on the scale only before a comparative ("much higher", "far fewer");
# elsewhere "much" is a quantity and "far" a distance.
_BEFORE_COMPARATIVE = {"much", "far"}
# What an amount may open with: a digit or a currency sign ("over 500", "about $3 million").
_AMOUNT_OPENERS = set("0123456789$€£¥")
_NEXT = re.compile(r"\s*([\w’'-]+)")
# "after all", "above all", "in all" closing a clause are idioms; "after all the votes" is not.
# "No," answers.
_CLOSING = re.compile(r"\s*(?:[,.;:!?)]|$)")
_CLOSING_IDIOMS = {
    "all": re.compile(r"\b(?:after|above|in|for)\s+$", re.I),
    "no": re.compile(""),  # whatever stands before it
}


@dataclass(frozen=True)
class Point:
    """A scale phrase found in a text: where it stands, and its band on each scale it is on
    here (a phrase may be on two: "a little" money, "a little" higher)."""

    text: str
    start: int
    end: int
    bands: tuple[tuple[str, int], ...]  # (scale name, band)

    @property
    def phrase(self) -> str:
        return " ".join(self.text.lower().split())

    def band(self, scale: str) -> int | None:
        return next((band for name, band in self.bands if name == scale), None)


def _phrase_index() -> dict[str, tuple[tuple[str, int], ...]]:
    index: dict[str, list[tuple[str, int]]] = {}
    for scale in SCALES:
        for band, phrases in enumerate(scale.bands):
            for phrase in phrases:
                index.setdefault(phrase, []).append((scale.name, band))
    return {phrase: tuple(found) for phrase, found in index.items()}


_INDEX = _phrase_index()
_BY_NAME = {scale.name: scale for scale in SCALES}
# Longest first, so that "almost all" wins over "all" and "a few" over "few".
_PHRASES = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_INDEX, key=len, reverse=True))
    + r")(?![\w’'-])",
    re.IGNORECASE,
)


# Scales whose words say what is claimed, not how strongly: a part or the whole, for a while
# or for good ("temporarily diverted" / "diverted" drops a claim, as "partly" does).
_CLAIM_SCALES = frozenset({"completeness", "lasting", "likeness"})


def intensity(word: str) -> bool:
    """Whether ``word`` is a point of a scale of quantity, frequency, degree or bound, which a
    translator adds and drops as freely as an intensifier (not of a scale of what is claimed:
    "temporarily", "partly")."""
    return any(name not in _CLAIM_SCALES for p in scale_points(word) for name, _ in p.bands)


def scale_points(text: str) -> list[Point]:
    """The scale phrases of ``text``, in order, each with the scales it is a point of here."""
    found: list[Point] = []
    for match in _PHRASES.finditer(text):
        phrase = " ".join(match.group(0).lower().split())
        bands = tuple(
            (name, band)
            for name, band in _INDEX[phrase]
            if not _other_use(text, match.start(), match.end(), phrase, name)
        )
        if bands:
            found.append(Point(match.group(0), match.start(), match.end(), bands))
    return found


def _other_use(text: str, start: int, end: int, phrase: str, scale: str) -> bool:
    """The phrase is an idiom or another part of speech here, not a point of ``scale``."""
    after, before = text[end:], text[:start]
    if phrase in _IDIOM_AFTER and re.match(rf"\s+(?:{_IDIOM_AFTER[phrase]})\b", after, re.I):
        return True
    if phrase in _IDIOM_BEFORE and re.search(rf"\b(?:{_IDIOM_BEFORE[phrase]})\s+$", before, re.I):
        return True
    idiom = _CLOSING_IDIOMS.get(phrase)
    if idiom and idiom.search(before) and _CLOSING.match(after):
        return True
    following = _NEXT.match(after)
    nxt = following.group(1) if following else ""
    if _other_privative(phrase, before):
        return True
    if phrase.endswith("half") and nxt.lower() not in _PROPORTION_BEFORE:
        return True
    if scale == "degree":
        return phrase in _BEFORE_COMPARATIVE and not _comparative(nxt)
    if scale == "level":
        return not _names_a_level(before, after)
    if scale == "bound":
        # Only before an amount: "over 500", "about $3 million", or a verb that multiplies one
        # ("more than doubled", "nearly tripled"); not "over the weekend", "talked about it",
        # "under pressure".
        return not _bounds_amount(nxt, after)
    # A quantity word before a comparative is a difference, not an amount ("many more", "no
    # fewer than"); one after "as" is a bound ("as many as 300"); one before a number is part
    # of how the amount is written ("some 300", "several hundred", "a couple of thousand"):
    # the number and wording checks' business.
    if _comparative(nxt) or _as_bound(phrase, before) or is_amount_word(nxt):
        return True
    # "most important", "much needed": a superlative or a degree of an adjective or a
    # participle, not a quantity of a noun.
    return phrase in ("most", "much") and _adjective(nxt)


# A level named before the noun of what it grades ("a high risk", "in a critical condition",
# "a severe weather warning") or after "level" ("raised the threat level to severe", "the alert
# level was lowered from high to moderate").
_LEVEL_NOUN = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:risks?|threats?|dangers?|condition|alerts?|warnings?|levels?)\b",
    re.IGNORECASE,
)
_AFTER_LEVEL = re.compile(r"\blevels?(?:\s+[\w-]+){0,3}?\s+(?:to|at|from|of|is|was)\s+$", re.I)


def _names_a_level(before: str, after: str) -> bool:
    """The scale word names the level of a threat, a risk, an alert or a patient's state."""
    return bool(_LEVEL_NOUN.match(after) or _AFTER_LEVEL.search(before))


# Verbs that multiply an amount, which a bound bears on as on the amount itself: "more than
# doubled" is over twice, "almost doubled" under twice.
_MULTIPLYING = re.compile(r"(?:doubl|tripl|trebl|quadrupl|halv)(?:e|es|ed|ing)", re.IGNORECASE)


def _bounds_amount(nxt: str, after: str) -> bool:
    """The words after a bound say an amount: a number ("500", "five", "$3"), or a verb that
    multiplies one ("doubled")."""
    return (
        is_amount_word(nxt)
        or after.lstrip()[:1] in _AMOUNT_OPENERS
        or _MULTIPLYING.fullmatch(nxt) is not None
    )


# Words that make a bound after "as" ("as many as 300", "as few as ten"); after "as" any other
# is a quantity of a clause the conjunction opens ("as some words are pronounced").
_AS_BOUND = frozenset("many much few little".split())


def _as_bound(phrase: str, before: str) -> bool:
    return phrase in _AS_BOUND and re.search(r"\bas\s+$", before, re.I) is not None


def _other_privative(phrase: str, before: str) -> bool:
    """A privative word that says no want of a thing here: "fell short of" (did not reach),
    "stopped short of", "nothing short of"."""
    return phrase == "short of" and not _SHORT_OF_AFTER.search(before)


def _comparative(word: str) -> bool:
    """An adjective or adverb compared: "higher", "cheaper", "worse"."""
    lowered = word.lower()
    if lowered in _COMPARATIVES:
        return True
    if not lowered.endswith("er") or not current().lexicon:
        return False
    lex = lexicon()
    plain = [lemma for lemma in lex.lemmas(lowered, "a") if lemma != lowered]
    return bool(plain) and not lex.is_noun(lowered)  # "number" is no comparative of "numb"


def _adjective(word: str) -> bool:
    if not word:
        return False
    if word.lower().endswith("ed"):
        return True  # a participle: "much needed", "most affected"
    if not current().lexicon:
        return False
    lex = lexicon()
    return lex.is_adjective(word) and not lex.is_noun(word)


@dataclass(frozen=True)
class Reading:
    """A scale point as its side says it: the stretch of bands ``low``..``high`` (one band,
    or the stretch a negation next to it leaves), and the words to quote."""

    point: Point
    low: int
    high: int
    negated: bool
    quote: str


def reading(scale: Scale, point: Point, *, negated: bool, quote: str = "") -> Reading:
    """How ``point`` reads on ``scale``, with or without a negation that moves it."""
    band = point.band(scale.name)
    assert band is not None
    quote = quote or point.text
    if not negated:
        # A privative says none or too few: the stretch from the zero to its band.
        low = 0 if point.phrase in _PRIVATIVES else band
        return Reading(point, low, band, False, quote)
    top = len(scale.bands) - 1
    if band == top:
        # "not all" is some to most, "not always" sometimes or often: short of the end, but
        # not its other half ("not all" is not "few": the band after it, "some", is where
        # it starts); a degree has no zero to keep off.
        low = 2 if scale.zero else 0
        return Reading(point, low, top - 1, True, quote)
    bottom = 1 if scale.zero else 0
    if band * 2 >= top:  # "not many" is few or some, "not often" rarely or sometimes
        return Reading(point, bottom, max(bottom, band - 1), True, quote)
    return Reading(point, band + 1, top - 1, True, quote)  # "not a few" is many


def distance(left: Reading, right: Reading) -> int:
    """Bands between two readings: 0 when their stretches meet."""
    if left.high < right.low:
        return right.low - left.high
    if right.high < left.low:
        return left.low - right.high
    return 0


@dataclass(frozen=True)
class Shift:
    """A scale word of A replaced by one of B in the same edit: how each side reads, how many
    bands apart they are, the negations near A's minus near B's, whether the scale word bears
    on the same word on both sides, and how many words the edit holds (both sides)."""

    scale: Scale
    a: Reading
    b: Reading
    distance: int
    balance: int
    anchored: bool
    edit_words: int


def shifts(a: str, b: str) -> list[Shift]:
    """Each scale word of ``a`` replaced by one of ``b`` on the same scale."""
    points_a = [p for p in scale_points(a) if not _stuttered(a, p)]
    points_b = [p for p in scale_points(b) if not _stuttered(b, p)]
    if not points_a and not points_b:
        return []
    points_a, points_b = (
        _one_of_a_pair(a, points_a, b, points_b),
        _one_of_a_pair(b, points_b, a, points_a),
    )
    if not points_a or not points_b:
        return []
    # Both words on both sides as often: reordered, not replaced.
    count_a = Counter(p.phrase for p in points_a)
    count_b = Counter(p.phrase for p in points_b)
    found: list[Shift] = []
    for edit in edits(a, b):
        if len(words(edit.a)) > _MAX_WORDS or len(words(edit.b)) > _MAX_WORDS:
            continue
        in_a = [p for p in points_a if _in_edit(p, len(edit.before_a), edit.a)]
        in_b = [p for p in points_b if _in_edit(p, len(edit.before_b), edit.b)]
        for left, right, scale in _pairs(in_a, in_b):
            moved = all(count_a[w] == count_b[w] for w in (left.phrase, right.phrase))
            if moved or _opposed(left, right):
                continue
            shift = _shift(scale, a, b, left, right, edit)
            if shift is not None:
                found.append(shift)
    return found + _shifts_across(a, b, points_a, points_b, found)


# One of a pair against both of it, on a noun of its own ("both sides" / "one side", "both
# twins" / "one of the twins", "both partners" / "at least one partner"): where the other side
# says "both", one member of the pair is half of it, as "one of the two" is. Elsewhere "one" is
# a number ("one of the largest", "one day"), no point of the scale. "either" is left out: "on
# either side of the road" is on both.
_ONE_OF_A_PAIR = re.compile(
    r"(?<![\w’'-])one"
    r"(?:\s+of\s+(?:the|its|his|her|their|our|your|these|those))?(?=\s+[a-z])",
    re.IGNORECASE,
)
_BOTH = ("quantifier", len(SCALES[0].bands) - 1)
_ONE = re.compile(r"(?<![\w’'-])one(?![\w’'-])", re.IGNORECASE)


def _one_of_a_pair(
    text: str, points: list[Point], other_text: str, other: list[Point]
) -> list[Point]:
    """``points`` with each "one" of ``text`` read as one of a pair (the half band of the
    quantity scale) where the other side says "both" more often and "one" fewer times, of the
    same noun, and no point of ``text`` holds the "one" already ("one of the two", "no one")."""
    pairs = [p for p in other if p.phrase == "both" and _BOTH in p.bands]
    if len(pairs) <= sum(p.phrase == "both" for p in points):
        return points
    if len(_ONE.findall(text)) <= len(_ONE.findall(other_text)):
        return points  # "won one seat each" on both sides: no member of the pair
    half = (("quantifier", len(SCALES[0].bands) - 3),)
    added = [
        point
        for match in _ONE_OF_A_PAIR.finditer(text)
        if not any(p.start < match.end() and p.end > match.start() for p in points)
        and not re.match(r"\s+another\b", text[match.end() :], re.IGNORECASE)
        for point in (Point(match.group(0), match.start(), match.end(), half),)
        # "both sides" / "one side": the same noun after each ("one in his fifties" is none).
        if any(_anchored(text, point, other_text, pair, "quantifier") for pair in pairs)
    ]
    return sorted(points + added, key=lambda p: p.start) if added else points


# Scales read across the whole pair as well as in its edits: a quantity or a frequency says
# the same of the same thing wherever the diff puts it.
_ACROSS = ("quantifier", "frequency")
# Bands apart for a pair across: the next band ("virtually all" / "all", "a few" / "few",
# "without" / "some") is a phrase grown or shrunk, which the edits read where it is one.
_ACROSS_DISTANCE = 2


def _stuttered(text: str, point: Point) -> bool:
    """The scale word written a second time right after itself ("with no no gender"): one
    word, which the damage check shows."""
    before = text[: point.start].rstrip()
    return (
        before != text[: point.start]
        and re.search(rf"(?<![\w'’-]){re.escape(point.text)}$", before, re.IGNORECASE) is not None
    )


def _unpaired(point: Point, used: set[int], count: Counter[str], other: Counter[str]) -> bool:
    """Not to pair across: paired in an edit already, said as often on the other side, or a
    privative ("without", "lacks"), whose thing is not the noun after it in both."""
    return (
        point.start in used
        or count[point.phrase] <= other[point.phrase]
        or (point.phrase in _PRIVATIVES)
    )


def _shifts_across(
    a: str, b: str, points_a: list[Point], points_b: list[Point], paired: list[Shift]
) -> list[Shift]:
    """Scale words of the quantity and frequency scales that the edits did not pair, paired
    across the pair where they bear on the same word ("most of the goods from Central America
    came" / "some of the goods imported from Central America"; "since most words are
    pronounced" / "as some words are pronounced"): between two translations the diff seldom
    puts the two in one short edit. Each side's phrase must be said there more often than on
    the other side (not merely moved), the two two bands apart at least, and not opposites the
    lexicon knows."""
    count_a = Counter(p.phrase for p in points_a)
    count_b = Counter(p.phrase for p in points_b)
    used_a = {s.a.point.start for s in paired}
    used_b = {s.b.point.start for s in paired}
    found: list[Shift] = []
    for left in points_a:
        if _unpaired(left, used_a, count_a, count_b):
            continue
        for right in points_b:
            if _unpaired(right, used_b, count_b, count_a):
                continue
            scale = next(
                (n for n in _ACROSS if left.band(n) is not None and right.band(n) is not None), None
            )
            if scale is None or _opposed(left, right):
                continue
            edit = Edit(
                left.text,
                right.text,
                a[: left.start],
                b[: right.start],
                a[left.end :],
                b[right.end :],
            )
            shift = _shift(_BY_NAME[scale], a, b, left, right, edit)
            if shift is None or not shift.anchored or shift.distance < _ACROSS_DISTANCE:
                continue
            found.append(shift)
            used_b.add(right.start)
            break
    return found


def _in_edit(point: Point, start: int, edited: str) -> bool:
    """The point lies in the edited stretch of its side (from ``start``), or, where that
    side's edit is empty (a word added on the other side), right next to where it would be:
    "few" / "a few" and "all" / "nearly all" change the phrase, not merely add a word."""
    if not edited.strip():
        return point.start <= start + 1 and point.end >= start - 1
    first = start + len(edited) - len(edited.lstrip())
    last = start + len(edited.rstrip())
    return point.start < last and point.end > first


def _pairs(in_a: list[Point], in_b: list[Point]) -> list[tuple[Point, Point, Scale]]:
    """A's scale phrases in an edit paired in order with B's on a scale they share."""
    found: list[tuple[Point, Point, Scale]] = []
    used: set[int] = set()
    for left in in_a:
        for index, right in enumerate(in_b):
            shared = [name for name, _ in left.bands if right.band(name) is not None]
            if index not in used and shared:
                used.add(index)
                found.append((left, right, _BY_NAME[shared[0]]))
                break
    return found


def _opposed(left: Point, right: Point) -> bool:
    """Single words the lexicon calls opposites ("many" / "few", "major" / "minor"): the
    opposites check's finding. It leaves alone the determiners ("some" / "all") and a word
    that is a negation itself ("all" / "no", "often" / "rarely"): those stay here."""
    x, y = left.phrase, right.phrase
    if " " in x or " " in y or {x, y} <= QUANTIFIERS or cues.negations(f"{x} {y}"):
        return False
    return bool(current().lexicon) and lexicon().opposition(x, y) is not None


def _negations_near(
    text: str, point: Point, start: int, edited: str, *, near: int = _NEAR
) -> list[int]:
    """Where the negations that move the point start: in the edit or in the ``near`` words
    before the point, the scale phrase's own left out ("hardly any", "never" are points)."""
    preceding = list(re.finditer(r"\S+", text[: point.start]))[-near:]
    window = min([point.start, start, *(m.start() for m in preceding[:1])])
    end = max(point.end, start + len(edited.rstrip()))
    found = []
    for _, first, last in cues.negation_spans(text[window:end]):
        if not (first + window < point.end and last + window > point.start):
            found.append(first + window)
    return found


def _shift(scale: Scale, a: str, b: str, left: Point, right: Point, edit: Edit) -> Shift | None:
    if scale.name in ("bound", "likeness"):
        # Only the word right before a bound or a likeness negates it ("not more than 500", "not
        # the same"), not the rest of its edit: "not reported that about 500" denies the report,
        # not the amount's bound, and "different can't be" the verb after it.
        near_a = _negations_near(a, left, left.start, "", near=1)
        near_b = _negations_near(b, right, right.start, "", near=1)
    else:
        near_a = _negations_near(a, left, len(edit.before_a), edit.a)
        near_b = _negations_near(b, right, len(edit.before_b), edit.b)
    balance = len(near_a) - len(near_b)
    first = _read(scale, a, left, near_a, negated=balance % 2 == 1 and balance > 0)
    second = _read(scale, b, right, near_b, negated=balance % 2 == 1 and balance < 0)
    if left.phrase == right.phrase and first.negated == second.negated:
        return None  # the same word: the edit is about something else
    return Shift(
        scale=scale,
        a=first,
        b=second,
        distance=distance(first, second),
        balance=balance,
        anchored=_anchored(a, left, b, right, scale.name),
        edit_words=len(words(edit.a)) + len(words(edit.b)),
    )


def _read(scale: Scale, text: str, point: Point, negations: list[int], *, negated: bool) -> Reading:
    """The point read with the negation that moves it, quoted from the negation on."""
    first = min((start for start in negations if start < point.start), default=point.start)
    quote = " ".join(text[first : point.end].split()) if negated else point.text
    return reading(scale, point, negated=negated, quote=quote)


def _anchored(a: str, left: Point, b: str, right: Point, scale: str) -> bool:
    """The scale word bears on the same word on both sides: the noun it quantifies ("some
    *residents*" / "all *residents*"), or the word it modifies ("*rose* slightly" / "*rose*
    sharply", "a slight *decline*" / "a steep *decline*", "*often* delayed")."""

    def same(x: list[str], y: list[str]) -> bool:
        # "every house" / "several houses": one noun, whatever its number.
        lex = lexicon()
        return any(
            stem(left) == stem(right) or bool(set(lex.lemmas(left)) & set(lex.lemmas(right)))
            for left in (w.lower() for w in x)
            for right in (w.lower() for w in y)
        )

    if scale == "quantifier":
        # A quantifier bears on its noun phrase, whose head may come after other words of it:
        # "all U.S. consular affairs" / "some consular affairs", "most of the town's streets" /
        # "some of the streets".
        return same(_phrase_after(a, left.end), _phrase_after(b, right.end))
    after = same(content_words(a[left.end :])[:1], content_words(b[right.end :])[:1])
    return after or same(content_words(a[: left.start])[-1:], content_words(b[: right.start])[-1:])


# Where a quantified noun phrase ends: a clause's punctuation, an infinitive or a relative
# ("asked you all to consider" quantifies "you", not "consider").
_PHRASE_END = re.compile(r"[,.;:!?()]|\b(?:to|that|which|who|whom|whose)\b", re.IGNORECASE)
_NOUN_PHRASE = 3  # content words of a quantified noun phrase read for its head


def _phrase_after(text: str, end: int) -> list[str]:
    """The first content words after a quantifier, up to where its noun phrase ends."""
    rest = _PHRASE_END.split(text[end:], maxsplit=1)[0]
    return content_words(rest)[:_NOUN_PHRASE]


# The whole of one thing against each of many: "the whole" and "the entire" before a noun in
# the singular, and "all" before a span of time in the singular ("all week", "all night"), say
# all of one thing; "every" and "each" before a noun, and "all" before a plural ("all
# provinces"), say each of many. Both stand in the top band of the quantity scale, but "it
# rained all week" is not "it rained every week", nor "the whole school was closed" "every
# school was closed". Read only where the two bear on one noun, the head right after them
# ("every staff member" counts members, not staffs; "all staff" is no span of time).
_WHOLE_OF_ONE = frozenset({"the whole", "the entire", "whole", "entire"})
_EACH_OF_MANY = frozenset({"every", "each"})
_PRIOR_WHOLE = 0.7


def _counted_noun(text: str, point: Point) -> tuple[str, bool] | None:
    """The noun right after a quantifier (past a "the" after "all") where it heads its phrase
    (no noun follows it), as its lemma, and whether it is in the plural; None where no noun the
    lexicon knows follows at once."""
    after = words(text[point.end :])[:3]
    if after and point.phrase == "all" and after[0].lower() == "the":
        after = after[1:]
    if not after:
        return None
    lex = lexicon()
    word = after[0].lower()
    lemmas = lex.lemmas(word, "n")
    if not lemmas:
        return None
    following = after[1].lower() if len(after) > 1 else ""
    if following and following not in FUNCTION_WORDS and lex.lemmas(following, "n"):
        return None  # "every staff member": the head comes later
    return lemmas[0], word not in lemmas


def _whole_or_each(text: str, point: Point) -> tuple[str, str] | None:
    """ "whole" (all of one thing) or "each" (each of many) and the noun counted, for a
    quantifier of the top band right before its noun."""
    counted = _counted_noun(text, point)
    if counted is None:
        return None
    noun, plural = counted
    if point.phrase in _WHOLE_OF_ONE and not plural:
        return "whole", noun
    if point.phrase in _EACH_OF_MANY or (point.phrase == "all" and plural):
        return "each", noun
    if point.phrase == "all" and lexicon().domains(noun)[:1] == ["noun.time"]:
        return "whole", noun
    return None


def _whole_against_each(a: str, left: Reading, b: str, right: Reading) -> str | None:
    """The message where one side says all of one thing and the other each of many of the
    same noun ("all week" / "every week", "the whole school" / "every school")."""
    one, other = _whole_or_each(a, left.point), _whole_or_each(b, right.point)
    if one is None or other is None or one[1] != other[1] or one[0] == other[0]:
        return None
    told = ("all of one", "each of many") if one[0] == "whole" else ("each of many", "all of one")
    return f"{left.quote!r} → {right.quote!r}: {told[0]} ({one[1]}) told as {told[1]}"


def find_scales(a: str, b: str) -> list[Hit]:
    """Hits for each scale word replaced by another point of its scale, and quiet verdicts for
    one replaced by a word of the same band (or the same point said with a negation)."""
    hits: list[Hit] = []
    plain_a, plain_b = cues.strip_quotes(a), cues.strip_quotes(b)
    for shift in shifts(plain_a, plain_b):
        first, second, scale = shift.a, shift.b, shift.scale
        negated = first.negated or second.negated
        evidence: dict[str, float | str] = {
            "distance": float(shift.distance),
            "anchored": float(shift.anchored),
            "edit_words": float(shift.edit_words),
            "negated": float(negated),
        }
        shown = f"{first.quote!r} → {second.quote!r}"
        if _ends_turned(shift, a, b):
            message = (
                f"{shown} with the opposite said of them: none did one thing, all did the "
                "other, the same statement"
            )
            hits.append(
                Hit(
                    "scale.same", "scale", first.quote, second.quote, message, _PRIOR_SAME, evidence
                )
            )
            continue
        whole = _whole_against_each(plain_a, first, plain_b, second)
        if scale.name == "quantifier" and whole is not None and not negated:
            hits.append(
                Hit(
                    "scale.whole", "scale", first.quote, second.quote, whole, _PRIOR_WHOLE, evidence
                )
            )
            continue
        if not shift.distance:
            how = "said with a negation, a rewording" if negated else "in other words"
            message = f"{shown}: the same {scale.point} {how}"
            hits.append(
                Hit(
                    "scale.same", "scale", first.quote, second.quote, message, _PRIOR_SAME, evidence
                )
            )
            continue
        more = second.low + second.high > first.low + first.high
        message = (
            f"{shown}: another {scale.point}, {scale.more if more else scale.less} "
            f"({first.quote} in A, {second.quote} in B)"
        )
        prior = _PRIOR_NEAR if shift.distance == 1 else _PRIOR_FAR
        if scale.name == "level":
            prior = _PRIOR_FAR  # a named level is exact: the next one is another level
        if scale.name == "bound" and shift.distance == 1:
            # "about 500" / "more than 500": a round figure told as a bound, which
            # translations vary in; "nearly 500" / "over 500" is the other side of it.
            prior = _PRIOR_LOOSE
        check = f"scale.{scale.name}"
        if not shift.anchored:
            # A rule of its own: the calibration's floor for a scale word moved in an edit
            # must not lift a phrase rebuilt around another word.
            prior, check = _PRIOR_LOOSE, "scale.loose"
        hits.append(Hit(check, "scale", first.quote, second.quote, message, prior, evidence))
    return (
        hits
        + _superlatives(a, b)
        + _only_one(a, b)
        + _standard_swapped(a, b)
        + _exact(a, b)
        + _bounds_after(a, b)
    )


# A bound said after its amount: "80 pounds or more", "aged 18 or older", "ten or fewer".
_TRAILING_BOUND = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+or\s+(?P<way>more|older|higher|above|greater|over|longer|later|"
    r"less|fewer|younger|lower|under|below|smaller|shorter|earlier)\b",
    re.IGNORECASE,
)
_UPWARDS = frozenset("more older higher above greater over longer later".split())


@dataclass(frozen=True)
class BoundAfter:
    """An amount bounded by the words after it: its first word, and the band of the bound
    scale it says (0: at most, 2: at least)."""

    amount: str
    band: int
    text: str


def bounds_after(text: str) -> list[BoundAfter]:
    """The amounts of ``text`` that "or more" or "or less" bounds ("80 pounds or more" is "at
    least 80 pounds")."""
    found = []
    for start, end in amount_spans(text):
        bound = _TRAILING_BOUND.match(text, end)
        if bound is not None:
            band = 2 if bound.group("way").lower() in _UPWARDS else 0
            amount = text[start:end].split()[0].lower()
            found.append(BoundAfter(amount, band, text[start : bound.end()]))
    return found


def _bounds_before(text: str) -> dict[str, tuple[int, str]]:
    """The amounts of ``text`` a bound before them says the band of ("at least 80": 2), by
    their first word."""
    found = {}
    for point in scale_points(text):
        band = next((b for name, b in point.bands if name == "bound"), None)
        following = _NEXT.match(text[point.end :])
        if band is not None and following is not None:
            found[following.group(1).lower()] = (band, f"{point.text} {following.group(1)}")
    return found


def _bounds_after(a: str, b: str) -> list[Hit]:
    """``scale.bound`` for an amount bounded after it on one side and before it on the other
    at the other end ("80 pounds or more" / "at most 80 pounds"), and a quiet verdict for the
    same bound said the other way round ("80 pounds or more" / "at least 80 pounds")."""
    hits = []
    for own, other, side in ((a, b, "a"), (b, a, "b")):
        before = _bounds_before(other)
        for bound in bounds_after(own):
            if bound.amount not in before:
                continue
            band, said = before[bound.amount]
            left, right = (bound.text, said) if side == "a" else (said, bound.text)
            evidence: dict[str, float | str] = {"distance": float(abs(band - bound.band))}
            if band == bound.band:
                message = f"{left!r} → {right!r}: the same bound on the amount in other words"
                hits.append(Hit("scale.same", "scale", left, right, message, _PRIOR_SAME, evidence))
            elif abs(band - bound.band) == 2:
                higher = (band if side == "a" else bound.band) == 2
                way = "B puts the amount higher" if higher else "B puts the amount lower"
                message = f"{left!r} → {right!r}: another bound on the amount, {way}"
                hits.append(Hit("scale.bound", "scale", left, right, message, _PRIOR_FAR, evidence))
    return hits


# Words that say an amount is exact, before it: "exactly 200", "precisely 3 metres". ("just
# 200" is as often "only 200".)
_EXACT = re.compile(r"(?<![\w’'-])(?:exactly|precisely)\s+(?=\S)", re.IGNORECASE)
_PRIOR_EXACT = 0.7


def _exact(a: str, b: str) -> list[Hit]:
    """``scale.exact``: an amount told as exact on one side ("exactly 200") and bounded or
    rounded on the other ("about 200", "more than 200", "nearly 200"): the same figure, but one
    side says it is the count and the other that the count is near it, or past it."""
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    hits: list[Hit] = []
    for own, other, side in ((a, b, "a"), (b, a, "b")):
        if _EXACT.search(other):
            continue
        bounds = [p for p in scale_points(other) if p.band("bound") is not None]
        for match in _EXACT.finditer(own):
            amount = _NEXT.match(own[match.end() :])
            if amount is None or not _bounds_amount(amount.group(1), own[match.end() :]):
                continue
            for point in bounds:
                after = _NEXT.match(other[point.end :])
                if after is None or after.group(1).lower() != amount.group(1).lower():
                    continue
                exact = f"{match.group(0).strip()} {amount.group(1)}"
                rounded = f"{point.text} {after.group(1)}"
                left, right = (exact, rounded) if side == "a" else (rounded, exact)
                how = (
                    "exact in A, rounded or bounded in B"
                    if side == "a"
                    else ("rounded or bounded in A, exact in B")
                )
                hits.append(
                    Hit(
                        "scale.exact",
                        "scale",
                        left,
                        right,
                        f"{left!r} → {right!r}: the same figure, {how}",
                        _PRIOR_EXACT,
                        {},
                    )
                )
                return hits
    return hits


# A superlative and its determiner: "the largest", "its most important", "the world's best".
_DETERMINED = (
    r"(?:the|its|their|his|her|our|my|your)\s+(?:[\w-]+['’]s\s+)?"
    r"(?P<sup>(?:most|least)\s+[a-z-]+|[a-z-]+)"
)
# One of several: "one of the largest", "among the best", "two of its biggest".
_ONE_OF = re.compile(
    r"\b(?:(?:one|some|two|three|four|five|several|many|each|any|none)\s+of|among)\s+"
    + _DETERMINED,
    re.IGNORECASE,
)
_THE_ONE = re.compile(r"\b" + _DETERMINED, re.IGNORECASE)
# "one" up to two words before the determiner still says one of several, in words garbled
# ("one as of the best", "one till the most important").
_ONE_BEFORE = re.compile(r"\b(?:one|among)\s+(?:[\w’']+\s+){0,2}$", re.IGNORECASE)


def _superlatives(a: str, b: str) -> list[Hit]:
    """``scale.superlative``: a superlative that one side says of one of several ("one of the
    largest banks", "among the best teams") and the other of the only one ("the largest bank",
    "the best team"): a claim made stronger or weaker, which an embedding of the sentence
    barely registers. A side that says both ("one of the largest banks and the largest
    insurer") is not read."""
    several = [_superlatives_in(text, _ONE_OF) for text in (a, b)]
    if not (several[0] or several[1]):
        return []  # the common case: no "one of" to read, no "the X" worth a lexicon look-up
    found = [
        ({key: phrase for key, phrase, *_ in told}, _only_ones(text, told))
        for text, told in zip((a, b), several, strict=True)
    ]
    hits: list[Hit] = []
    for side in (0, 1):
        many, own_only = found[side]
        other_many, other_only = found[1 - side]
        for key, phrase in many.items():
            if key in other_many or key in own_only or key not in other_only:
                continue
            said = (phrase, other_only[key])
            left, right = said if side == 0 else said[::-1]
            how = (
                "one of several told as the only one"
                if side == 0
                else "the only one told as one of several"
            )
            message = f"{left!r} → {right!r}: {how}"
            hits.append(
                Hit("scale.superlative", "scale", left, right, message, _PRIOR_SUPERLATIVE, {})
            )
    return hits


# The only one of a kind ("the only hospital", "the town's sole bridge", "its lone survivor")
# and one of several ("one of the hospitals", "one of several candidates", "among the town's
# bridges"): the noun, after at most one word of its own.
_THE_ONLY = re.compile(
    r"\b(?:the|its|their|his|her|our|my|your|[\w-]+['’]s)\s+(?:only|sole|lone)\s+"
    r"(?P<noun>[a-z-]+)(?:\s+(?P<next>[a-z-]+))?",
    re.IGNORECASE,
)
_ONE_OF_MANY = re.compile(
    r"\b(?:(?:one|two|some|several|many)\s+of|among)\s+"
    r"(?:the|its|their|his|her|our|my|your|several|many|[\w-]+['’]s)\s+"
    r"(?P<noun>[a-z-]+)(?:\s+(?P<next>[a-z-]+))?",
    re.IGNORECASE,
)


def _only_one(a: str, b: str) -> list[Hit]:
    """``scale.only_one``: the only one of a kind on one side ("the only hospital in the
    region", "the sole survivor") and one of several of the same kind on the other ("one of
    the hospitals in the region", "one of the survivors"): the claim that nothing else is
    like it, made or withdrawn. A side that says both is not read."""
    only = [_nouns_of(_THE_ONLY, text) for text in (a, b)]
    many = [_nouns_of(_ONE_OF_MANY, text) for text in (a, b)]
    hits: list[Hit] = []
    for side in (0, 1):
        for key, phrase in only[side].items():
            if key in many[side] or key in only[1 - side] or key not in many[1 - side]:
                continue
            said = (phrase, many[1 - side][key])
            left, right = said if side == 0 else said[::-1]
            how = (
                "the only one told as one of several"
                if side == 0
                else ("one of several told as the only one")
            )
            hits.append(
                Hit("scale.only_one", "scale", left, right, f"{left!r} → {right!r}: {how}", 0.8, {})
            )
    return hits


# The standard of a comparison: what was expected ("higher than expected", "than had been
# forecast", "than analysts predicted") or another thing, time or place ("than last year",
# "than in 2019", "than the old one").
_THAN = re.compile(r"\bthan\b\s*([^,.;:!?]*)", re.IGNORECASE)
_EXPECTED = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?:expected|forecast|forecasted|predicted|anticipated|projected|"
    r"estimated|planned|budgeted|hoped|feared|thought|assumed|promised|scheduled|sought|"
    r"intended|targeted|wanted|desired|hoped-for)\b",
    re.IGNORECASE,
)


def _standard_swapped(a: str, b: str) -> list[Hit]:
    """``scale.standard``: a comparison measured against what was expected on one side
    ("profits were higher than expected") and against another thing on the other ("higher than
    last year"): a surprise told as a change over time, or the reverse. Each side must say
    "than" as often; an expectation said on both sides, or on neither, is not read."""
    found = [[m.group(1).strip() for m in _THAN.finditer(text)] for text in (a, b)]
    if not found[0] or len(found[0]) != len(found[1]):
        return []
    hits: list[Hit] = []
    for x, y in zip(found[0], found[1], strict=True):
        if x.lower() == y.lower() or not (content_words(x) and content_words(y)):
            continue  # the same standard, or one cut short ("than the: anticipated")
        expected = (bool(_EXPECTED.match(x)), bool(_EXPECTED.match(y)))
        if expected[0] == expected[1]:
            continue
        hits.append(
            Hit(
                "scale.standard",
                "scale",
                f"than {x}",
                f"than {y}",
                f"'than {x}' → 'than {y}': compared with "
                + (
                    "what was expected, then with another thing"
                    if expected[0]
                    else "another thing, then with what was expected"
                ),
                0.7,
                {},
            )
        )
    return hits


def _nouns_of(pattern: re.Pattern[str], text: str) -> dict[str, str]:
    """The stems of the word after each of ``pattern``'s phrases in ``text`` and of the word
    after it (an adjective may stand first: "the only public hospital"), with the phrase."""
    found: dict[str, str] = {}
    for match in pattern.finditer(text):
        for group in ("noun", "next"):
            word = (match.group(group) or "").lower()
            if word and word not in FUNCTION_WORDS:
                lemmas = lexicon().lemmas(word, "n")
                found.setdefault(lemmas[0] if lemmas else stem(word), match.group(0))
    return found


def _only_ones(text: str, several: list[tuple[str, str, int, int]]) -> dict[str, str]:
    """Superlatives said of one thing: those with a determiner that none of ``several`` (the
    text's "one of" and "among" phrases) takes in."""
    taken = {start for _, _, start, _ in several}
    return {
        key: phrase
        for key, phrase, start, opening in _superlatives_in(text, _THE_ONE)
        if start not in taken and not _ONE_BEFORE.search(text[:opening])
    }


def _superlatives_in(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str, int, int]]:
    """(the superlative's base, the phrase as written, where the superlative starts, where the
    phrase starts)."""
    found = []
    for match in pattern.finditer(text):
        words_ = match.group("sup").lower().split()
        base = _superlative_base(words_[-1]) if len(words_) == 1 else words_[-1]
        if base:
            key = base if len(words_) == 1 else f"{words_[0]} {base}"
            found.append((key, match.group(0), match.start("sup"), match.start()))
    return found


def _superlative_base(word: str) -> str:
    """The adjective a superlative is made of ("largest": "large", "best": "good"), or ""."""
    lex = lexicon()
    if not word.endswith("st") or (lex.is_noun(word) and word not in ("best", "worst")):
        return ""
    own = lex.readings(word, "a")
    for base in lex.lemmas(word, "a"):
        made = (base + "est", base + "st", base[:-1] + "iest", base + base[-1:] + "est")
        if (
            base != word
            and len(base) >= 3
            and (word in made or word in ("best", "worst"))
            and lex.readings(base, "a") > own
        ):
            return base
    return ""


def _ends_turned(shift: Shift, a: str, b: str) -> bool:
    """The two ends of a scale with a zero ("none" / "all", "never" / "always") and a word
    replaced by its antonym: "none of the passengers survived" / "all of the passengers
    died" say the same of each one. Gradable directions ("none rose" / "all fell": some may
    have stayed) are no antonyms here."""
    first, second, scale = shift.a, shift.b, shift.scale
    top = len(scale.bands) - 1
    if not scale.zero or first.negated or second.negated:
        return False
    if {first.low, second.low} != {0, top} or first.low != first.high or second.low != second.high:
        return False
    ends = {first.point.text.lower(), second.point.text.lower()}
    # The ends blanked too: in one edit ("never accepts" / "always rejects") the opposites
    # check keeps one opposite, the ends themselves, and would hide the verb's antonym.
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    without_ends = (_blank(a, first.point), _blank(b, second.point))
    return any(
        o.relation == "antonym" and not {o.a.lower(), o.b.lower()} & ends
        for o in opposed_words(a, b) + opposed_words(*without_ends)
    )


def _blank(text: str, point: Point) -> str:
    """``text`` with the scale phrase at ``point`` blanked (its place kept)."""
    return text[: point.start] + " " * (point.end - point.start) + text[point.end :]


def negation_explained(a: str, b: str) -> bool:
    """The polarity check's question: is every difference in negation between ``a`` and ``b``
    a scale word said another way at the same point: a negation that moves one onto the other
    side's point ("not all" / "some", "did not always" / "sometimes"), or a negative word of
    the scale for a plain one of its band ("rarely" / "seldom", "hardly any" / "few")? Then it
    is a rewording, not a flipped polarity."""
    return _negations_on_scale(a, b, moved=False)


def negation_moved(a: str, b: str) -> bool:
    """Is every difference in negation between ``a`` and ``b`` a negative word of a scale that
    moved to another point ("often" / "rarely", "many" / "hardly any")? Then this check reports
    the change, in its own words, and the polarity check need not report it again."""
    return _negations_on_scale(a, b, moved=True)


def _negations_on_scale(a: str, b: str, *, moved: bool) -> bool:
    """Whether the negations that the scale words account for, in the shifts to another point
    (``moved``) or in those at the same point, are all the negations ``a`` has more than ``b``
    (or fewer)."""
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    accounted = [
        s.balance + len(cues.negations(s.a.point.text)) - len(cues.negations(s.b.point.text))
        for s in shifts(a, b)
        if bool(s.distance) == moved
    ]
    difference = len(cues.negations(a)) - len(cues.negations(b))
    return any(accounted) and difference == sum(accounted)


def check_scales(ctx: PairContext) -> list[Finding]:
    return as_findings(ctx, find_scales(ctx.a, ctx.b))
