"""Honest variation of probe_quiet15 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a euphemism for its plain word ("passed away" /
"died"), a degree adverb for its near-synonym ("sharply" / "steeply"), a deadline or a limit
said the other way ("within 30 days of" / "no more than 30 days after"), an age said another way
("a 40-year-old" / "aged 40", "in her seventies" / "a septuagenarian"), a quotation turned into
reported speech with its pronouns, tense and deictic words shifted, a region for its members
("the Baltic states" / "Estonia, Latvia and Lithuania"), a score said another way ("3-1" / "by
three goals to one", "a goalless draw" / "0-0"), a temperature said another way ("minus 15C" /
"15 degrees below zero"), a kinship term for its composed relation ("father-in-law" / "wife's
father"), a measure compound for its phrase ("a 400-page report" / "a report running to 400
pages"), the two objects of a verb of giving in the other frame ("gave the university a grant"
/ "gave a grant to the university"), a floated quantifier ("All the ministers" / "The ministers
all"), a range said another way ("between 18 and 24" / "18 to 24"), and a span of time in other
units ("48 hours" / "two days"), beside changes of the same surface shapes, which do shift the
meaning. The probe was written before the judge's rules for these kinds were read; its first run
on main f542c34 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
region or a group of countries named on one side by its countries on the other, as WordNet
puts them in it (``entity.region``; ``regions`` of ``capitals.json``, tools/build_capitals.py),
a country outside it or too few of its countries another place; read alike before any check
(``vardiff/judge/_degrees.py``): a temperature below zero by its sign, "minus" or "below zero",
freezing as zero degrees, an amount by its place in a decade against a figure said as near it
("the high 30s" / "around 38C", "in her early fifties" / "just over 50"), a range by "between
... and" or by "to" ("aged between 40 and 65" / "aged 40 to 65"), a decade of life by
its Latin name ("an octogenarian" / "in his eighties"; another decade read in the other form,
so that it is seen to differ), an age before its noun or after it ("a 23-year-old student" /
"a student aged 23"); a relative by one word or by the relations its definition composes it of
("niece" / "brother's daughter", "siblings" / "brothers and sisters"; ``vardiff/judge/_kin.py``,
a possessive read by its definition's head: "daughter's brother" is no niece); a quotation
reported as speech (``quote.reported``) read through its verbs' lemmas ("did not take" / "had
not taken", "cannot" / "could not"), the day it was said from moved ("tomorrow" / "the next
day"), its "I" or "we" told by a pronoun or by words naming the speaker's side, after "wrote"
too, and its "I" no other person for the referents check; "both" as a count of two ("the two
pilots both" / "both pilots", ``numbers``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    checks_judged,
)

from vardiff import Severity

# --- Rules written against the probe, each with loud and quiet twins (sentences not the
# probe's).

# A region or a group of countries named by its countries (WordNet's member and part meronyms
# and instances, tools/build_capitals.py): one place named two ways; a country outside it, or
# too few of its countries, another place.
REGION_LISTED = [
    (
        "Unemployment among young people in the Maghreb has risen sharply since 2019, the "
        "International Labour Organization said on Tuesday.",
        "Unemployment among young people in Morocco, Algeria and Tunisia has risen sharply "
        "since 2019, the International Labour Organization said on Tuesday.",
    ),
    (
        "Ferry operators in Scandinavia have cancelled dozens of crossings this week as winter "
        "storms battered the coast.",
        "Ferry operators in Denmark, Norway and Sweden have cancelled dozens of crossings this "
        "week as winter storms battered the coast.",
    ),
    (
        "Trade between the countries of Transcaucasia has doubled since the new railway opened, "
        "according to the regional development bank.",
        "Trade between Armenia, Azerbaijan and Georgia has doubled since the new railway "
        "opened, according to the regional development bank.",
    ),
]
REGION_CHANGED = [
    (
        "Unemployment among young people in the Maghreb has risen sharply since 2019, the "
        "International Labour Organization said on Tuesday.",
        "Unemployment among young people in Morocco, Algeria and Egypt has risen sharply since "
        "2019, the International Labour Organization said on Tuesday.",
    ),
    (
        "Ferry operators in Scandinavia have cancelled dozens of crossings this week as winter "
        "storms battered the coast.",
        "Ferry operators in Denmark, Norway and Finland have cancelled dozens of crossings this "
        "week as winter storms battered the coast.",
    ),
    (
        "Oil ministers of the Gulf states met in Riyadh on Sunday to discuss output cuts for the "
        "coming year.",
        "Oil ministers of Kuwait and Qatar met in Riyadh on Sunday to discuss output cuts for "
        "the coming year.",
    ),
]


@pytest.mark.parametrize(("a", "b"), REGION_LISTED)
def test_a_region_named_by_its_countries_is_one_place(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), REGION_CHANGED)
def test_a_region_named_with_a_country_outside_it_or_too_few_is_another_place(
    a: str, b: str
) -> None:
    assert_fails_both_ways(a, b)


# A temperature below zero by its sign, "minus" or "below zero"; freezing as zero degrees; an
# amount by its place in a decade against a figure said as near it; a decade of life by its
# Latin name; an age before its noun or after it (``vardiff/judge/_degrees.py``).
DEGREES_ALIKE = [
    (
        "Overnight lows of minus 8C are forecast for the Highlands, with ice likely on untreated "
        "roads on Thursday morning.",
        "Overnight lows of eight degrees below zero are forecast for the Highlands, with ice "
        "likely on untreated roads on Thursday morning.",
    ),
    (
        "The samples are kept at -80C in a freezer at the institute, which lost power for "
        "several hours during the storm.",
        "The samples are kept at minus 80 degrees Celsius in a freezer at the institute, which "
        "lost power for several hours during the storm.",
    ),
    (
        "The river froze for the first time in a decade after the temperature stayed below "
        "zero for nine consecutive days.",
        "The river froze for the first time in a decade after the temperature stayed below "
        "freezing for nine consecutive days.",
    ),
    (
        "Temperatures in Athens are expected to reach the high 30s on Wednesday, and the "
        "Acropolis will close at noon.",
        "Temperatures in Athens are expected to reach around 38C on Wednesday, and the "
        "Acropolis will close at noon.",
    ),
    (
        "The driver, who is in her early fifties, was taken to hospital with minor injuries "
        "after the lorry overturned.",
        "The driver, who is just over 50, was taken to hospital with minor injuries after the "
        "lorry overturned.",
    ),
    (
        "The composer, an octogenarian who still conducts twice a year, will lead the orchestra "
        "at the festival's opening night.",
        "The composer, in his eighties and still conducting twice a year, will lead the "
        "orchestra at the festival's opening night.",
    ),
    (
        "A 23-year-old student was arrested on Friday after police found explosives in a flat "
        "in the east of the city.",
        "A student aged 23 was arrested on Friday after police found explosives in a flat in the "
        "east of the city.",
    ),
]
DEGREES_ALIKE += [
    (
        "The study followed 900 patients aged between 40 and 65 who had been treated for high "
        "blood pressure.",
        "The study followed 900 patients aged 40 to 65 who had been treated for high blood "
        "pressure.",
    ),
]
DEGREES_CHANGED = [
    (
        "Overnight lows of minus 8C are forecast for the Highlands, with ice likely on untreated "
        "roads on Thursday morning.",
        "Overnight lows of 8C are forecast for the Highlands, with ice likely on untreated roads "
        "on Thursday morning.",
    ),
    (
        "The samples are kept at -80C in a freezer at the institute, which lost power for "
        "several hours during the storm.",
        "The samples are kept at minus 18 degrees Celsius in a freezer at the institute, which "
        "lost power for several hours during the storm.",
    ),
    (
        "The river froze for the first time in a decade after the temperature stayed below "
        "zero for nine consecutive days.",
        "The river froze for the first time in a decade after the temperature stayed above "
        "freezing for nine consecutive days.",
    ),
    (
        "Temperatures in Athens are expected to reach the high 30s on Wednesday, and the "
        "Acropolis will close at noon.",
        "Temperatures in Athens are expected to reach around 33C on Wednesday, and the "
        "Acropolis will close at noon.",
    ),
    (
        "The composer, an octogenarian who still conducts twice a year, will lead the orchestra "
        "at the festival's opening night.",
        "The composer, who is in his seventies and still conducts twice a year, will lead the "
        "orchestra at the festival's opening night.",
    ),
    (
        "A 23-year-old student was arrested on Friday after police found explosives in a flat "
        "in the east of the city.",
        "A student aged 32 was arrested on Friday after police found explosives in a flat in the "
        "east of the city.",
    ),
]


DEGREES_CHANGED += [
    (
        "The study followed 900 patients aged between 40 and 65 who had been treated for high "
        "blood pressure.",
        "The study followed 900 patients aged 40 or 65 who had been treated for high blood "
        "pressure.",
    ),
    (
        "The study followed 900 patients aged between 40 and 65 who had been treated for high "
        "blood pressure.",
        "The study followed 900 patients aged 45 to 65 who had been treated for high blood "
        "pressure.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DEGREES_ALIKE)
def test_a_temperature_a_place_in_a_decade_or_an_age_said_another_way_is_quiet(
    a: str, b: str
) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), DEGREES_CHANGED)
def test_another_temperature_place_in_a_decade_or_age_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# A relative named by one word or by the relations its definition composes it of (``_kin``).
KIN_ALIKE = [
    (
        "The farmer left the land to his niece, who had helped him run it since her parents "
        "moved abroad in 2004.",
        "The farmer left the land to his brother's daughter, who had helped him run it since "
        "her parents moved abroad in 2004.",
    ),
    (
        "Her brothers and sisters were in the courtroom when the jury returned its verdict after "
        "two days of deliberation.",
        "Her siblings were in the courtroom when the jury returned its verdict after two days of "
        "deliberation.",
    ),
]
KIN_CHANGED = [
    (
        "The farmer left the land to his niece, who had helped him run it since her parents "
        "moved abroad in 2004.",
        "The farmer left the land to his daughter's brother, who had helped him run it since "
        "her parents moved abroad in 2004.",
    ),
    (
        "The farmer left the land to his niece, who had helped him run it since her parents "
        "moved abroad in 2004.",
        "The farmer left the land to his brother's wife, who had helped him run it since her "
        "parents moved abroad in 2004.",
    ),
]


@pytest.mark.parametrize(("a", "b"), KIN_ALIKE)
def test_a_relative_by_one_word_or_by_its_relations_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), KIN_CHANGED)
def test_a_relative_composed_otherwise_is_another_relative(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# A quotation reported as speech: its verbs moved back and read by their lemmas ("did not
# know" / "had not known", "cannot" / "could not"), the day it was said from moved ("tomorrow"
# / "the next day"), its "I" and "we" told in the third person or by the speaker's own side
# ("his government", "the country's"), after "wrote" too and with more words before "that".
REPORTED_ALIKE = [
    (
        '"I never saw the letter before it was published," the minister told the committee '
        "on Wednesday.",
        "The minister told the committee on Wednesday that she had never seen the letter before "
        "it was published.",
    ),
    (
        '"Our schools cannot take any more pupils this year," the education minister said in '
        "a radio interview.",
        "The education minister said in a radio interview that the country's schools could not "
        "take any more pupils this year.",
    ),
    (
        '"We will sign the agreement tomorrow," a spokesman for the mining company said on '
        "Thursday.",
        "A spokesman for the mining company said on Thursday that the company would sign the "
        "agreement the next day.",
    ),
    (
        '"I did not take the money," the former treasurer wrote in a statement released by '
        "his lawyers after the hearing.",
        "The former treasurer wrote in a statement released by his lawyers after the hearing "
        "that he had not taken the money.",
    ),
]
REPORTED_CHANGED = [
    (
        '"I never saw the letter before it was published," the minister told the committee '
        "on Wednesday.",
        "The minister told the committee on Wednesday that the department had never seen the "
        "letter before it was published.",
    ),
    (
        '"Our schools cannot take any more pupils this year," the education minister said in '
        "a radio interview.",
        "The education minister said in a radio interview that the country's schools could take "
        "more pupils this year.",
    ),
    (
        '"We will sign the agreement tomorrow," a spokesman for the mining company said on '
        "Thursday.",
        "A spokesman for the mining company said on Thursday that the company had signed the "
        "agreement that day.",
    ),
]


@pytest.mark.parametrize(("a", "b"), REPORTED_ALIKE)
def test_a_quote_reported_as_speech_is_no_quote_missing(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        found = checks_judged(left, right)
        assert not [c for c, s in found if c.startswith(("quote.", "person.")) and s > Severity.LOW]


@pytest.mark.parametrize(("a", "b"), REPORTED_CHANGED)
def test_a_quote_reported_with_another_claim_or_person_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# "both" says two: a count of two things against "both" and no count (``numbers``).
BOTH_ALIKE = [
    (
        "The two pilots both said they had seen a bright light over the runway shortly before "
        "the landing was aborted.",
        "Both pilots said they had seen a bright light over the runway shortly before the "
        "landing was aborted.",
    ),
    (
        "Both hospitals have suspended routine operations until the end of the month because "
        "of a shortage of nurses.",
        "The two hospitals have both suspended routine operations until the end of the month "
        "because of a shortage of nurses.",
    ),
]
BOTH_CHANGED = [
    (
        "Both hospitals have suspended routine operations until the end of the month because "
        "of a shortage of nurses.",
        "The three hospitals have all suspended routine operations until the end of the month "
        "because of a shortage of nurses.",
    ),
]


@pytest.mark.parametrize(("a", "b"), BOTH_ALIKE)
def test_both_says_a_count_of_two(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), BOTH_CHANGED)
def test_both_against_another_count_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
