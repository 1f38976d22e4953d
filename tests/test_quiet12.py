"""Honest variation of probe_quiet12 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a word against a phrase that defines or explains
it ("nocturnal" / "active at night"), a share told as a fraction, a count or a percentage ("a
quarter of the 1,200" / "300 of the 1,200"), a change told as a multiple or a percentage
("halved" / "fell by 50 percent"), a majority or a minority told with "half" ("fewer than half"
/ "a minority"), a hedge of evidence told another way ("is thought to have" / "probably"), a
metonym for the body or the industry it names ("Wall Street" / "US stock markets"), an affix
for its phrase ("pre-war" / "before the war"), a rate told another way ("a year" / "annual"), a
period told another way ("the 19th century" / "the 1800s"), an aside in commas, dashes or
brackets, a second mention by name, initials or description, a superlative told from the other
side ("no other country has ... more" / "more than any other country"), and a comparison told
another way ("not as high as" / "lower than"), beside changes of the same surface shapes, which
do shift the meaning. The probe was written before the judge's rules for these kinds were read;
its first run on main ecc1f14 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
dash (en or em) sets an aside off as commas do (``removal``: the words on either side of a dash
never meet); a rate of any part of a whole ("four out of five", "two in three", "one in every
fifty") is the share it says (``numbers``), and a count of a total both sides give ("45 of the
150 seats") the percentage of it ("30 percent of the 150 seats"); a claim told as what others
believe, say or allege ("is thought to", "is said to be", "seemingly", "it is believed that")
is a hedge, and one told as what is believed matches a "probably" (``modality``); a period of
the year by its place ("the first half of the year", "the third quarter") is the stretch of
months it runs over ("between January and June"), another stretch in its place a period
changed (``number.changed``), and "the weekend" is "Saturday and Sunday" (``numbers``); a place's
whole extent by "-wide" or "across" ("a strike across the country" / "a nationwide strike",
read so where the phrase can take the word's place) and a verb with "re-" or with "again"
("re-elected" / "elected again") are read alike (``vardiff/judge/_alike.py``), and so is a
body both sides name in full, mentioned again by its initials on one side and by "the" and the
last word of its name on the other ("The IMF said" / "The Fund said"), and a share of a group
by its half or by "majority" and "minority" ("fewer than half" / "a minority"); a place named
for the body or the trade found there, as WordNet tells it ("Whitehall" / "the British civil
service", "Hollywood" / "the US film industry"; tools/build_metonyms.py), read as what it names
where the other side's words say only that."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    checks_judged,
    most_severe,
)

from vardiff import Severity

# --- Said alike: an aside in dashes or commas, a rate or a share of a counted total as its
# percentage, a hedge of evidence in other words.
SAID_ALIKE = [
    (
        "The old bridge – the last wooden one in the county – will reopen in May after repairs "
        "costing two million pounds.",
        "The old bridge, the last wooden one in the county, will reopen in May after repairs "
        "costing two million pounds.",
    ),
    (
        "Her latest novel — a thriller set in Lagos — has sold more than a million copies since "
        "it came out in March.",
        "Her latest novel (a thriller set in Lagos) has sold more than a million copies since it "
        "came out in March.",
    ),
    (
        "Four out of five nurses in the survey said they planned to leave the profession within "
        "five years.",
        "Eighty percent of the nurses in the survey said they planned to leave the profession "
        "within five years.",
    ),
    (
        "The disease affects about one in every fifty children born in the region, doctors said.",
        "The disease affects about 2 percent of children born in the region, doctors said.",
    ),
    (
        "Two in three voters backed the proposal to lower the voting age, according to the final "
        "count.",
        "Two thirds of voters backed the proposal to lower the voting age, according to the "
        "final count.",
    ),
    (
        "Opposition parties won 45 of the 150 seats in the regional assembly, their best result "
        "in twenty years.",
        "Opposition parties won 30 percent of the 150 seats in the regional assembly, their best "
        "result in twenty years.",
    ),
    (
        "The trawler is believed to have sunk in a storm off the Faroe Islands on Tuesday night "
        "with six men aboard.",
        "The trawler probably sank in a storm off the Faroe Islands on Tuesday night with six men "
        "aboard.",
    ),
    (
        "The actor is said to be considering an offer to direct the sequel, which would be "
        "filmed in Morocco next year.",
        "The actor is reportedly considering an offer to direct the sequel, which would be "
        "filmed in Morocco next year.",
    ),
    (
        "The hackers were seemingly able to read emails of senior officials for several months "
        "before the breach was found.",
        "The hackers were apparently able to read emails of senior officials for several months "
        "before the breach was found.",
    ),
    (
        "The chain opened 40 new stores in the second half of the year, most of them in small "
        "towns in the north.",
        "The chain opened 40 new stores between July and December, most of them in small towns "
        "in the north.",
    ),
    (
        "Exports of wine fell by 6 percent in the first quarter, hit by new tariffs in China, "
        "the trade ministry said.",
        "Exports of wine fell by 6 percent between January and March, hit by new tariffs in "
        "China, the trade ministry said.",
    ),
    (
        "Three climbers died in the Alps over the weekend after being caught in an avalanche "
        "near the border with Italy.",
        "Three climbers died in the Alps on Saturday and Sunday after being caught in an "
        "avalanche near the border with Italy.",
    ),
    (
        "The senator was re-elected in November with 61 percent of the vote, her best result in "
        "four elections.",
        "The senator was elected again in November with 61 percent of the vote, her best result "
        "in four elections.",
    ),
    (
        "The European Space Agency postponed the launch of its weather satellite on Friday. The "
        "agency said a fault had been found in a fuel valve.",
        "The European Space Agency postponed the launch of its weather satellite on Friday. The "
        "ESA said a fault had been found in a fuel valve.",
    ),
    (
        "The Food and Drug Administration approved the first pill for postnatal depression on "
        "Friday. The FDA said it would be available by the end of the year.",
        "The Food and Drug Administration approved the first pill for postnatal depression on "
        "Friday. The administration said it would be available by the end of the year.",
    ),
    (
        "Fewer than half of the eligible voters cast a ballot in the referendum on Sunday, which "
        "means the result is not binding.",
        "A minority of the eligible voters cast a ballot in the referendum on Sunday, which means "
        "the result is not binding.",
    ),
    (
        "Whitehall has resisted plans to move thousands of jobs out of London to cities in the "
        "north of England, the report found.",
        "The British civil service has resisted plans to move thousands of jobs out of London to "
        "cities in the north of England, the report found.",
    ),
    (
        "Hollywood is bracing for a fall in box office takings this summer after several big "
        "releases were delayed by the strikes.",
        "The US film industry is bracing for a fall in box office takings this summer after "
        "several big releases were delayed by the strikes.",
    ),
    # "reported to" before where it went is no hedge
    (
        "The stolen car was reported to police on Monday morning, and officers found it "
        "abandoned near the station.",
        "The stolen car was reported to the police on Monday morning, and officers found it "
        "abandoned near the station.",
    ),
]

CHANGED = [
    # a noun dropped before a dash still leaves its gap
    (
        "Police arrested the driver – a man of 45 – near the border on Sunday after a chase "
        "through three villages.",
        "Police arrested the – a man of 45 – near the border on Sunday after a chase through "
        "three villages.",
    ),
    (
        "Four out of five nurses in the survey said they planned to leave the profession within "
        "five years.",
        "Forty percent of the nurses in the survey said they planned to leave the profession "
        "within five years.",
    ),
    (
        "Two in three voters backed the proposal to lower the voting age, according to the final "
        "count.",
        "Three quarters of voters backed the proposal to lower the voting age, according to the "
        "final count.",
    ),
    (
        "Opposition parties won 45 of the 150 seats in the regional assembly, their best result "
        "in twenty years.",
        "Opposition parties won 40 percent of the 150 seats in the regional assembly, their best "
        "result in twenty years.",
    ),
    (
        "The trawler is believed to have sunk in a storm off the Faroe Islands on Tuesday night "
        "with six men aboard.",
        "The trawler is known to have sunk in a storm off the Faroe Islands on Tuesday night "
        "with six men aboard.",
    ),
    (
        "The actor is said to be considering an offer to direct the sequel, which would be "
        "filmed in Morocco next year.",
        "The actor is considering an offer to direct the sequel, which would be filmed in "
        "Morocco next year.",
    ),
    (
        "Exports of wine fell by 6 percent in the first quarter, hit by new tariffs in China, "
        "the trade ministry said.",
        "Exports of wine fell by 6 percent from April to June, hit by new tariffs in China, the "
        "trade ministry said.",
    ),
    (
        "The chain opened 40 new stores in the second half of the year, most of them in small "
        "towns in the north.",
        "The chain opened 40 new stores between January and June, most of them in small towns "
        "in the north.",
    ),
    (
        "The senator was re-elected in November with 61 percent of the vote, her best result in "
        "four elections.",
        "The senator was elected in November with 61 percent of the vote, her best result in "
        "four elections.",
    ),
    (
        "A nationwide ban on smoking in bars came into force on Monday, five years after it was "
        "first proposed.",
        "A ban on smoking in bars across the capital came into force on Monday, five years after "
        "it was first proposed.",
    ),
    (
        "Whitehall has resisted plans to move thousands of jobs out of London to cities in the "
        "north of England, the report found.",
        "The French civil service has resisted plans to move thousands of jobs out of London to "
        "cities in the north of England, the report found.",
    ),
    (
        "Hollywood is bracing for a fall in box office takings this summer after several big "
        "releases were delayed by the strikes.",
        "The Indian film industry is bracing for a fall in box office takings this summer after "
        "several big releases were delayed by the strikes.",
    ),
    (
        "Fewer than half of the eligible voters cast a ballot in the referendum on Sunday, which "
        "means the result is not binding.",
        "A majority of the eligible voters cast a ballot in the referendum on Sunday, which means "
        "the result is not binding.",
    ),
]


def test_the_extent_by_across_is_read_as_the_wide_word_after_its_noun() -> None:
    # Read alike one way: the phrase is read as the word where it takes the word's place; the
    # word before its noun is not read as the phrase ("a across the country ban").
    found = checks_judged(
        "A nationwide ban on smoking in bars came into force on Monday, five years after it was "
        "first proposed.",
        "A ban on smoking in bars across the country came into force on Monday, five years after "
        "it was first proposed.",
    )
    assert most_severe(found) <= Severity.LOW, found


@pytest.mark.parametrize(("a", "b"), SAID_ALIKE)
def test_the_same_said_in_another_form_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_the_same_form_with_another_meaning_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_later_mention_of_another_body_named_beside_it_stays_loud() -> None:
    # Loud where B names the other body by "the" and its name's last word; the other way round
    # ("The Bank said" / "The WHO said") is low before these rules as after them.
    found = checks_judged(
        "The World Health Organization and the World Bank published a joint report on Monday. "
        "The WHO said a billion people lacked clean water.",
        "The World Health Organization and the World Bank published a joint report on Monday. "
        "The Bank said a billion people lacked clean water.",
    )
    assert most_severe(found) >= Severity.MEDIUM, found
