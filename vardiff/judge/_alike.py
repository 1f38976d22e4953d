"""Words that say the same thing in another form, read alike on both sides before any check.

A holiday for its date ("on Christmas Day" / "on 25 December"), a title for its initials ("the
PM" / "the prime minister", "MPs" / "members of parliament", "CEO" / "chief executive"), a
negation said positively ("unarmed" / "not carrying a weapon", "too few" / "not enough"), a
share of a group by its half or its majority ("fewer than half" / "a minority"), and a
link of the same force ("by contrast" / "on the other hand", "nonetheless" / "even so") say
the same; read letter by letter, every check finds something in them (a name dropped, a number
added, a negation flipped). Where A says a thing in one form of a set below and B in another,
and neither side uses the other's form, B's words are read as A's: no check then sees them
differ. Any other form stays what it is, so the same shapes with another meaning stay loud
("Christmas Eve" / "23 December", "the CEO" / "the CFO"); and a state A says negated in one
word that B says positively in several ("unarmed" / "carrying a weapon") is read as the plain
word ("armed"), and the other way round as A's words negated ("not carrying a weapon"), for
the opposite to be found.

Patterns read alike the same way: a list told with its count or without (``_counted``), a
country by its adjective or its name (``_origin``), a place's or a body's whole extent by any
"-wide" word or by "across" and the noun the word is made of ("a strike across the country" /
"a nationwide strike", "a company-wide freeze" / "a freeze throughout the company"), a verb
with "re-" or with "again" after it or its object ("re-elected" / "elected again", "reopened
the road" / "opened the road again"), "resumed" or "started ... again" ("resumed production"
/ "started production again"), an anniversary by its rank or by the years since ("the tenth
anniversary of" / "ten years since"), a body both sides name in full,
in the sentence or in one before it, mentioned again by its initials or by "the" and the last
word of its name ("the IMF" / "the Fund"), a place named for the body or the trade found there
("Wall Street" / "US stock markets"), a thing named by its initials or by the words they
stand for ("VAT" / "value-added tax", "EVs" / "electric vehicles"), a verb, an adjective or
an adverb by a multiword lemma of WordNet's or another form of its sense ("walked out" / "went
on strike", "became insolvent" / "went bankrupt": ``_multiword``), and a temperature below
zero, freezing, or an amount by its place in a decade said another way ("minus 15C" / "15
degrees below zero", "the mid-40s" / "around 45C": ``_degrees``), a unit spelt otherwise
after the same number ("91 kg" / "91 kilograms"), an emphatic reflexive ("the president himself
said" / "the president said"), a manner told by an adverb or by a phrase ("carefully" / "with
great care"), and one thing by two of the names WordNet gives it ("World War II" / "the Second
World War"); and in manuals, leaflets and contracts, a bound on a whole count keeping its number
in or leaving it out ("under 12" / "11 and under": ``_bounds``), a contract's "shall" said as
"must" or "will", a control of a screen by its label in quotes or not ('click the "Save"
button' / "click Save"), a keyboard shortcut's keys cut short or not ("Ctrl+C" / "Control-C")
and a version by "v" or by its word ("v2.1" / "version 2.1").

A set is a closed list of forms, each one meaning; a form that may mean something else in
another text (a "PM" of the afternoon, "Independence Day" of another country) is read alike
only against a form of the set, so its other senses never are.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import _cues as cues
from .._entities import canonical_names, country_named, country_of
from .._numbers import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    frequencies,
    roman_value,
    unit_spellings,
    versions,
)
from .._words import FUNCTION_WORDS, PREPOSITIONS, stem
from ._bounds import bound_reads, window_reads
from ._counted import count_reads
from ._degrees import degree_reads
from ._glosses import said_by_definition
from ._kin import kin_reads
from ._lexicon import lexicon
from ._multiword import multiword_reads
from ._origin import origin_reads
from ._written import written_reads

__all__ = ["Swap", "long_names", "read_alike", "read_sentence", "restore"]

# Holidays kept on one day of the calendar each year, by the names English news gives them,
# with the days they fall on (month, day). A holiday several countries keep on their own days
# ("Independence Day") gives each of them a set of its own: its name is read alike with any of
# their dates, never with another day.
_HOLIDAYS: tuple[tuple[tuple[str, ...], tuple[tuple[int, int], ...]], ...] = (
    (("Christmas Eve",), ((12, 24),)),
    (("Christmas Day",), ((12, 25),)),
    (("Orthodox Christmas", "Orthodox Christmas Day"), ((1, 7),)),
    (("Boxing Day", "St Stephen's Day"), ((12, 26),)),
    (("New Year's Eve", "Hogmanay"), ((12, 31),)),
    (("New Year's Day",), ((1, 1),)),
    (("Epiphany",), ((1, 6),)),
    (("Burns Night",), ((1, 25),)),
    (("Australia Day",), ((1, 26),)),
    (("Valentine's Day", "St Valentine's Day"), ((2, 14),)),
    (("St David's Day",), ((3, 1),)),
    (("International Women's Day", "Women's Day"), ((3, 8),)),
    (("St Patrick's Day",), ((3, 17),)),
    (("April Fools' Day", "April Fool's Day"), ((4, 1),)),
    (("St George's Day",), ((4, 23),)),
    (("Anzac Day",), ((4, 25),)),
    (("May Day",), ((5, 1),)),
    (("VE Day",), ((5, 8),)),
    (("Victory Day",), ((5, 9),)),
    (("D-Day",), ((6, 6),)),
    (("Juneteenth",), ((6, 19),)),
    (("Canada Day",), ((7, 1),)),
    (("Independence Day", "Fourth of July", "Fourth July"), ((7, 4),)),
    (("Independence Day",), ((8, 14), (8, 15), (8, 24), (9, 16))),
    (("Bastille Day",), ((7, 14),)),
    (("Halloween", "Hallowe'en"), ((10, 31),)),
    (("All Saints' Day", "All Saints Day"), ((11, 1),)),
    (("All Souls' Day", "All Souls Day"), ((11, 2),)),
    (("Guy Fawkes Night", "Bonfire Night"), ((11, 5),)),
    (("Armistice Day", "Remembrance Day", "Veterans Day", "Veterans' Day"), ((11, 11),)),
    (("St Andrew's Day",), ((11, 30),)),
    (("World Aids Day",), ((12, 1),)),
)

# Titles and parties by their initials or short names and written out, singular and plural
# apart ("MP" / "members of parliament" is one against many). Initials are read in capitals
# only: "pm" of the afternoon, "da" of another language are no title.
_TITLES: tuple[tuple[str, ...], ...] = (
    ("(?-i:CEO)", "chief executive officer", "chief executive"),
    ("(?-i:CEOs)", "chief executive officers", "chief executives"),
    ("(?-i:CFO)", "chief financial officer"),
    ("(?-i:CFOs)", "chief financial officers"),
    ("(?-i:COO)", "chief operating officer"),
    ("(?-i:CTO)", "chief technology officer", "chief technical officer"),
    # Not "3 PM", "10 pm": the hour's letters.
    (r"(?<!\d)(?<!\d\s)(?-i:PM)", "prime minister"),
    ("(?-i:MP)", "member of parliament"),
    ("(?-i:MPs)", "members of parliament"),
    ("(?-i:MEP)", "member of the European Parliament"),
    ("(?-i:MEPs)", "members of the European Parliament"),
    ("(?-i:DA)", "district attorney"),
    ("(?-i:AG)", "attorney general", "attorney-general"),
    ("(?-i:VP)", "vice president", "vice-president"),
    ("(?-i:MD)", "managing director"),
    ("(?-i:GP)", "general practitioner", "family doctor"),
    ("(?-i:GPs)", "general practitioners", "family doctors"),
    ("(?-i:Tory)", "(?-i:Conservative)"),
    ("(?-i:Tories)", "(?-i:Conservatives)"),
    ("(?-i:Lib Dem)", "(?-i:Liberal Democrat)"),
    ("(?-i:Lib Dems)", "(?-i:Liberal Democrats)"),
    ("(?-i:GOP)", "(?-i:Republican Party)"),
)

# A word of a name cut short by convention and written out: a rank or an office before a
# person's name ("Gen. Mark Milley" / "General Mark Milley", "Lt Col." / "Lieutenant Colonel",
# "Sen." / "Senator"), a word before a place's name ("St Louis" / "Saint Louis", "Mt Everest" /
# "Mount Everest") and the kind of street or firm after one ("Fifth Ave." / "Fifth Avenue",
# "Abbey Rd" / "Abbey Road", "Warner Bros." / "Warner Brothers"). Each is read in its capitals
# only, the stop after the short form or none, and only where a name stands beside it (after a
# word before a name, before no capital after a street's), so "General" of "General Motors",
# "general" and "major" the adjectives, and "St" of a street against "Saint" stay apart.
_BEFORE_NAME = r"(?=\s+(?-i:[A-Z]))"
_AFTER_NAME = r"(?<=(?-i:[A-Za-z0-9])\s)"
_STREET_END = r"(?!\s+(?-i:[A-Z]))"
_BEFORE_NAMES: tuple[tuple[str, ...], ...] = (
    ("Gen", "General"),
    ("Lt", "Lieutenant"),
    ("Col", "Colonel"),
    ("Maj", "Major"),
    ("Capt", "Captain"),
    ("Sgt", "Sergeant"),
    ("Cpl", "Corporal"),
    ("Adm", "Admiral"),
    ("Cmdr|Cdr", "Commander"),
    ("Brig", "Brigadier"),
    ("Sen", "Senator"),
    ("Rep", "Representative"),
    ("Gov", "Governor"),
    ("Pres", "President"),
    ("Prof", "Professor"),
    ("Dr", "Doctor"),
    ("Rev", "Reverend"),
    ("Insp", "Inspector"),
    ("Det", "Detective"),
    ("Supt", "Superintendent"),
    ("Amb", "Ambassador"),
    ("St", "Saint"),
    ("Ste", "Sainte"),
    ("Mt", "Mount"),
    ("Ft", "Fort"),
)
_AFTER_NAMES: tuple[tuple[str, ...], ...] = (
    ("Ave", "Avenue"),
    ("St", "Street"),
    ("Rd", "Road"),
    ("Blvd", "Boulevard"),
    ("Sq", "Square"),
    ("Ln", "Lane"),
    ("Dr", "Drive"),
    ("Hwy", "Highway"),
    ("Bros", "Brothers"),
)
_SHORTENED: tuple[tuple[str, ...], ...] = (
    *(
        (rf"(?-i:{short})\.?{_BEFORE_NAME}", rf"(?-i:{full}){_BEFORE_NAME}")
        for short, full in _BEFORE_NAMES
    ),
    *(
        (
            rf"{_AFTER_NAME}(?-i:{short})\.?{_STREET_END}",
            rf"{_AFTER_NAME}(?-i:{full}){_STREET_END}",
        )
        for short, full in _AFTER_NAMES
    ),
)

# A state said with its negation and without: the word that holds the "not" in itself
# ("unarmed") against its plain words negated. Past forms, as news reports them.
_NEGATED: tuple[tuple[str, ...], ...] = (
    (
        "unarmed",
        "not armed",
        r"not carrying (?:a|any) (?:weapon|gun|firearm)",
        r"carrying no (?:weapons?|guns?|firearms?)",
    ),
    ("too few", "not enough"),
    # goods a shop has none of, as its pages say it
    ("out of stock", "sold out", "sold-out", "not in stock", "unavailable", "not available"),
    ("too little", "not enough"),
    (
        "kept quiet",
        "kept silent",
        "remained silent",
        "stayed silent",
        "did not speak",
        "didn't speak",
        "said nothing",
    ),
    ("remained closed", "stayed closed", "did not reopen", "didn't reopen"),
    ("remained shut", "stayed shut", "did not reopen", "didn't reopen"),
    ("acquitted", "found not guilty"),
    # A vote cast against a measure, or none cast on it: "voted no" is no negation of the vote.
    ("voted against", "voted no"),
    ("vote against", "vote no"),
    ("votes against", "votes no"),
    ("abstained", "abstained from voting", "abstained from the vote"),
    ("abstain", "abstain from voting", "abstain from the vote"),
    # A medicine sold with no prescription, a loan given with no collateral.
    (
        "over the counter",
        "over-the-counter",
        "without a prescription",
        "without prescription",
        "without needing a prescription",
    ),
    ("unsecured", "with no collateral", "without collateral", "not backed by collateral"),
)

# Words that link a sentence to the one before with one force each: contrast, addition,
# consequence, concession, an example, the time between. Words of two forces ("still", "yet",
# "thus", "so", "besides", "all the same") are in none.
_LINKS: tuple[tuple[str, ...], ...] = (
    ("by contrast", "in contrast", "on the other hand", "conversely"),
    ("in addition", "additionally", "moreover", "furthermore", "what is more", "what's more"),
    ("therefore", "as a result", "consequently", "as a consequence"),
    ("nonetheless", "nevertheless", "none the less", "even so"),
    ("for example", "for instance"),
    ("meanwhile", "in the meantime"),
)

# A condition that holds whichever way it turns out ("will strike even if the offer improves" /
# "regardless of whether the offer improves"): one concession each. ("whether or not" is read
# by the links check, against "even if" and a "not" after it.)
_WHATEVER: tuple[tuple[str, ...], ...] = (
    (
        "even if",
        "regardless of whether",
        "irrespective of whether",
        "no matter whether",
    ),
)

# A free relative and the phrase it stands for: "whenever" / "every time", "wherever" / "in
# every place where", "whatever" and "any" before a plural noun ("whatever repairs it needs" /
# "any repairs it needs"). ("whoever" / "anyone who" differ in one word, read by the name check
# as no name.)
_FREE_RELATIVES: tuple[tuple[str, ...], ...] = (
    ("whenever", "every time", "each time", "any time"),
    (
        "wherever",
        "everywhere",
        r"in (?:every|any) (?:place|area|part|spot) (?:where|that)",
    ),
    (r"whatever(?=\s+[a-z]+s\b)", r"any(?=\s+[a-z]+s\b)"),
)

# The same act of a second party said by a pro-form ("the bank followed suit" / "the bank did
# the same"), one set a tense.
_PRO_FORMS: tuple[tuple[str, ...], ...] = (
    ("followed suit", "did the same", "did likewise", "did the same thing", "did so too"),
    ("follows suit", "does the same", "does likewise", "does the same thing", "does so too"),
    ("follow suit", "do the same", "do likewise", "do the same thing", "do so too"),
)

# A trend told by "increasingly", by a comparative doubled or by "ever" ("increasingly
# reluctant" / "more and more reluctant" / "ever more reluctant"), one set a direction.
_TRENDS: tuple[tuple[str, ...], ...] = (
    ("increasingly", "more and more", "ever more"),
    ("decreasingly", "less and less", "ever less"),
    ("fewer and fewer", "ever fewer"),
)

# A span of years told by its unit in the plural or as a round count of years: "centuries" are
# "hundreds of years", "decades" "tens of years", "millennia" "thousands of years", and so are
# their ages ("a centuries-old fortress" / "a fortress hundreds of years old"). Read letter by
# letter, the count is a number one side adds. Not "a century" / "a hundred years" (a number
# both sides say) nor "centuries" / "decades" (another span).
_SPANS_OF_YEARS: tuple[tuple[str, ...], ...] = tuple(
    (f"{unit}-old", f"{unit} old", f"{count} of years old", unit, f"{count} of years")
    for unit, count in (("centuries", "hundreds"), ("decades", "tens"), ("millennia", "thousands"))
)

# The whole of a stretch of time told by an idiom, a count or "throughout": a service run
# "around the clock" is staffed "24 hours a day", a road open "year-round" is open "all year",
# volunteers who work "seven days a week" work "every day of the week", lifeguards on duty
# "throughout the summer" are there "all summer long", a pharmacy open "overnight" is open
# "through the night". Read letter by letter, the count is a number added and the idiom's
# words a head dropped. Only the whole stretch: "during the day", "at night", "in summer" or
# "every year" say less or something else, and are in no set.
_STRETCHES = ("day", "week", "month", "year", "summer", "winter", "spring", "autumn")
_WHOLE_TIME: tuple[tuple[str, ...], ...] = (
    (
        "around the clock",
        "round the clock",
        "round-the-clock",
        "around-the-clock",
        "24 hours a day",
        "twenty-four hours a day",
        "24/7",
    ),
    ("seven days a week", "7 days a week", "every day of the week"),
    ("overnight", "through the night", "throughout the night", "all night", "all night long"),
    *(
        (
            *(
                ("year-round", "year round", "all year round", "all the year round")
                if x == "year"
                else ()
            ),
            f"all {x}",
            f"all {x} long",
            f"throughout the {x}",
            f"the whole {x}",
            f"the entire {x}",
            f"all through the {x}",
        )
        for x in _STRETCHES
    ),
)

# The period a change is measured against, said by "X on X" or by the period it is compared
# with ("up 3 percent year on year" / "up 3 percent compared with a year earlier", "fell 1
# percent month on month" / "from the previous month"), and the twelve months to a date said
# as the year to it. Read letter by letter, "previous" is a modifier cut and "twelve" a number
# dropped. One set a period; two periods are a ``kind.field`` (``compared_period``, which reads
# the same forms: ``COMPARED_PERIODS``).
COMPARED_PERIODS: tuple[tuple[str, ...], ...] = (
    (
        "year on year",
        "year-on-year",
        "year over year",
        "year-over-year",
        "from a year earlier",
        "from a year ago",
        "on a year earlier",
        "compared with a year earlier",
        "compared with a year ago",
    ),
    (
        "month on month",
        "month-on-month",
        "month over month",
        "from the previous month",
        "on the previous month",
        "compared with the previous month",
        "from a month earlier",
        "compared with a month earlier",
    ),
    (
        "quarter on quarter",
        "quarter-on-quarter",
        "quarter over quarter",
        "from the previous quarter",
        "on the previous quarter",
        "compared with the previous quarter",
    ),
    (
        "week on week",
        "week-on-week",
        "from the previous week",
        "on the previous week",
        "compared with the previous week",
    ),
)
_COMPARED: tuple[tuple[str, ...], ...] = (
    *(
        (*forms, *(f.replace("with", "to", 1) for f in forms if f.startswith("compared with")))
        for forms in COMPARED_PERIODS
    ),
    ("in the year to", "in the twelve months to", "in the 12 months to"),
)

# Where a team plays told by an idiom: "on home soil" or "on home ground" is "at home", "on
# the road" is "away from home". Read letter by letter, "soil" is a head dropped. Not "abroad"
# or "on foreign soil" (a country, not a ground), nor "home games" / "road games".
_VENUE: tuple[tuple[str, ...], ...] = (
    ("on home soil", "on home ground", "at home"),
    ("on the road", "away from home"),
)

# The sides of a rectangle or a box measured ("a cell 2 x 3 metres", "2 by 3 metres"): the
# sign or the word between two figures. Only between figures: "by" elsewhere is another word.
# The working week by its days or by its name, as job adverts, opening hours and timetables
# write it ("Monday to Friday" / "on weekdays", "Mon-Fri" / "every weekday"). Another span of
# days ("Monday to Saturday", "Tuesday to Friday") is in no set.
_WORK_WEEK: tuple[tuple[str, ...], ...] = (
    (
        r"(?:from\s+)?Mondays?\s*(?:to|through|until|till|[-–])\s*Fridays?",
        r"Mon\.?\s*(?:to|[-–])\s*Fri\.?",
        "on weekdays",
        "weekdays",
        "on every weekday",
        "every weekday",
    ),
)

# Overtime's rate by its trade name or by its multiple of the usual pay ("time and a half" /
# "one and a half times the normal rate", "double time" / "twice the usual rate").
_RATE = (
    r"(?:the|your|their|his|her)\s+(?:normal|usual|basic|standard|ordinary)\s+"
    r"(?:hourly\s+)?(?:rate|pay)"
)
_OVERTIME: tuple[tuple[str, ...], ...] = (
    ("time and a half", rf"(?:one and a half|1\.5) times {_RATE}"),
    ("double time", rf"(?:twice|two times|double) {_RATE}"),
)

# How long before or after an event a thing is done at the least, said by its lower bound or
# by its latest or earliest time: to give notice "at least four weeks before" the day one
# leaves is to give it "no later than four weeks before" it. Only before a length of time
# that itself comes before "before" or "after" ("at least 14 days before the start").
_LENGTH_THEN = r"(?=\s+[\w.,]+\s+(?:[\w'’]+\s+)?{}\b)"
_LEAD_TIME: tuple[tuple[str, ...], ...] = (
    tuple(
        form + _LENGTH_THEN.format("(?:before|ahead of|prior to)")
        for form in ("at least", "no later than", "not later than", "no less than")
    ),
    tuple(
        form + _LENGTH_THEN.format("after")
        for form in ("at least", "no earlier than", "not earlier than", "no sooner than")
    ),
)

_DIMENSIONS: tuple[tuple[str, ...], ...] = (
    (r"(?<=\d\s)(?:x|×)(?=\s+\d)", r"(?<=\d\s)by(?=\s+\d)"),
)

_COUNTS = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|twice"

# A condition that must hold for the act to follow, one sense each ("provided that" /
# "on condition that" / "only if"); a plain "if" says less and is in none.
_ONLY_IF: tuple[tuple[str, ...], ...] = (
    (
        "provided that",
        "providing that",
        "on condition that",
        "on the condition that",
        "only if",
        # Not a length of time ("as long as ten years", "as long as possible").
        rf"(?:as|so) long as(?!\s+(?:\d|a|an|possible|necessary|needed|{_COUNTS})\b)",
    ),
)

# The time a past statement held, said by a phrase or by "then" ("who was health minister at
# the time" / "who was then health minister").
_THEN: tuple[tuple[str, ...], ...] = (("at the time", "at that time", "then", "back then"),)

# More or less than half of a group said by its share or by "majority" and "minority" ("fewer
# than half of the members" / "a minority of the members"); each set one side of the half.
_HALVES: tuple[tuple[str, ...], ...] = (
    ("more than half", "over half", "a majority", "the majority"),
    ("fewer than half", "less than half", "a minority"),
)

# A place's or a body's whole extent said by "-wide" or by "across" ("a nationwide strike" / "a
# strike across the country", "a company-wide freeze" / "a freeze throughout the company"): the
# suffix names the noun the phrase names, so any "-wide" word brings its own set of forms. A few
# stems name their extent by another noun too ("nation" / "country", "world" / "globe").
_WIDE_WORD = re.compile(r"(?<![\w-])(?P<stem>[A-Za-z]{2,})-?wide(?![\w-])")
_WIDE_NOUNS: dict[str, tuple[str, ...]] = {
    "nation": ("country", "nation"),
    "country": ("country", "nation"),
    "world": ("world", "globe"),
}
_WIDE_STEMS: dict[str, tuple[str, ...]] = {
    "nation": ("nation", "country"),
    "country": ("nation", "country"),
}

# The same state said positively in other words than the plain word that a negating prefix
# turns round: where A says it negated (a form of the ``_NEGATED`` set that opens with the word
# and its prefix) and B positively, B's words are read as the plain word, so that the opposite
# is found ("unarmed" / "carrying a weapon" read "armed").
_OPPOSED: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "armed",
        (
            r"carrying (?:a|any) (?:weapon|gun|firearm)",
            r"carrying (?:weapons|guns|firearms)",
        ),
    ),
)

_ORDINAL = r"(?:st|nd|rd|th)?"
_ABBREVIATED = {m: m[:3] + (r"t?\.?" if m == "september" else r"\.?") for m in MONTHS}


def _date(month: int, day: int) -> str:
    """A day of a month as news writes it: "25 December", "the 25th of December", "December
    25", "Dec. 25th"; the day no part of a longer figure ("25,000"), the month no other word."""
    name = MONTHS[month - 1]
    months = f"(?:{name}|{_ABBREVIATED[name]})" if name != "may" else "may"
    days = rf"(?<![\d.,]){day}{_ORDINAL}(?![\d])"
    return (
        rf"(?:the\s+)?{days}(?:\s+of)?\s+{months}(?![\w])"
        rf"|{months}\s+(?:the\s+)?{days}(?![,.]\d)"
    )


def _name(text: str) -> str:
    """A holiday's name, its apostrophe straight or curly, "St" with or without its stop or
    written out, and "the" before it taken with it ("the Fourth of July" / "July 4")."""
    source = re.escape(text).replace("'", "['’]").replace(r"\ ", r"\s+")
    source = source.replace(r"St\s+", r"(?:St\.?|Saint)\s+")
    return rf"(?:the\s+)?{source}"


def _form(source: str) -> str:
    return rf"(?<![\w'’-])(?:{source})(?![\w'’-])"


@cache
def _sets() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Each set of forms, a pattern for each form (case-insensitive but where a form says; a
    space any run of white space)."""
    sets: list[tuple[str, ...]] = []
    for names, days in _HOLIDAYS:
        sets.append((*(_name(n) for n in names), *(_date(m, d) for m, d in days)))
    sets.extend(_TITLES)
    sets.extend(_SHORTENED)
    sets.extend(_NEGATED)
    sets.extend(_LINKS)
    sets.extend(_HALVES)
    sets.extend(_THEN)
    sets.extend(_WHATEVER)
    sets.extend(_FREE_RELATIVES)
    sets.extend(_PRO_FORMS)
    sets.extend(_TRENDS)
    sets.extend(_SPANS_OF_YEARS)
    sets.extend(_ONLY_IF)
    sets.extend(_WHOLE_TIME)
    sets.extend(_WORK_WEEK)
    sets.extend(_LEAD_TIME)
    sets.extend(_OVERTIME)
    sets.extend(_COMPARED)
    sets.extend(_DIMENSIONS)
    sets.extend(_VENUE)
    return tuple(_compiled(forms) for forms in sets)


def _wide_forms(stem: str) -> tuple[str, ...]:
    """The forms of one whole extent: "-wide" on ``stem`` (joined or hyphened) and "across",
    "throughout", "all over" (and, of the world, "around") the noun it names, "the", "the
    whole" or "the entire" before it or nothing ("across the whole city", "across Europe")."""
    stems = _WIDE_STEMS.get(stem, (stem,))
    nouns = _WIDE_NOUNS.get(stem, (stem,))
    places = ("across", "throughout", "all over", *(("around",) if stem == "world" else ()))
    article = r"(?:the(?: whole| entire)? )?"
    forms = [f"{re.escape(s)}-?wide" for s in stems]
    forms.extend(f"{place} {article}{re.escape(noun)}" for place in places for noun in nouns)
    return tuple(forms)


def _wide_sets(a: str, b: str) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """A set of forms for each "-wide" word either side uses."""
    stems = {m.group("stem").lower() for text in (a, b) for m in _WIDE_WORD.finditer(text)}
    groups = {_WIDE_STEMS.get(stem, (stem,))[0] for stem in stems}
    return tuple(_wide_set(stem) for stem in sorted(groups))


@cache
def _wide_set(stem: str) -> tuple[re.Pattern[str], ...]:
    return _compiled(_wide_forms(stem))


def _noun_before(before: str, after: str) -> int | None:
    """How far ``after`` (B's words after its "-wide" word) runs on with the words A puts its
    "across" phrase after ("hiring freeze" of "a hiring freeze across the company"), one to
    three of them; None where B's words are others."""
    words = re.findall(r"[a-z]+", before[-40:])
    for count in (3, 2, 1):
        if len(words) < count or not before.rstrip().endswith(words[-1]):
            continue
        found = re.match(r"\s+" + r"\s+".join(words[-count:]) + r"(?![\w-])", after)
        if found is not None:
            return found.end()
    return None


def _compiled(forms: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_form(f.replace(" ", r"\s+")), re.IGNORECASE) for f in forms)


@cache
def _opposed() -> tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...]:
    """Each plain word of ``_OPPOSED``, the forms of its negation and its other forms."""
    negated = {forms[0]: forms for forms in _NEGATED}
    return tuple(
        (word, _compiled(negated["un" + word]), _compiled(forms)) for word, forms in _OPPOSED
    )


@dataclass(frozen=True)
class Swap:
    """Words of B read as A's: where the read words stand in the text read (``at``), their
    length there (``size``) and the length of the words B wrote (``written``)."""

    at: int
    size: int
    written: int


def _found(forms: Sequence[re.Pattern[str]], text: str) -> list[tuple[int, re.Match[str]]]:
    """Each place ``text`` says one of ``forms``, with the form it uses; where two forms
    reach the same words, the longer one."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, form in enumerate(forms):
        found.extend((index, match) for match in form.finditer(text))
    found.sort(key=lambda f: (f[1].start(), -(f[1].end() - f[1].start())))
    kept: list[tuple[int, re.Match[str]]] = []
    for index, match in found:
        if not kept or match.start() >= kept[-1][1].end():
            kept.append((index, match))
    return kept


def read_alike(
    a: str, b: str, *, named: Iterable[str] = ()
) -> tuple[str, tuple[Swap, ...], list[tuple[str, str]]]:
    """``b`` with the words that say what ``a`` says in another form of a set read as ``a``'s,
    where each says it as often and neither uses a form the other does, and B's positive
    words for what A says negated read as the plain word, and the other way round as A's
    words negated (``_OPPOSED``); the swaps made (in
    the order of ``b``) and each (B's words, the words read)."""
    reads: list[tuple[int, int, str]] = []
    for forms in _sets():
        in_a, in_b = _found(forms, a), _found(forms, b)
        if not in_a or len(in_a) != len(in_b):
            continue
        if {index for index, _ in in_a} & {index for index, _ in in_b}:
            continue
        reads.extend(
            (mb.start(), mb.end(), ma.group()) for (_, ma), (_, mb) in zip(in_a, in_b, strict=True)
        )
    for forms in _wide_sets(a, b):
        in_a, in_b = _found(forms, a), _found(forms, b)
        if len(in_a) != 1 or len(in_b) != 1 or in_a[0][0] == in_b[0][0]:
            continue
        (_, ma), (_, mb) = in_a[0], in_b[0]
        # "a nationwide strike" read as "a across the country strike" is no English: the
        # adjective before its noun is read with the noun A puts the phrase after ("a strike
        # across the country"), or not at all.
        if " " in ma.group() and re.match(r"\s+[a-z]", b[mb.end() :]) and " " not in mb.group():
            noun = _noun_before(a[: ma.start()], b[mb.end() :])
            if noun is not None:
                said = f"{b[mb.end() : mb.end() + noun].strip()} {ma.group()}"
                reads.append((mb.start(), mb.end() + noun, said))
            continue
        reads.append((mb.start(), mb.end(), ma.group()))
    for word, negations, forms in _opposed():
        a_said, b_said = _found(forms, a), _found(forms, b)
        a_not, b_not = _found(negations, a), _found(negations, b)
        if a_not and b_said and not (a_said or b_not):
            reads.extend((mb.start(), mb.end(), word) for _, mb in b_said)
        elif a_said and b_not and not (a_not or b_said) and len(a_said) == len(b_not):
            # B's word negated read as A's words negated ("carrying a weapon" / "unarmed").
            reads.extend(
                (mb.start(), mb.end(), "not " + ma.group())
                for (_, ma), (_, mb) in zip(a_said, b_not, strict=True)
            )
    # Patterns, not sets, read alike the same way: a list told with its count or without
    # (``_counted``).
    reads.extend(count_reads(a, b))
    # "under 12" / "11 and under", "more than two" / "three or more": a bound on a whole count
    # kept in or left out of its number (``_bounds``).
    reads.extend(bound_reads(a, b))
    # "within 30 days of delivery" / "no more than 30 days after delivery": one window.
    reads.extend(window_reads(a, b))
    # A country by its adjective or its name, a title before or after the name (``_origin``).
    reads.extend(origin_reads(a, b))
    # "re-elected" / "elected again": the prefix says the act again.
    reads.extend(_again_reads(a, b))
    # "resumed production" / "started production again": "resume" is "start again".
    reads.extend(_resume_reads(a, b))
    # "the Booker Prize" / "the Booker", "the silver medal" / "silver": a prize's own word.
    reads.extend(_prize_head_reads(a, b))
    # "the tenth anniversary of" / "ten years since": one count of years.
    reads.extend(_anniversary_reads(a, b))
    # "the IMF" / "the Fund" after "the International Monetary Fund": one body named again.
    reads.extend(_mention_reads(a, b, named))
    # "Wall Street" / "US stock markets": a place named for the body found there.
    reads.extend(_metonym_reads(a, b))
    # "GDP" / "gross domestic product": a thing named by its initials.
    reads.extend(_initials_reads(a, b))
    # "minus 15C" / "15 degrees below zero", "below freezing" / "below zero", "the mid-40s" /
    # "around 45C", "in her seventies" / "a septuagenarian" (``_degrees``).
    reads.extend(degree_reads(a, b))
    # "his father-in-law" / "his wife's father": a relative by one word or its relations.
    reads.extend(kin_reads(a, b))
    # "91 kg ... six kilograms" / "91 kilograms ... six kg": two spellings of a unit exchanged.
    reads.extend(_unit_reads(a, b))
    # "carefully" / "with great care", "ironically" / "in an ironic twist": a manner adverb.
    reads.extend(_manner_reads(a, b))
    # "The president himself said" / "The president said": an emphatic reflexive.
    reads.extend(_emphatic_reads(a, b))
    # "two countries, namely France and Spain" / "two countries, France and Spain".
    reads.extend(_namely_reads(a, b))
    # "50 BC" / "50 BCE", "AD 79" / "79 CE": a year's era by its other name.
    reads.extend(_era_reads(a, b))
    # "Henry VIII" / "Henry the Eighth", "King Jr." / "King Junior": one of a name's bearers.
    reads.extend(_regnal_reads(a, b))
    # "recommended that the drug should be made" / "that the drug be made": a mandative.
    reads.extend(_mandative_reads(a, b))
    # "The Tenant shall vacate" / "The Tenant must leave", "shall have" / "will have": a
    # contract's "shall" said by either of its readings.
    reads.extend(_shall_reads(a, b))
    # "click Save" / 'click the "Save" button': a control by its label, with its noun or not.
    reads.extend(_control_reads(a, b))
    # "Ctrl+C" / "Control-C": a keyboard shortcut, its keys named in full or cut short.
    reads.extend(_shortcut_reads(a, b))
    # "v2.1" / "version 2.1": a software version by its letter or its word.
    reads.extend(_version_reads(a, b))
    # "plus commission" / "and commission on top": a thing added, before or after.
    reads.extend(_on_top_reads(a, b))
    # "twice a day" / "two times daily", "every eight hours" / "three times every 24 hours":
    # one frequency, read whole.
    reads.extend(_frequency_reads(a, b))
    # "#1184" / "issue 1184": a numbered item by its sign or its noun.
    reads.extend(_reference_reads(a, b))
    # "adults with asthma (n = 86)" / "86 adults with asthma": a sample's size.
    reads.extend(_sample_size_reads(a, b))
    # "the Second World War" / "World War II": one name, its rank before it or after it.
    reads.extend(_ranked_name_reads(a, b))
    # "the Great War" / "the First World War", "the Olympics" / "the Olympic Games": one
    # thing's names, as WordNet gives them (``tools/build_names_alike.py``).
    reads.extend(_name_set_reads(a, b))
    # "Ursus maritimus" / "polar bears": a species by its Latin name or its common one.
    reads.extend(_species_name_reads(a, b))
    # "a PhD" / "a doctorate": a common noun in initials, by the kind WordNet says it is.
    reads.extend(_initialism_kind_reads(a, b))
    # "no advance warning" / "no warning": a word beside another whose definition says it.
    reads.extend(_defined_modifier_reads(a, b))
    # "inter alia" / "among other things": a phrase of WordNet's by its definition.
    reads.extend(_phrase_definition_reads(a, b))
    # "stage IV" / "stage 4", "Sat." / "Saturday", "Siemens AG" / "Siemens", "Londoners" /
    # "people in London": one thing in two conventional forms (``_written``).
    reads.extend(written_reads(a, b))
    # "walked out" / "went on strike", "step by step" / "gradually", "became insolvent" /
    # "went bankrupt": one sense by a multiword lemma of WordNet's (``_multiword``).
    reads.extend(multiword_reads(a, b))
    reads.sort()
    text, swaps, words, at, shift = [], [], [], 0, 0
    for start, end, said in reads:
        if start < at:
            continue  # two sets reach the same words of B: the first read stands
        text.append(b[at:start])
        text.append(said)
        swaps.append(Swap(at=start + shift, size=len(said), written=end - start))
        words.append((b[start:end], said))
        shift += len(said) - (end - start)
        at = end
    if not swaps:
        return b, (), []
    text.append(b[at:])
    return "".join(text), tuple(swaps), words


# The two eras a year is counted in, each by its names: "BC" or "BCE" (before Christ, before
# the Common Era) after the year, "AD" before or after it or "CE" after it. A year is a figure
# or a century or millennium by its ordinal ("the 5th century BC", "the first century AD").
_ERA_YEAR = (
    r"(?:\d{1,4}(?:st|nd|rd|th)?|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r")(?:\s+(?:century|millennium))?"
)
_ERA_BEFORE = r"(?-i:BC|B\.C\.|BCE|B\.C\.E\.)|before\s+Christ|before\s+the\s+(?-i:Common\s+Era)"
_ERA_AFTER = r"(?-i:AD|A\.D\.|CE|C\.E\.)"
_ERA = re.compile(
    rf"(?<![\w.-])(?:(?P<pre>(?-i:AD|A\.D\.))\s+(?P<year_pre>\d{{1,4}})"
    rf"|(?P<year>{_ERA_YEAR})\s+(?:(?P<before>{_ERA_BEFORE})|(?P<after>{_ERA_AFTER})))"
    r"(?![\w-])",
    re.IGNORECASE,
)


def _eras(text: str) -> list[tuple[str, str, re.Match[str]]]:
    """Each year of ``text`` with its era, as (the year in lower case, "BC" or "AD", the
    words): "AD 79" and "79 CE" are ("79", "AD")."""
    found: list[tuple[str, str, re.Match[str]]] = []
    for m in _ERA.finditer(text):
        year = m.group("year_pre") or m.group("year")
        era = "BC" if m.group("before") else "AD"
        found.append((re.sub(r"\s+", " ", year.lower()), era, m))
    return found


def _era_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's years said with their era in other words than A's ("79 CE" / "AD 79", "50 BCE" /
    "50 BC"), read as A's where both give the same years in the same eras in the same order:
    each (start in B, end in B, A's words). Another year or another era stays what it is."""
    in_a, in_b = _eras(a), _eras(b)
    if not in_a or len(in_a) != len(in_b):
        return []
    if [(y, e) for y, e, _ in in_a] != [(y, e) for y, e, _ in in_b]:
        return []
    return [
        (mb.start(), mb.end(), ma.group())
        for (_, _, ma), (_, _, mb) in zip(in_a, in_b, strict=True)
        if ma.group() != mb.group()
    ]


# One of the people who bear a name, told by a regnal numeral ("Henry VIII", "Pope John Paul
# II") or its ordinal in words ("Henry the Eighth"), or by "Jr." / "Junior", "Sr." / "Senior",
# after a capitalised name.
_BEARER = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]+\s+(?P<bearer>(?P<roman>[IVXL]+)(?=['’]s\b|(?![\w'’-]))"
    r"|the\s+(?P<word>" + "|".join(w.capitalize() for w in ORDINAL_WORDS) + r")(?![\w-])"
    # Not "the Second World War": an ordinal before a capitalised noun is part of a name.
    r"(?!\s+[A-Z])"
    r"|(?P<suffix>Jr\.|Jr|Junior|Sr\.|Sr|Senior)(?![\w-]))"
)


def _bearers(text: str) -> list[tuple[object, re.Match[str]]]:
    """Each bearer's numeral or suffix after a capitalised name in ``text``: (its value, the
    words). "I" counts as the numeral one ("Elizabeth I"); a pronoun "I" after a capitalised
    word is one more bearer on its side, so both sides must hold it for any read."""
    found: list[tuple[object, re.Match[str]]] = []
    for m in _BEARER.finditer(text):
        if m.group("roman"):
            value: object = roman_value(m.group("roman"))
            if value is None:
                continue
        elif m.group("word"):
            value = ORDINAL_WORDS[m.group("word").lower()]
        else:
            value = "junior" if m.group("suffix").lower().startswith("j") else "senior"
        found.append((value, m))
    return found


def _regnal_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's numerals and suffixes of a name's bearer said in other words than A's ("Henry the
    Eighth" / "Henry VIII", "King Junior" / "King Jr."), read as A's where both give the same
    bearers in the same order: each (start in B, end in B, A's words). Another bearer ("Henry
    VII", "Sr.") stays what it is."""
    in_a, in_b = _bearers(a), _bearers(b)
    if not in_a or len(in_a) != len(in_b) or [v for v, _ in in_a] != [v for v, _ in in_b]:
        return []
    return [
        (mb.start("bearer"), mb.end("bearer"), ma.group("bearer"))
        for (_, ma), (_, mb) in zip(in_a, in_b, strict=True)
        if ma.group("bearer").split() != mb.group("bearer").split()
    ]


# A name of capitalised words with its rank as an ordinal before it ("the Second World War",
# "the First Vatican Council"); the same name with the rank after it ("World War II", "World
# War Two", "World War 2").
_RANK_BEFORE = re.compile(
    r"(?<![\w-])(?:the\s+)?(?P<rank>"
    + "|".join(w.capitalize() for w in ORDINAL_WORDS)
    # or in figures ("the 57th Super Bowl" / "Super Bowl LVII")
    + r"|\d{1,3}(?:st|nd|rd|th)"
    + r")\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![\w'’-])"
)


def _rank_after(name: str, text: str) -> Iterable[tuple[int, re.Match[str]]]:
    """Each place ``text`` names ``name`` with a rank after it, and the rank's value."""
    pattern = rf"(?<![\w-]){re.escape(name)}\s+(?P<rank>[IVXL]+|\d{{1,3}}|[A-Z][a-z]+)(?![\w'’-])"
    for m in re.finditer(pattern, text):
        rank = m.group("rank")
        value = roman_value(rank) if rank.isupper() else NUMBER_WORDS.get(rank.lower())
        if rank.isdigit():
            value = int(rank)
        if isinstance(value, int):
            yield value, m


def _ranked_name_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's name with its rank on the other side of it than A's ("World War II" / "the Second
    World War"), read as A's where both give the same rank: each (start in B, end in B, A's
    words). Another rank ("World War I") stays what it is."""
    reads: list[tuple[int, int, str]] = []
    for before, after, b_ranked_after in ((a, b, True), (b, a, False)):
        for m in _RANK_BEFORE.finditer(before):
            word = m.group("rank").lower()
            if word[0].isdigit() and m.group("name").split()[0].lower() in MONTHS:
                continue  # "the 29th December" / "December 29": a date, the numbers' to read
            rank = int(word[:-2]) if word[0].isdigit() else ORDINAL_WORDS[word]
            for value, other in _rank_after(m.group("name"), after):
                if value != rank:
                    continue
                if b_ranked_after:  # A "the Second World War", B "World War II"
                    reads.append((other.start(), other.end(), m.group()))
                else:  # A "World War II", B "the Second World War"
                    reads.append((m.start(), m.end(), other.group()))
    return reads


# A verb with the prefix "re-" ("re-elected", "reopened"), and the same verb with "again"
# after it or after its object (four words at most: "reopened the road" / "opened the road
# again").
_PREFIXED = re.compile(r"(?<![\w-])re-?(?P<verb>[a-z]{4,}(?:ed|ing|s)?)(?![\w-])", re.IGNORECASE)
_OBJECT = r"(?P<object>(?:\s+[\w’'-]+){0,4}?)"


def _again_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's verb and "again" ("was elected again", "opened the road again") where A has the
    same verb with the prefix "re-" ("was re-elected", "reopened the road"), the object
    between them the same, read as A's, and A's verb and "again" read as B's prefixed verb
    the other way round: each (start in B, end in B, A's words). Only the verb as written on
    the other side counts: "resigned" is read against "signed again", which no text says for
    it; without "again" ("reopened" / "opened") the prefix's act stays unsaid."""
    reads: list[tuple[int, int, str]] = []
    for prefixed, plain, flip in ((a, b, False), (b, a, True)):
        for match in _PREFIXED.finditer(prefixed):
            verb = match.group("verb")
            if re.search(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", prefixed):
                continue
            for again in re.finditer(
                rf"(?<![\w-]){re.escape(verb)}{_OBJECT}\s+again(?![\w-])", plain, re.I
            ):
                told = prefixed[match.end() :]
                said = re.match(rf"{re.escape(again.group('object'))}(?![\w’'-])", told)
                if said is None:
                    continue
                end = match.end() + said.end()
                if flip:  # B prefixed, A with "again": B's prefixed verb read as A's words
                    reads.append((match.start(), end, again.group()))
                else:
                    reads.append((again.start(), again.end(), prefixed[match.start() : end]))
                break
    return reads


# An anniversary by its rank, and the years it counts since the event ("the tenth anniversary
# of the disaster" / "ten years since the disaster", "the 80th anniversary of" / "80 years
# after").
_ANNIVERSARY = re.compile(
    r"(?<![\w-])(?:the\s+)?(?P<rank>\d+(?:st|nd|rd|th)|"
    + "|".join(ORDINAL_WORDS)
    + r")\s+anniversary\s+of(?![\w-])",
    re.IGNORECASE,
)
_YEARS_SINCE = re.compile(
    r"(?<![\w-])(?P<count>\d+|a|" + "|".join(NUMBER_WORDS) + r")\s+years?\s+"
    r"(?:since|after|on\s+from)(?![\w-])",
    re.IGNORECASE,
)


def _anniversary_value(match: re.Match[str]) -> int | None:
    rank = match.group("rank").lower()
    if rank[:1].isdigit():
        return int(rank[:-2])
    return ORDINAL_WORDS.get(rank)


def _years_value(match: re.Match[str]) -> int | None:
    count = match.group("count").lower()
    if count.isdigit():
        return int(count)
    value = 1 if count == "a" else NUMBER_WORDS.get(count)
    return int(value) if isinstance(value, (int, float)) else None


def _anniversary_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's years since an event read as A's anniversary of it, and B's anniversary as A's
    years the other way round, where each side says the one form only, as often, with the same
    numbers in turn: one count of years, two shapes. Another number ("the tenth anniversary"
    / "eleven years since") stays what it is."""
    reads: list[tuple[int, int, str]] = []
    for ranked, counted, flip in ((a, b, False), (b, a, True)):
        ranks = list(_ANNIVERSARY.finditer(ranked))
        years = list(_YEARS_SINCE.finditer(counted))
        if not ranks or len(ranks) != len(years):
            continue
        if _ANNIVERSARY.search(counted) or _YEARS_SINCE.search(ranked):
            continue
        if any(_anniversary_value(r) != _years_value(y) for r, y in zip(ranks, years, strict=True)):
            continue
        for r, y in zip(ranks, years, strict=True):
            if flip:  # B ranked, A counted: B's anniversary read as A's years
                reads.append((r.start(), r.end(), y.group()))
            else:
                reads.append((y.start(), y.end(), r.group()))
    return reads


# A prize or a medal named with its generic word and without it: "the Booker Prize" / "the
# Booker", "a Grammy award" / "a Grammy", "the silver medal" / "silver". The name (a capitalised
# word, or a medal's metal) says which prize; the word after it adds nothing a reader needs.
_PRIZE_HEADED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’]+)\s+(?P<head>(?i:prize|award))(?![\w'’-])"
)
_MEDAL_HEADED = re.compile(
    r"(?<![\w'’-])(?P<name>(?i:gold|silver|bronze))\s+(?P<head>(?i:medal))(?![\w'’-])"
)


def _prize_head_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's prize or medal named without its generic word where A names it with it, read with
    A's word after it, and B's named with it read as its bare name the other way round: each
    (start in B, end in B, the words read). Only a name each side says once, the one side with
    the word and the other without; a medal by any one metal each side says, where the bare
    side says "medal" nowhere."""
    reads: list[tuple[int, int, str]] = []
    for pattern in (_PRIZE_HEADED, _MEDAL_HEADED):
        for headed, bare, flip in ((a, b, False), (b, a, True)):
            for match in pattern.finditer(headed):
                name = match.group("name")
                if name.lower() in FUNCTION_WORDS:
                    continue  # "The prize", "This award": no name
                # A medal by its metal: the other side's one metal, whichever it is ("the
                # bronze medal" / "silver" is another medal, read so).
                name = "gold|silver|bronze" if pattern is _MEDAL_HEADED else re.escape(name)
                word = re.compile(rf"(?<![\w'’-])(?:{name})(?![\w'’-])", re.IGNORECASE)
                in_headed = list(word.finditer(headed))
                in_bare = list(word.finditer(bare))
                if len(in_headed) != 1 or len(in_bare) != 1:
                    continue
                said = in_bare[0]
                if pattern.match(bare, said.start()):
                    continue  # both name it with the word: nothing to read
                if pattern is _MEDAL_HEADED and re.search(r"(?i)\bmedals?\b", bare):
                    continue  # the bare side says "medal" elsewhere: not read
                if flip:  # B names it with the word, A without: B's words read as A's name
                    reads.append((match.start(), match.end(), match.group("name")))
                else:
                    reads.append((said.start(), said.end(), f"{said.group()} {match['head']}"))
    return reads


# "resume" is "start again": its forms, and those of "start" and "begin" by tense, with "again"
# after their object (four words at most).
_RESUMED = {"resumed": ("started", "began"), "resumes": ("starts", "begins"),
            "resume": ("start", "begin"), "resuming": ("starting", "beginning")}  # fmt: skip


def _resume_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's "started production again" read as A's "resumed production", and B's "resumed" as
    A's "started ... again" the other way round, the object between them the same (four words
    at most): one act, a start again. Only a form of the same tense counts ("resumed" / "began
    ... again"); "is starting again" against "resumed" stays two tenses."""
    reads: list[tuple[int, int, str]] = []
    for resumed, started in _RESUMED.items():
        for own, other, flip in ((a, b, False), (b, a, True)):
            if re.search(rf"(?<![\w-]){resumed}(?![\w-])", other, re.IGNORECASE):
                continue
            for told in re.finditer(
                rf"(?<![\w-])(?:{'|'.join(started)})(?P<object>(?:\s+[\w’'-]+){{0,4}}?)\s+again"
                r"(?![\w-])",
                other,
                re.IGNORECASE,
            ):
                said = re.search(
                    rf"(?<![\w-]){resumed}{re.escape(told.group('object'))}(?![\w-])",
                    own,
                    re.IGNORECASE,
                )
                if said is None:
                    continue
                if flip:  # B resumed, A started again: B's words read as A's
                    reads.append((said.start(), said.end(), told.group()))
                else:
                    reads.append((told.start(), told.end(), said.group()))
    return reads


# A name of two words or more, each capitalised ("International Monetary Fund", "European
# Central Bank"): a body's name that a later mention may shorten.
_LONG_NAME = re.compile(r"\b(?!The\s)[A-Z][a-z]+(?:\s+(?:(?:and|of|for)\s+)?[A-Z][a-z]+)+\b")


def _later_forms(name: str) -> tuple[re.Pattern[str], ...]:
    """How news names the body ``name`` again: by the initials of its capitalised words ("the
    IMF", "FDA"), by "the" and the last word of its name ("the Fund", "the bank") or, for a
    company, by its name less the word that says what kind of company it is ("Northvale Ports"
    for "Northvale Ports Limited")."""
    words = name.split()
    initials = "".join(w[0] for w in words if w[0].isupper())
    forms = [
        re.compile(rf"(?<![\w-])(?:the\s+)?(?-i:{initials})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])the\s+{re.escape(words[-1])}(?![\w-])", re.IGNORECASE),
    ]
    if len(words) > 2 and words[-1] in _COMPANY_KINDS:
        short = re.escape(" ".join(words[:-1]))
        forms.append(re.compile(rf"(?<![\w-])(?-i:{short})(?![\w-]|\s+(?-i:[A-Z]))", re.IGNORECASE))
    return tuple(forms)


# The last word of a company's name that says what kind of company it is, which a later mention
# leaves out ("Northvale Ports Limited" / "Northvale Ports").
_COMPANY_KINDS = frozenset(
    "Limited Ltd Incorporated Inc Corporation Corp Holdings Group Company Plc".split()
)


def long_names(text: str) -> frozenset[str]:
    """The names of bodies ``text`` gives in full ("International Monetary Fund"), which a
    later mention may shorten: what both versions of a document have named before a sentence
    is what that sentence may name again (``read_alike``'s ``named``)."""
    return frozenset(m.group() for m in _LONG_NAME.finditer(text))


def _mention_reads(a: str, b: str, named: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """B's later mention of a body both sides name in full first ("The International Monetary
    Fund ... The IMF said") read as A's, where A mentions it again in the other form ("The
    Fund said"): its initials and "the" with the last word of its name are one body. Each
    side mentions it so once; a mention of another body named beside it ("the World Bank" /
    "the WHO") is no form of this one and stays what it is. A body both documents named in an
    earlier sentence (``named``) is mentioned again anywhere in the pair."""
    reads: list[tuple[int, int, str]] = []
    here = [
        (name, a.index(name) + len(name), b.index(name) + len(name))
        for name in dict.fromkeys(m.group() for m in _LONG_NAME.finditer(a))
        if name in b
    ]
    earlier = [(name, 0, 0) for name in named if name not in a and name not in b]
    for name, after_a, after_b in here + earlier:
        found_a = [
            (i, m) for i, form in enumerate(_later_forms(name)) for m in form.finditer(a, after_a)
        ]
        found_b = [
            (i, m) for i, form in enumerate(_later_forms(name)) for m in form.finditer(b, after_b)
        ]
        if len(found_a) == 1 and len(found_b) == 1 and found_a[0][0] != found_b[0][0]:
            reads.append((found_b[0][1].start(), found_b[0][1].end(), found_a[0][1].group()))
    return reads


@cache
def _metonyms() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Place names news uses for a body or a trade found there ("Wall Street", "Hollywood",
    "the Pentagon"), each with the words WordNet tells its senses in (lower case) and the
    countries those words name; distilled by tools/build_metonyms.py."""
    path = Path(__file__).with_name("data") / "metonyms.json"
    found = {}
    for name, told in json.loads(path.read_text(encoding="utf-8")).items():
        words = re.findall(r"[A-Za-z]+", told)
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        countries = {country_of(w) for w in words + pairs} - {""}
        found[name] = (frozenset(w.lower() for w in words), frozenset(countries))
    return found


_WORD = re.compile(r"[\w’'.-]+")
_SLIGHT = frozenset({"the", "of", "a", "an", "and", "'s", "’s"})


def _adds_nothing(word: str, beside: str, *, attribute: bool) -> bool:
    """Whether ``word``, which one side alone says right before the noun ``beside`` ("advance"
    of "advance warning"), is said already by a definition of the noun ("warning":
    "notification of something, usually in advance"); or (``attribute``) whether ``word``, a
    noun of a quality one side alone says after the adjective ``beside`` ("proximity" of "in
    close proximity to"), is defined by it ("the property of being close together")."""
    if not (word.isalpha() and word.islower() and beside.isalpha() and beside.islower()):
        return False
    lex = lexicon()
    if attribute:
        return (
            lex.is_adjective(beside)
            and lex.domain(word) == "noun.attribute"
            and said_by_definition(beside, word, one_way=True)
        )
    # A verb before the noun is its own statement ("gave birth", "travelled back"): only a
    # word that may modify a noun (an adjective, a noun) adds nothing to it.
    verbs = lex.lemmas(word, "v")
    if not (lex.is_adjective(word) or lex.is_noun(word)) or (verbs and word not in verbs):
        return False
    return lex.is_noun(beside) and said_by_definition(word, beside, one_way=True)


def _defined_modifier_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A word one side alone says beside another whose definition already says it, the other
    side saying the other word alone: "no advance warning" / "no warning" ("warning":
    "notification of something, usually in advance"), "in close proximity to" / "close to"
    ("proximity": "the property of being close together"). B's words read as A's: each
    (start in B, end in B, A's words). A word the definition does not say ("no written
    warning" / "no warning") stays what it is."""
    spans_a = [m.span() for m in _WORD.finditer(a)]
    spans_b = [m.span() for m in _WORD.finditer(b)]
    tokens_a = [a[x:y] for x, y in spans_a]
    tokens_b = [b[x:y] for x, y in spans_b]
    matcher = difflib.SequenceMatcher(
        None, [t.lower() for t in tokens_a], [t.lower() for t in tokens_b], autojunk=False
    )
    ops = matcher.get_opcodes()
    reads: list[tuple[int, int, str]] = []
    for at, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag not in ("delete", "insert"):
            continue
        a_says = tag == "delete"  # the side that says the word alone: A, or B
        tokens, first, last = (tokens_a, i1, i2) if a_says else (tokens_b, j1, j2)
        if last - first != 1:
            continue
        word = tokens[first]
        after = ops[at + 1] if at + 1 < len(ops) and ops[at + 1][0] == "equal" else None
        before = ops[at - 1] if at and ops[at - 1][0] == "equal" else None
        # Only a word dropped where both sides run alike around it ("received no [advance]
        # warning before the"): inside a rewrite, the words beside it are no pair.
        if (at and before is None and ops[at - 1][0] != tag) or (
            at + 1 < len(ops) and after is None
        ):
            continue
        if (
            after is not None
            and (after[2] - after[1] >= 2 or at + 2 == len(ops))
            and (before is not None or at == 0)
            and _adds_nothing(word, tokens_a[after[1]], attribute=False)
        ):
            kept_a, kept_b = after[1], after[3]  # the word both keep, in A and in B
            lost = first  # "advance warning": from the word alone to the one kept
            opened = first
        elif (
            before is not None
            and before[2] - before[1] == 1
            and (after is None or after[2] - after[1] >= 2)
            and _adds_nothing(word, tokens_a[before[1]], attribute=True)
        ):
            kept_a, kept_b = before[1], before[3]
            lost = first
            # "in close proximity to": a slight word before the adjective, that side's alone.
            opened = kept_a if a_says else kept_b
            if at >= 2 and ops[at - 2][0] == tag:
                _, p1, p2, q1, q2 = ops[at - 2]
                slight = tokens_a[p1:p2] if a_says else tokens_b[q1:q2]
                if all(t.lower() in _PHRASE_SLIGHT for t in slight):
                    opened = p1 if a_says else q1
        else:
            continue
        if a_says:
            low = min(opened, lost, kept_a)
            high = max(lost, kept_a)
            reads.append(
                (spans_b[kept_b][0], spans_b[kept_b][1], a[spans_a[low][0] : spans_a[high][1]])
            )
        else:
            low = min(opened, lost, kept_b)
            high = max(lost, kept_b)
            reads.append((spans_b[low][0], spans_b[high][1], tokens_a[kept_a]))
    return reads


@cache
def _phrase_definitions() -> dict[str, tuple[frozenset[str], ...]]:
    """Each adverb or adjective WordNet writes as two or three words ("inter alia", "ex
    officio"), with the content words (stems) of each of its definitions
    (``data/names_alike.json``'s "phrases", from tools/build_names_alike.py)."""
    path = Path(__file__).with_name("data") / "names_alike.json"
    table = json.loads(path.read_text(encoding="utf-8")).get("phrases", {})
    found: dict[str, tuple[frozenset[str], ...]] = {}
    for phrase, told in table.items():
        parts = [p.split() for text in told for p in text.split("(", 1)[0].split(";")]
        # A definition of function words only ("among other things") is read word for word.
        found[phrase] = tuple(_content_stems(p) or frozenset({" ".join(p)}) for p in parts if p)
    return found


def _content_stems(words: Sequence[str]) -> frozenset[str]:
    return frozenset(
        stem(w.lower()) for w in words if w.isalpha() and w.lower() not in FUNCTION_WORDS
    )


def _told_by_definition(words: Sequence[str], definitions: tuple[frozenset[str], ...]) -> bool:
    """Whether ``words`` say one of a phrase's definitions: each content word one of its own,
    and two thirds of its own said ("by virtue of her office" of "by virtue of an office or
    position")."""
    said = _content_stems(words) or frozenset({" ".join(w.lower() for w in words)})
    return any(said <= told and 3 * len(said) >= 2 * len(told) for told in definitions)


def _phrase_definition_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """An adverb or adjective of a few words on one side ("inter alia", "ex officio") and its
    definition in words of the other's own on the other ("among other things", "by virtue of
    her office"), where the first side says the phrase once and the other not, and the
    other's words are new to it: B's words read as A's, each (start in B, end in B, A's
    words). Words that say another definition ("pro bono" / "for a reduced fee") stay what
    they are."""
    table = _phrase_definitions()
    spans_a = [m.span() for m in _WORD.finditer(a)]
    spans_b = [m.span() for m in _WORD.finditer(b)]
    tokens_a = [a[x:y].lower() for x, y in spans_a]
    tokens_b = [b[x:y].lower() for x, y in spans_b]
    ops = difflib.SequenceMatcher(None, tokens_a, tokens_b, autojunk=False).get_opcodes()
    reads: list[tuple[int, int, str]] = []
    for own, other, in_a in ((tokens_a, tokens_b, True), (tokens_b, tokens_a, False)):
        joined, theirs = " ".join(own), " ".join(other)
        for size in (2, 3):
            for at in range(len(own) - size + 1):
                phrase = " ".join(own[at : at + size])
                if phrase not in table or f" {phrase} " in f" {theirs} ":
                    continue
                if f" {joined} ".count(f" {phrase} ") != 1:
                    continue
                # The other side's words that its own side lacks, run by run.
                runs = [(j1, j2) if in_a else (i1, i2) for _, i1, i2, j1, j2 in ops]
                told = [
                    (x, y)
                    for (tag, *_), (x, y) in zip(ops, runs, strict=True)
                    if tag != "equal" and _told_by_definition(other[x:y], table[phrase])
                ]
                if len(told) != 1:
                    continue
                x, y = told[0]
                if in_a:
                    said = a[spans_a[at][0] : spans_a[at + size - 1][1]]
                    reads.append((spans_b[x][0], spans_b[y - 1][1], said))
                else:
                    reads.append(
                        (
                            spans_b[at][0],
                            spans_b[at + size - 1][1],
                            a[spans_a[x][0] : spans_a[y - 1][1]],
                        )
                    )
    return reads


# Words a phrase may lose before an adjective whose quality's noun it loses: "in close
# proximity to" / "close to".
_PHRASE_SLIGHT = frozenset({"in", "within"})


def _told_by(words: Sequence[str], told: frozenset[str], countries: frozenset[str]) -> bool:
    """Whether ``words`` (the other side's in a place name's stead) say only what the name's
    senses are told in: each word one of theirs (a plural as its singular) or a country they
    name ("US", "American" for "the United States"), one at least no country."""
    content = False
    for word in words:
        word = re.sub(r"['’]s$", "", word).strip(".")
        lower = word.lower()
        if not lower or lower in _SLIGHT:
            continue
        if lower in told or (lower.endswith("s") and lower[:-1] in told):
            content = True
        elif _country(word) not in countries:
            return False
    return content


def _metonym_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's words in the place of a place name A uses for a body ("Wall Street fell" / "US
    stock markets fell") read as A's name, where they say only what the name is told in
    (:func:`_told_by`), and B's name read as A's words the other way round. Another body in
    its place ("the Pentagon" / "the State Department", "Scotland Yard" / "Scotland's police")
    stays what it is."""
    reads: list[tuple[int, int, str]] = []
    spans_a = [m.span() for m in _WORD.finditer(a)]
    spans_b = [m.span() for m in _WORD.finditer(b)]
    tokens_a = [a[x:y] for x, y in spans_a]
    tokens_b = [b[x:y] for x, y in spans_b]
    matcher = difflib.SequenceMatcher(None, tokens_a, tokens_b, autojunk=False)
    for name, (told, countries) in _metonyms().items():
        named = name.split()
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace":
                continue
            left, right = tokens_a[i1:i2], tokens_b[j1:j2]
            for own, other, in_a in ((left, right, True), (right, left, False)):
                bare = [re.sub(r"['’]s$", "", t) for t in own if t.lower() != "the"]
                if bare != named or name in (b if in_a else a):
                    continue
                if _told_by(other, told, countries):
                    said = a[spans_a[i1][0] : spans_a[i2 - 1][1]]
                    reads.append((spans_b[j1][0], spans_b[j2 - 1][1], said))
    return reads


# Initials in capitals, two to six letters, a plural "s" after them ("EVs", "IEDs"); not after
# a number, where they are a unit or an hour ("3 PM", "5 GB").
# Initials in capitals, or two joined by "&" ("R&D", "A&E": the "and" of their words).
_INITIALS = re.compile(
    r"(?<![\w'’.&-])(?<!\d\s)(?P<letters>[A-Z]{2,6}|[A-Z]&[A-Z])(?P<plural>s)?(?![\w'’&-])"
)
# Words a name may hold that its initials leave out, two at most ("Department of Justice":
# "DOJ" or "DJ"; "Organization of the Petroleum Exporting Countries": "OPEC").
_SKIPPED = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_LEFT_OUT = rf"(?:(?:{'|'.join(sorted(map(re.escape, _SKIPPED)))})\s+){{0,2}}"


@cache
def _initials_pattern(letters: str) -> re.Pattern[str]:
    """Words after a space (and up to two left-out words) or a hyphen, each opening with the
    next of ``letters`` in either case."""
    joints = rf"(?:\s+{_LEFT_OUT}|-)"
    parts = [rf"(?i:{letter})[a-z]+" for letter in letters]
    return re.compile(rf"(?<![\w'’-]){joints.join(parts)}(?![\w'’-])")


def _spelled_out(letters: str, text: str) -> re.Match[str] | None:
    """The words of ``text`` whose initials are ``letters``, each word after a space or a
    hyphen ("value-added tax" for "VAT"), none of them a function word, and the last a noun:
    "electric vehicles" for "EV", never "under strong" for "US"."""
    lex = lexicon()
    for found in _initials_pattern(letters).finditer(text):
        words = re.split(r"[\s-]+", found.group())
        content = [w for w in words if w.lower() not in _SKIPPED]
        if words[0].lower() in _SKIPPED or any(w.lower() in FUNCTION_WORDS for w in content):
            continue  # "of the Petroleum Exporting Countries": no name opens with "of"
        if lex.is_noun(content[-1]) or lex.is_noun(content[-1].lower()):
            return found
    return None


_OWNER = re.compile(r"(?<![\w.'’-])(?P<country>[A-Z][\w.]*(?:['’]s)?)\s+\Z")


def _country(word: str) -> str:
    """The country a word names by its name, initials or adjective ("US", "Britain",
    "Chinese"), or ""."""
    return country_of(word) or country_of(canonical_names(word))


def _initials_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A thing one side names by its initials ("VAT", "EVs") and the other by the words they
    stand for ("value-added tax", "electric vehicles"), read alike: B's words read as A's.
    The initials must be absent from the other side and the words from their own, so a text
    that uses both says the same thing twice, not another thing; initials that spell no run
    of words of the other side ("GST" / "value-added tax") stay what they are."""
    reads: list[tuple[int, int, str]] = []
    for short, long, b_short in ((a, b, False), (b, a, True)):
        for initials in _INITIALS.finditer(short):
            letters = initials.group("letters")
            if re.search(rf"(?<![\w-]){letters}s?(?![\w-])", long):
                continue
            words = _spelled_out(letters.replace("&", ""), long)
            if words is None or re.search(re.escape(words.group()), short, re.IGNORECASE):
                continue
            start = words.start()
            # the country a body belongs to, named before its words ("the US Federal Trade
            # Commission" / "the FTC"): the initials name the body with it
            owner = _OWNER.search(long, 0, start)
            # ... unless the initials have a country before them too: the same one ("Britain's
            # GDP" / "Britain's gross domestic product") is no part of what they name, and
            # another ("Japan's GDP" / "China's gross domestic product") is another thing's
            own = _OWNER.search(short, 0, initials.start())
            owners = [
                o.group("country") for o in (own, owner) if o and _country(o.group("country"))
            ]
            if len(owners) == 2 and owners[0] != owners[1]:
                continue
            if owner is not None and _country(owner.group("country")) and len(owners) == 1:
                start = owner.start("country")
            if b_short:  # B's initials read as A's words
                reads.append((initials.start(), initials.end(), long[start : words.end()]))
            else:  # B's words read as A's initials
                reads.append((start, words.end(), initials.group()))
    return reads


def read_sentence(sentence: str, words: Sequence[tuple[str, str]]) -> str:
    """One of B's sentences with the words ``read_alike`` read as A's read so too."""
    for written, read in words:
        found = re.search(_form(re.escape(written)), sentence)
        if found:
            sentence = sentence[: found.start()] + read + sentence[found.end() :]
    return sentence


def restore(position: int, swaps: Sequence[Swap], *, end: bool) -> int:
    """A place in the text read as the place in B's text as written: after a swap it moves by
    the difference of their lengths; inside one, to the start (or ``end``: the end) of B's
    words."""
    moved = position
    for swap in swaps:
        if position >= swap.at + swap.size:
            moved += swap.written - swap.size
        elif position > swap.at:
            start = swap.at + moved - position
            return start + swap.written if end else start
    return moved


# Reflexive pronouns. After the noun or the pronoun of their clause's subject or object ("the
# president himself", "they themselves", "rebuilt the school themselves") or in apposition
# ("the pilot, himself a former officer,") they only stress that noun: no one else is meant
# and nothing else is said. After a verb or a preposition they are its object ("shot himself",
# "wrote about herself") and stay what they are.
_REFLEXIVES = frozenset(
    "myself yourself himself herself itself ourselves yourselves themselves oneself".split()
)
_PERSONAL_PRONOUNS = frozenset("i you he she it we they".split())
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your whose every each".split()
)
# The adverb that stresses the doer as an emphatic reflexive does ("The minister was not
# personally aware" / "The minister himself was not aware"): read alike only against one.
_PERSONALLY = "personally"


def _emphatic(
    tokens: Sequence[str], index: int, text: str, spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether the reflexive ``tokens[index]`` is emphatic: after a comma (an apposition), a
    personal pronoun, or a noun that is no verb's form, or that has a determiner right before
    it where it may be one ("the school themselves", not "shot himself")."""
    if index == 0 or tokens[index].lower() not in _REFLEXIVES:
        return False
    if "," in text[spans[index - 1][1] : spans[index][0]]:
        return True
    before = tokens[index - 1]
    lower = before.lower()
    if lower in _PERSONAL_PRONOUNS:
        return True
    if lower in FUNCTION_WORDS or lower in PREPOSITIONS:
        return False
    lex = lexicon()
    if not (lex.is_noun(lower) or (before[:1].isupper() and index > 1)):
        return False
    if not lex.is_verb(lower):
        return True
    return index > 1 and tokens[index - 2].lower() in _DETERMINERS


def _emphatic_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """An emphatic reflexive one side has and the other does not, read alike: B's words around
    the place of the reflexive (from the word before it to the word after) read as A's. Where
    the other side says "personally" instead, that is read alike too; "personally" alone,
    which may say "in person", and a reflexive after a verb ("blamed himself") stay."""
    spans_a = [m.span() for m in _WORD.finditer(a)]
    spans_b = [m.span() for m in _WORD.finditer(b)]
    tokens_a = [a[x:y] for x, y in spans_a]
    tokens_b = [b[x:y] for x, y in spans_b]
    lower_a, lower_b = [t.lower() for t in tokens_a], [t.lower() for t in tokens_b]
    matcher = difflib.SequenceMatcher(None, lower_a, lower_b, autojunk=False)
    found: list[tuple[str, str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "delete" and i2 - i1 == 1 and j1 > 0:
            if _emphatic(tokens_a, i1, a, spans_a):
                found.append(("reflexive", "a", i1, i2, j1, j2))
            elif lower_a[i1] == _PERSONALLY:
                found.append(("personally", "a", i1, i2, j1, j2))
        elif tag == "insert" and j2 - j1 == 1 and i1 > 0:
            if _emphatic(tokens_b, j1, b, spans_b):
                found.append(("reflexive", "b", i1, i2, j1, j2))
            elif lower_b[j1] == _PERSONALLY:
                found.append(("personally", "b", i1, i2, j1, j2))
    sides = {side for kind, side, *_ in found if kind == "reflexive"}
    reads: list[tuple[int, int, str]] = []
    for kind, side, i1, i2, j1, j2 in found:
        if kind == "personally" and ({"a", "b"} - {side}) != sides:
            continue  # "personally" read alike only against a reflexive the other side has
        # from the word before to the word after (or to the end of the word before, at the end)
        if i2 < len(spans_a) and j2 < len(spans_b):
            end_a, end_b = spans_a[i2][0], spans_b[j2][0]
        else:
            end_a, end_b = spans_a[i2 - 1][1], spans_b[j2 - 1][1]
        reads.append((spans_b[j1 - 1][0], end_b, a[spans_a[i1 - 1][0] : end_a]))
    return reads


# Words that mark what follows a comma, a colon or a dash as the very thing just named ("two
# countries, namely France and Spain"), which the mark alone says as well ("two countries,
# France and Spain").
_NAMELY = re.compile(
    r"(?P<before>[\w’'.]+)(?P<mark>\s*[,:–—]\s*(?:namely|viz\.?|i\.e\.|that\s+is(?:\s+to\s+say)?"
    r"|in\s+other\s+words|to\s+wit)\b\.?,?\s+)(?P<after>[\w’']+)",
    re.IGNORECASE,
)


def _namely_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A word that marks what follows as the very thing named before it ("namely", "that is",
    "i.e.") one side has after its comma, colon or dash and the other does not, the words on
    each side the same: B's words from the word before to the word after read as A's."""
    reads: list[tuple[int, int, str]] = []
    for marked, plain, into_b in ((a, b, True), (b, a, False)):
        for m in _NAMELY.finditer(marked):
            bare = re.compile(
                rf"(?<![\w’'-]){re.escape(m.group('before'))}\s*[,:–—]\s*"
                rf"{re.escape(m.group('after'))}(?![\w’'-])"
            )
            found = list(bare.finditer(plain))
            if len(found) != 1 or len(list(_NAMELY.finditer(plain))) > 0:
                continue
            if into_b:
                reads.append((found[0].start(), found[0].end(), m.group()))
            else:
                reads.append((m.start(), m.end(), found[0].group()))
    return reads


@cache
def _measured() -> re.Pattern[str]:
    """A number in digits or in words and the unit after it ("160 km/h", "six kilograms")."""
    units = "|".join(sorted(map(re.escape, unit_spellings()), key=len, reverse=True))
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,-])(?P<number>\d+(?:[.,]\d+)*|{words})[\s-]?(?P<unit>{units})(?![\w²/-])",
        re.IGNORECASE,
    )


def _unit_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A unit B spells otherwise than A after the same number, where A spells it so after
    another number ("91 kg ... six kilograms" / "91 kilograms ... six kg"), read as A spells it:
    the two spellings exchanged are no words exchanged. Another unit ("160 mph" / "160 km/h")
    stays, and so does the same word in the other number ("a 57-kilometre tunnel": a
    compound's); a spelling A never uses is the numbers check's ("3,850 km²" / "3,850 square
    kilometres"), read alike there."""
    spelt = unit_spellings()
    found_a = [
        (m.group("number").lower(), spelt[m.group("unit").lower()], m.group("unit"))
        for m in _measured().finditer(a)
    ]
    reads: list[tuple[int, int, str]] = []
    for match in _measured().finditer(b):
        number, written = match.group("number").lower(), match.group("unit")
        same = {w for n, unit, w in found_a if n == number and unit == spelt[written.lower()]}
        if len(same) != 1 or written in same:
            continue
        if not any(w.lower() == written.lower() for _, _, w in found_a):
            continue  # a spelling A never uses: the numbers check reads it, nothing is exchanged
        said = same.pop()
        if said.lower().rstrip("s") == written.lower().rstrip("s"):
            continue  # "57 kilometres long" / "a 57-kilometre tunnel": one word, its number
        reads.append((match.start("unit"), match.end("unit"), said))
    return reads


# A manner said by an adverb or by a phrase of its adjective or its noun: "carefully" / "with
# great care", "cautiously" / "with caution", "roughly" / "in a rough manner", "ironically" /
# "in an ironic twist". The phrase's words before the noun only grade it.
_MANNER_PHRASE = re.compile(
    r"(?<![\w-])(?:with\s+(?:(?:great|much|considerable|extreme|some|real)\s+)?(?P<noun>[a-z]+)"
    r"|in\s+an?\s+(?P<adjective>[a-z]+)\s+(?:way|manner|fashion|twist))(?![\w-])",
    re.IGNORECASE,
)
# The endings that make an adjective of a noun ("care" / "careful", "danger" / "dangerous",
# "irony" / "ironic"); not "-less", which says its noun is missing.
_ADJECTIVE_ENDINGS = ("ful", "ous", "ious", "y", "ic", "ical", "al", "ive", "ent", "ant")


def _adverbs_of(adjective: str) -> set[str]:
    """The adverbs English makes of ``adjective`` ("careful" / "carefully", "easy" / "easily",
    "gentle" / "gently", "ironic" / "ironically")."""
    found = {adjective + "ly", adjective + "ally"}
    if adjective.endswith("y"):
        found.add(adjective[:-1] + "ily")
    if adjective.endswith("le"):
        found.add(adjective[:-1] + "y")
    return found


def _manner_adverbs(phrase: re.Match[str]) -> set[str]:
    """The adverbs that say what a manner phrase says: of its adjective, or of the adjectives
    its noun makes by an ending or that the lexicon derives from it."""
    if phrase.group("adjective"):
        return _adverbs_of(phrase.group("adjective").lower())
    noun = phrase.group("noun").lower()
    stems = {noun, noun[:-1]} if noun.endswith(("e", "y")) else {noun}
    adjectives = {stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS}
    adjectives |= set(lexicon().derived(noun))
    return {adverb for adjective in adjectives for adverb in _adverbs_of(adjective)}


def _manner_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A manner one side says by an adverb and the other by a phrase (:data:`_MANNER_PHRASE`),
    read alike: B's phrase read as A's adverb, B's adverb as A's phrase; once each side, the
    adverb a word the lexicon knows as one and on neither side the other's form."""
    reads: list[tuple[int, int, str]] = []
    lex = lexicon()
    for phrased, plain, b_phrased in ((b, a, True), (a, b, False)):
        phrases = list(_MANNER_PHRASE.finditer(phrased))
        if len(phrases) != 1:
            continue
        adverbs = _manner_adverbs(phrases[0])
        said = [
            m
            for m in re.finditer(r"(?<![\w-])[A-Za-z]+ly(?![\w-])", plain)
            if m.group().lower() in adverbs and lex.is_adverb(m.group().lower())
        ]
        if len(said) != 1 or re.search(rf"(?i)\b{said[0].group()}\b", phrased):
            continue
        if _MANNER_PHRASE.search(plain):
            continue
        if b_phrased:
            reads.append((phrases[0].start(), phrases[0].end(), said[0].group()))
        else:
            reads.append((said[0].start(), said[0].end(), phrases[0].group()))
    return reads


# "shall" with a subject in the third person tells in a contract, a rule or a statute what a
# party must do ("The Supplier shall deliver") and what the text makes so ("the courts shall
# have jurisdiction"): translators and editors give it as "must" or as "will", each of which
# says one of its two readings. The modals of the two sides, in order: where they are as many
# and differ only by "shall" on one side against "must" or "will" on the other, B's word is
# read as A's. "may", "should" or "need not" for "shall" stay what they are, and so does
# "must" against "shall" after "I" or "we" (a resolve, "we shall fight", not a duty).
_CONTRACT_MODAL = re.compile(
    r"(?<![\w'’-])(?P<subject>[\w'’-]+\s+)?(?P<modal>shall|must|will)(?![\w'’-])", re.IGNORECASE
)
_FIRST_PERSON = frozenset({"i", "we"})


def _contract_modals(text: str) -> list[re.Match[str]]:
    return list(_CONTRACT_MODAL.finditer(text))


def _shall_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's "must" or "will" where A says "shall" in the same place of the same number of
    modals, or B's "shall" where A says "must" or "will", read as A's word."""
    in_a, in_b = _contract_modals(a), _contract_modals(b)
    if len(in_a) != len(in_b) or not any(
        m.group("modal").lower() == "shall" for m in (*in_a, *in_b)
    ):
        return []
    reads: list[tuple[int, int, str]] = []
    for ma, mb in zip(in_a, in_b, strict=True):
        said, written = ma.group("modal").lower(), mb.group("modal").lower()
        if said == written:
            continue
        if "shall" not in (said, written):
            return []  # "must" against "will": a duty against a forecast, the checks' to read
        subjects = {(m.group("subject") or "").strip().lower() for m in (ma, mb)}
        if "must" in (said, written) and subjects & _FIRST_PERSON:
            return []
        reads.append((mb.start("modal"), mb.end("modal"), ma.group("modal")))
    return reads


# A control of a screen named after the verb that acts on it: its label with the control's
# noun or without, in quotes or not ("click Save" / 'click the "Save" button', "select the
# Allow comments check box" / 'check "Allow comments"'). The label is what the screen shows;
# the quotes and the noun only set it apart. Where both sides act on a control of the same
# label, B's words for it are read as A's; another label ("click Publish") stays.
_LABEL = r"(?-i:[A-Z])[\w'’-]*"


@cache
def _control() -> re.Pattern[str]:
    verbs, nouns = cues.CONTROL_VERBS, cues.CONTROL_NOUNS
    return re.compile(
        rf"(?<![\w-])(?:{verbs})\s+(?P<phrase>(?:the\s+)?"
        rf"(?:[\"“](?P<quoted>[^\"“”]{{1,40}})[\"”]"
        rf"|(?P<named>{_LABEL}(?:\s+[\w'’-]+){{0,4}}?)(?=\s+(?:{nouns})\b)"
        rf"|(?P<titled>{_LABEL}(?:\s+{_LABEL}){{0,3}}))"
        rf"(?:\s+(?P<noun>{nouns})\b)?)",
        re.IGNORECASE,
    )


def _controls(text: str) -> list[tuple[str, re.Match[str]]]:
    """Each control ``text`` acts on: its label in lower case and the words naming it."""
    found = []
    for match in _control().finditer(text):
        label = match.group("quoted") or match.group("named") or match.group("titled")
        found.append((re.sub(r"\W+", " ", label).strip().lower(), match))
    return found


def _control_named(label: str, text: str) -> re.Match[str] | None:
    """The words of ``text`` naming a control by ``label`` after a verb of acting on it."""
    words = r"\W+".join(map(re.escape, label.split()))
    return re.search(
        rf"(?<![\w-])(?:{cues.CONTROL_VERBS})\s+(?P<phrase>(?:the\s+)?"
        rf"(?:[\"“](?P<quoted>{words})[\"”]|(?P<named>{words})(?![\w'’\"”-]))"
        rf"(?:\s+(?P<noun>{cues.CONTROL_NOUNS})\b)?)",
        text,
        re.IGNORECASE,
    )


def _control_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's words for a control A acts on by the same label, read as A's words for it. A label
    in quotes or before a control's noun is sought on the other side as it is written; one in
    capitals alone ("click Print") only against a label alike, its extent unknown."""
    in_a, in_b = _controls(a), _controls(b)
    pairs: list[tuple[re.Match[str], re.Match[str]]] = []
    for label, ma in in_a:
        mb = next((m for found, m in in_b if found == label), None)
        if mb is None and (ma.group("quoted") or ma.group("noun")):
            mb = _control_named(label, b)
        if mb is not None:
            pairs.append((ma, mb))
    for label, found_b in in_b:
        if found_b.group("quoted") or found_b.group("noun"):
            named = _control_named(label, a)
            if named is not None:
                pairs.append((named, found_b))
    reads: list[tuple[int, int, str]] = []
    done: set[int] = set()
    for ma, mb in pairs:
        if ma.group("phrase") == mb.group("phrase") or mb.start("phrase") in done:
            continue
        # Quotes or a control's noun on one side at least: "hit the Ukrainian city" / "hit
        # Ukrainian positions" names no control, and its "the" is the checks' to read.
        if any(m.group("quoted") or m.group("noun") for m in (ma, mb)):
            done.add(mb.start("phrase"))
            reads.append((mb.start("phrase"), mb.end("phrase"), ma.group("phrase")))
    return reads


# A keyboard shortcut, its keys joined by "+" or "-" and named in full or cut short ("Ctrl+C"
# / "Control-C", "Command+Shift+4" / "Cmd-Shift-4", "CTRL + F", "Windows key + L" / "Win+L"):
# one shortcut in a manual's style or another's. Each key by one name; a shortcut of other
# keys ("Ctrl+X") stays what it is.
_KEY_NAMES = {
    "ctrl": "ctrl", "control": "ctrl", "cmd": "cmd", "command": "cmd", "alt": "alt",
    "option": "alt", "opt": "alt", "shift": "shift", "win": "win", "windows key": "win",
    "windows logo key": "win", "windows": "win", "fn": "fn", "del": "delete", "delete": "delete",
    "esc": "esc", "escape": "esc", "tab": "tab", "enter": "enter", "return": "enter",
    "space": "space", "spacebar": "space", "home": "home", "end": "end",
}  # fmt: skip
_MODIFIER_KEYS = frozenset({"ctrl", "cmd", "alt", "shift", "win", "fn"})
_KEY = "|".join(sorted(map(re.escape, _KEY_NAMES), key=len, reverse=True)) + r"|F\d{1,2}|[A-Z0-9]"
_SHORTCUT = re.compile(
    rf"(?<![\w+-])(?:{_KEY})(?:\s*[+-]\s*(?:{_KEY})){{1,3}}(?![\w+-])", re.IGNORECASE
)


def _shortcut_keys(written: str) -> tuple[str, ...]:
    keys = re.split(r"\s*[+-]\s*", written.strip())
    return tuple(_KEY_NAMES.get(re.sub(r"\s+", " ", k.lower()), k.lower()) for k in keys)


def _shortcut_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's shortcuts written otherwise than A's same shortcuts, read as A writes them: the
    shortcuts of the two sides paired in order, as many on each, each with a modifier key."""
    in_a, in_b = list(_SHORTCUT.finditer(a)), list(_SHORTCUT.finditer(b))
    if not in_a or len(in_a) != len(in_b):
        return []
    reads = []
    for ma, mb in zip(in_a, in_b, strict=True):
        keys = _shortcut_keys(ma.group())
        if not set(keys) & _MODIFIER_KEYS or keys != _shortcut_keys(mb.group()):
            continue
        if ma.group() != mb.group():
            reads.append((mb.start(), mb.end(), ma.group()))
    return reads


def _frequency_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's frequencies said otherwise than A's of the same rate, read as A's: "twice a day" /
    "two times daily", "every eight hours" / "three times every 24 hours", "every other day" /
    "on alternate days" (``vardiff._numbers.frequencies``); another rate ("once a day",
    "every day" for "every other day") stays, for the numbers and the wording to read."""
    said_a = [(a[start:end], rate) for start, end, rate in frequencies(a)]
    reads = []
    for start, end, rate in frequencies(b):
        written = b[start:end]
        alike = {text for text, other in said_a if math.isclose(rate, other)}
        if len(alike) != 1 or written.lower() in {t.lower() for t in alike}:
            continue
        said = next(iter(alike))
        if said.lower() in b.lower() or written.lower() in a.lower():
            continue  # one side says both forms: each is read as written
        reads.append((start, end, said))
    return reads


# A numbered item of a tracker or a list by "#" or by its noun ("#1184" / "issue 1184", "pull
# request #88" / "PR 88"): one item. Read as A writes it where B writes the same number the
# other way; another number stays.
_REFERENCE = re.compile(
    r"(?<![\w#])(?:(?P<noun>issue|bug|ticket|item|pull\s+request|PR|no\.|number)\s+)?"
    r"(?P<hash>#)?(?P<number>\d+)(?![\w.,]\d|\w)",
    re.IGNORECASE,
)


def _reference_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's numbered items written with "#" where A names them by their noun, or the other
    way round ("#1184" / "issue 1184"), read as A's."""
    forms_a: dict[str, set[str]] = {}
    for match in _REFERENCE.finditer(a):
        if match["noun"] or match["hash"]:
            forms_a.setdefault(match["number"], set()).add(match.group())
    reads = []
    for match in _REFERENCE.finditer(b):
        said = forms_a.get(match["number"], set())
        if not (match["noun"] or match["hash"]) or len(said) != 1 or match.group() in said:
            continue
        reads.append((match.start(), match.end(), next(iter(said))))
    return reads


# A sample's size given after the group it counts ("adults with asthma (n = 86)") or as a
# count before it ("86 adults with asthma"): one sample, said two ways.
_SAMPLE_SIZE = re.compile(r"\s*\(\s*n\s*=\s*(?P<n>\d[\d,]*)\s*\)", re.IGNORECASE)
_GROUP_WORDS = 7  # the most words of a group before its "(n = 86)"


def _sample_size_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A sample's size by "(n = 86)" after its group on one side and as a count before the
    same words on the other, B's words read as A's ("86 adults with asthma" / "adults with
    asthma (n = 86)"); another count stays."""
    reads = []
    for text, other, b_has in ((b, a, True), (a, b, False)):
        for found in _SAMPLE_SIZE.finditer(text):
            before = list(re.finditer(r"[\w-]+", text[: found.start()]))[-_GROUP_WORDS:]
            for first in before:  # the longest group first
                words = text[first.start() : found.start()]
                counted = re.search(
                    rf"(?<![\w.,]){re.escape(found['n'])}\s+{re.escape(words)}(?!\w)", other
                )
                if counted is None:
                    continue
                whole = (first.start(), found.end())
                if b_has:
                    reads.append((*whole, counted.group()))
                else:
                    reads.append((counted.start(), counted.end(), text[whole[0] : whole[1]]))
                break
    return reads


def _version_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's versions named by their word, their "v" or both where A names the same figure
    otherwise ("v2.1" / "version 2.1", "from v10 onwards" / "from version 10 on", "Version
    v5.12.0" / "Version 5.12.0": one release), read as A's; another figure ("version 1.2")
    stays."""
    forms_a: dict[str, set[str]] = {}
    for match in versions(a):
        forms_a.setdefault(match.group("figure"), set()).add(match.group())
    reads = []
    for match in versions(b):
        said = forms_a.get(match.group("figure"), set())
        if len(said) == 1 and match.group() not in said:
            reads.append((match.start(), match.end(), next(iter(said))))
    return reads


# A thing paid or given besides another, by "plus" before it or by "on top" after it ("£35,000
# plus commission" / "£35,000 and commission on top", "plus holiday pay" / "with holiday pay on
# top"); not "on top of", which says what it is added to.
_ON_TOP = re.compile(
    r"(?<![\w'’-])(?:with|and)\s+(?P<thing>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+on\s+top"
    r"(?![\w'’-])(?!\s+of\b)",
    re.IGNORECASE,
)


def _plus(thing: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])plus\s+{re.escape(thing)}(?![\w'’-])", re.IGNORECASE)


def _on_top_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's "with X on top" where A says "plus X" read as A's words, or B's "plus X" where A
    says "and X on top" read as A's, the same X each side, one place each."""
    reads: list[tuple[int, int, str]] = []
    for found in _ON_TOP.finditer(b):
        said = list(_plus(found.group("thing")).finditer(a))
        if len(said) == 1 and not _ON_TOP.search(a):
            reads.append((found.start(), found.end(), said[0].group()))
    for found in _ON_TOP.finditer(a):
        said = list(_plus(found.group("thing")).finditer(b))
        if len(said) == 1 and not _ON_TOP.search(b):
            reads.append((said[0].start(), said[0].end(), found.group()))
    return reads


# A demand, a proposal or a need put in a "that" clause ("demanded that he resign", "it is
# essential that the vaccine be kept"): its verb bare (the subjunctive) or after "should" says
# one thing, what is asked for, and no obligation besides it.
_MANDATIVE = re.compile(
    r"(?<![\w-])(?:demand|insist|recommend|suggest|propos|urg|ask|request|requir|order|advis"
    r"|stipulat|command|decree|essential|vital|imperative|necessary|important|crucial)[a-z]*"
    r"(?:\s+that)?\s+(?P<subject>(?:[\w'’-]+\s+){1,6}?)(?P<should>should)\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def _mandative_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A mandative "should" one side has and the other does not, before the same words: B's
    "should" and verb read as A's verb, or B's verb read as A's "should" and verb."""
    reads: list[tuple[int, int, str]] = []
    for text, other, b_has in ((b, a, True), (a, b, False)):
        for found in _MANDATIVE.finditer(text):
            if re.search(r"[.;:!?]", found.group()):
                continue
            # The words between the verb of asking (and "that") and "should", two at most:
            # the subject of the clause ("the players"), with or without "that" before it.
            before = found.group("subject").split()[-2:]
            bare = r"\s+".join(map(re.escape, [*before, found.group("verb")]))
            with_should = r"\s+".join(map(re.escape, [*before, "should", found.group("verb")]))
            plain = list(re.finditer(rf"(?<![\w-]){bare}(?![\w-])", other))
            if len(plain) != 1 or re.search(with_should, other):
                continue
            verb_at = plain[0].end() - len(found.group("verb"))
            if b_has:
                reads.append((found.start("should"), found.end("verb"), found.group("verb")))
            else:
                reads.append((verb_at, plain[0].end(), f"should {found.group('verb')}"))
    return reads


_NAME_WORD = re.compile(r"[\w’'/.-]+")


@cache
def _name_sets() -> tuple[tuple[tuple[str, ...], ...], dict[str, tuple[int, ...]]]:
    """The sets of names WordNet gives one thing by (``data/names_alike.json``, distilled by
    tools/build_names_alike.py), and for each word a form of a set opens with (lower case),
    the sets it opens a form of."""
    path = Path(__file__).with_name("data") / "names_alike.json"
    sets = tuple(tuple(forms) for forms in json.loads(path.read_text(encoding="utf-8"))["sets"])
    index: dict[str, list[int]] = {}
    for number, forms in enumerate(sets):
        for form in forms:
            index.setdefault(form.split()[0].lower(), []).append(number)
    return sets, {word: tuple(dict.fromkeys(found)) for word, found in index.items()}


def _name_pattern(form: str) -> str:
    """A form of a name: "the" before it or not, a hyphen or a space between its parts ("D-Day"
    / "D Day"); a single word in capitals or with a capital read as written ("Fed", not "fed";
    "US", not "us"), any other form in any case ("Ping-Pong" / "ping-pong", "World War II")."""
    source = re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]")
    if " " not in form and "-" not in form and form != form.lower():
        source = f"(?-i:{source})"
    return rf"(?:the\s+)?{source}"


@cache
def _name_forms(number: int) -> tuple[re.Pattern[str], ...]:
    return _compiled([_name_pattern(form) for form in _name_sets()[0][number]])


def _opening_words(text: str) -> set[str]:
    return {w.lower().rstrip(".") for w in _NAME_WORD.findall(text)} | {
        w.lower() for w in _NAME_WORD.findall(text)
    }


# A name that runs on after a form: a capital or a figure next ("Fed Cup", "World War II").
_NAME_GOES_ON = re.compile(r"\s+(?:of\s+|for\s+)?[A-Z0-9]")


def _whole_name(found: re.Match[str]) -> bool:
    """A form found as a whole name: not the first words of a longer one ("Federal" of "the
    Federal Reserve", "Fed" of "Fed Cup") nor its last ones ("Bank" of "World Bank"); a capital
    at the start of the sentence opens no name."""
    text = found.string
    if _NAME_GOES_ON.match(text, found.end()):
        return False
    before = text[: found.start()]
    word = re.search(r"([\w’'.-]+)\s+\Z", before)
    if word is None or not word.group(1)[:1].isupper():
        return True
    # A capitalised word before it opens the sentence (and so tells nothing) or is a name.
    return re.search(r"(?:\A|[.!?:;“\"]\s*)[\w’'.-]+\s+\Z", before) is not None


def _beside(found: re.Match[str]) -> tuple[str, str]:
    """The words right before and after a name's form (lower case, "the" passed over; "" at
    an end): a name in the same place on both sides stands beside the same words ("during the
    Second World War." / "during World War II."); one inside a longer phrase of the other
    side's ("theory of general relativity" / "general theory of relativity") does not."""
    text = found.string
    before = [w for w in re.findall(r"[\w’'-]+", text[: found.start()].lower()) if w != "the"]
    after = re.match(r"\W*([\w’'-]*)", text[found.end() :])
    return (before[-1] if before else "", after.group(1).lower() if after else "")


def _name_set_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's name for a thing read as A's where both name it by names WordNet gives that one
    thing ("the Second World War" / "World War II", "the Federal Reserve" / "the Fed", "the
    Olympic Games" / "the Olympics", "9/11" / "September 11"), each as often, in forms the
    other does not use. Another thing's name ("the First World War" / "World War II", "the
    Fed" / "the ECB") belongs to no set of the first: it stays what it is."""
    _, index = _name_sets()
    opened_a, opened_b = _opening_words(a), _opening_words(b)
    in_both = {n for w in opened_a for n in index.get(w, ())} & {
        n for w in opened_b for n in index.get(w, ())
    }
    reads: list[tuple[int, int, str]] = []
    for number in sorted(in_both):
        forms = _name_forms(number)
        in_a = [(i, m) for i, m in _found(forms, a) if _whole_name(m)]
        in_b = [(i, m) for i, m in _found(forms, b) if _whole_name(m)]
        if not in_a or len(in_a) != len(in_b):
            continue
        if {i for i, _ in in_a} & {i for i, _ in in_b}:
            continue
        if any(_beside(ma) != _beside(mb) for (_, ma), (_, mb) in zip(in_a, in_b, strict=True)):
            continue  # "the theory of general relativity" / "the general theory of relativity"
        if any(
            _country_alone(m, text) != _country_alone(other, other_text)
            for (_, ma), (_, mb) in zip(in_a, in_b, strict=True)
            for m, text, other, other_text in ((ma, a, mb, b),)
        ):
            continue  # "the Jordan River" / "in Jordan": the river, and the country
        reads.extend(
            (mb.start(), mb.end(), ma.group()) for (_, ma), (_, mb) in zip(in_a, in_b, strict=True)
        )
    return reads


@cache
def _species() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each species WordNet names by a Latin binomial and by common names
    (``data/names_alike.json``'s "species", from tools/build_names_alike.py): (its binomials,
    its common names)."""
    path = Path(__file__).with_name("data") / "names_alike.json"
    found = []
    for forms in json.loads(path.read_text(encoding="utf-8")).get("species", []):
        latin = tuple(f for f in forms if f[:1].isupper())
        found.append((latin, tuple(f for f in forms if f not in latin)))
    return tuple(found)


@cache
def _species_by_genus() -> dict[str, tuple[int, ...]]:
    """For each genus that opens a binomial, the species (indices of ``_species``) it opens."""
    index: dict[str, list[int]] = {}
    for number, (latin, _) in enumerate(_species()):
        for name in latin:
            index.setdefault(name.split()[0], []).append(number)
    return {genus: tuple(dict.fromkeys(found)) for genus, found in index.items()}


_GENUS = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{2,}(?=\s+[a-z])")


@cache
def _binomial_pattern(name: str) -> re.Pattern[str]:
    """A binomial as written: its genus with its capital, its epithet in lower case."""
    genus, epithet = name.split(" ", 1)
    return re.compile(rf"(?<![\w'’.-]){re.escape(genus)}\s+{re.escape(epithet)}(?![\w'’-])")


@cache
def _common_pattern(name: str) -> re.Pattern[str]:
    """A species' common name in any case, a hyphen or a space between its words ("yellow
    fever mosquito" for "yellow-fever mosquito"), singular or plural ("polar bears")."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", name)]
    body = r"[-\s]+".join(words)
    return re.compile(rf"(?<![\w'’-]){body}(?:e?s)?(?![\w'’-])", re.IGNORECASE)


def _species_name_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A species named by its Latin binomial on one side and by its common name on the other
    ("Ursus maritimus" / "polar bears", "the Aedes aegypti mosquito" / "the yellow fever
    mosquito": the common name's last word after the binomial is read with it), each once, the
    other side saying neither: B's words read as A's, each (start in B, end in B, A's words).
    Another species ("Ursus arctos" / "polar bears") names none of the first's names: it stays
    what it is."""
    index = _species_by_genus()
    numbers = {n for text in (a, b) for g in _GENUS.findall(text) for n in index.get(g, ())}
    reads: list[tuple[int, int, str]] = []
    for number in sorted(numbers):
        latin, common = _species()[number]
        for named, told, in_a in ((a, b, True), (b, a, False)):
            binomials = [m for n in latin for m in _binomial_pattern(n).finditer(named)]
            commons = [(n, m) for n in common for m in _common_pattern(n).finditer(told)]
            if len(binomials) != 1 or len({m.span() for _, m in commons}) != 1:
                continue
            if any(_binomial_pattern(n).search(told) for n in latin) or any(
                _common_pattern(n).search(named) for n in common
            ):
                continue
            name, said = max(commons, key=lambda c: len(c[1].group()))
            binomial = binomials[0]
            end = binomial.end()
            head = re.escape(re.split(r"[\s-]+", name)[-1])
            after = re.match(rf"\s+{head}(?:e?s)?(?![\w'’-])", named[end:], re.IGNORECASE)
            if after and " " in name.strip():
                end += after.end()  # "the Aedes aegypti mosquito": the binomial and its kind
            if in_a:
                reads.append((said.start(), said.end(), a[binomial.start() : end]))
            else:
                reads.append((binomial.start(), end, said.group()))
    return reads


@cache
def _initialisms() -> dict[str, tuple[str, ...]]:
    """Each common noun WordNet writes only in initials with small letters ("PhD", "MSc"), with
    the lower-case words of the kind it is one of ("doctorate", "master's degree")
    (``data/names_alike.json``'s "initialisms", from tools/build_names_alike.py)."""
    path = Path(__file__).with_name("data") / "names_alike.json"
    table = json.loads(path.read_text(encoding="utf-8")).get("initialisms", {})
    return {name: tuple(kinds) for name, kinds in table.items()}


@cache
def _initials_written(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])")


def _initialism_kind_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A common noun written in initials on one side ("a PhD", "an MSc") and by the kind WordNet
    says it is on the other ("a doctorate", "a master's degree"), each once, the other side
    saying neither: B's words read as A's, each (start in B, end in B, A's words). Another
    kind ("a PhD" / "a master's degree") is no read: it stays what it is."""
    reads: list[tuple[int, int, str]] = []
    table = _initialisms()
    for name in {w for text in (a, b) for w in _NAME_WORD.findall(text) if w in table}:
        kinds = table[name]
        for named, told, in_a in ((a, b, True), (b, a, False)):
            written = list(_initials_written(name).finditer(named))
            said = [m for k in kinds for m in _common_pattern(k).finditer(told)]
            if len(written) != 1 or len({m.span() for m in said}) != 1:
                continue
            if _initials_written(name).search(told) or any(
                _common_pattern(k).search(named) for k in kinds
            ):
                continue
            other = max(said, key=lambda m: len(m.group()))
            if in_a:
                reads.append((other.start(), other.end(), written[0].group()))
            else:
                reads.append((written[0].start(), written[0].end(), other.group()))
    return reads


def _country_alone(match: re.Match[str], text: str) -> bool:
    """A form of a name that is a country's name, said with no article ("in Jordan"): the
    country, whatever else WordNet names so ("the Jordan" is the river)."""
    said = match.group()
    before = text[: match.start()]
    if said.lower().startswith("the ") or re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return False
    return bool(country_named(said)) and not _FEATURE_KIND.search(said)


# The kind of a feature in its name ("Lake Chad", "the Niger River"): no country's name.
_FEATURE_KIND = re.compile(r"\b(?:Lake|Mount|River|Sea|Desert|Delta|Valley|Basin|Mountains)\b")
