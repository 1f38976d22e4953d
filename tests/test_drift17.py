"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift17 (issue 7: trust; issue 8: meaning changes the embedding cannot see): a household
appliance ("dishwashers" / "washing machines"), a garment ("balaclava" / "baseball cap"), a
food or a drink ("prawns" / "mussels"), a structure of transport or supply ("flyover" /
"underpass"), the way someone travelled ("walked" / "cycled"), the kind of occasion
("christening" / "wedding"), what befell the people counted ("killed" / "injured"); the
numeral or suffix that tells two people of one name apart ("Henry VIII" / "Henry VII", "Jr." /
"Sr."), a description that names another place ("the Turkish capital" / "Turkey's largest
city"), a margin told as an amount ("won by 312 votes" / "won 312 votes"), what a sum of money
is ("sold for" / "was valued at", "offered" / "paid"), the era of a date ("50 BC" / "AD 50"),
the last there will be against the most recent so far ("final film" / "latest film") and a sum
told by its count of figures or digits ("a five-figure fine" / "a four-figure fine"). The probe
was written before the judge's rules for these kinds were read; its first run on main ae6ac7b
is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
year's era by its other name ("300 BC" / "300 BCE", "AD 1066" / "1066 CE", "before the Common
Era") read alike, another era still another year (``vardiff/judge/_alike.py``); a name's
bearer by a regnal numeral or its ordinal in words ("Charles II" / "Charles the Second") or by
"Jr." / "Junior" read alike, another numeral another rank ("Richard III" / "Richard II":
``number.rank``); what a sum of money is ("fetched" / "was valued at", "raised" / "spent",
"offered" / "paid", "is seeking" / "was awarded", "set aside" / "spent": ``kind.field``,
field ``sum_role``), "fetched" / "sold for", "bid" / "offered", "earmarked" / "set aside"
quiet; the last there will be against the most recent so far ("final" / "latest": field
``recency``), "latest" / "most recent" quiet; the way someone travelled ("sailed" / "flew",
"on foot" / "by car": field ``travel_way``), "flew" / "by air", "walked" / "on foot" quiet; the
occasion people gathered for ("baptism" / "wedding", "coronation" / "inauguration": field
``occasion``), "christening" / "baptism", "inauguration" / "swearing-in" quiet; a margin told as
an amount after a verb of winning, losing or leading ("winning by 1,450 votes" / "winning 1,450
votes", "trailed by nine points" / "trailed on nine points": ``number.level``), "trailed by nine
points" / "were nine points behind" quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# Rules written against the probe, each with loud and quiet twins in sentences not the probe's.
CHANGES = [
    # another era (entity.different, kept)
    (
        "The bronze helmet found in the river is thought to date from the 3rd century BC, "
        "according to the museum's curator.",
        "The bronze helmet found in the river is thought to date from the 3rd century AD, "
        "according to the museum's curator.",
    ),
    # another regnal numeral (number.rank)
    (
        "The remains of Richard III were found under a car park in Leicester in 2012 and "
        "reburied in the city's cathedral.",
        "The remains of Richard II were found under a car park in Leicester in 2012 and "
        "reburied in the city's cathedral.",
    ),
    (
        "A letter signed by Charles II was sold at an auction in Edinburgh on Thursday for "
        "more than 20,000 pounds.",
        "A letter signed by Charles I was sold at an auction in Edinburgh on Thursday for "
        "more than 20,000 pounds.",
    ),
    # what a sum of money is (kind.field, field "sum_role")
    (
        "The antique violin fetched 2.5 million dollars at the sale in London, the auction "
        "house said on Friday.",
        "The antique violin was valued at 2.5 million dollars at the sale in London, the "
        "auction house said on Friday.",
    ),
    (
        "Volunteers raised 40,000 euros for the flood victims in just two weeks, the mayor "
        "told the local radio station.",
        "Volunteers spent 40,000 euros for the flood victims in just two weeks, the mayor "
        "told the local radio station.",
    ),
    (
        "The investor offered 12 million pounds for the struggling football club, according "
        "to people familiar with the talks.",
        "The investor paid 12 million pounds for the struggling football club, according to "
        "people familiar with the talks.",
    ),
    (
        "The former employee is seeking 300,000 dollars in compensation for unfair dismissal, "
        "her lawyer told the tribunal.",
        "The former employee was awarded 300,000 dollars in compensation for unfair dismissal, "
        "her lawyer told the tribunal.",
    ),
    # the last there will be / the most recent so far (kind.field, field "recency")
    (
        "The singer's final album, recorded in a small studio in Nashville, will be released "
        "in October, her label said.",
        "The singer's latest album, recorded in a small studio in Nashville, will be released "
        "in October, her label said.",
    ),
    # the occasion people gathered for (kind.field, field "occasion")
    (
        "Two guests were taken to hospital after the marquee collapsed during a baptism in a "
        "village near Seville on Sunday.",
        "Two guests were taken to hospital after the marquee collapsed during a wedding in a "
        "village near Seville on Sunday.",
    ),
    (
        "Security in the capital was tightened ahead of the coronation, which heads of state "
        "from 80 countries will attend.",
        "Security in the capital was tightened ahead of the inauguration, which heads of state "
        "from 80 countries will attend.",
    ),
    # a margin told as an amount (number.level)
    (
        "The mayor was re-elected on Sunday, winning by 1,450 votes in a contest that was "
        "decided by a second count.",
        "The mayor was re-elected on Sunday, winning 1,450 votes in a contest that was decided "
        "by a second count.",
    ),
    (
        "The visitors trailed the home side by nine points at half-time but came back to win "
        "the match in the last minute.",
        "The visitors trailed the home side on nine points at half-time but came back to win "
        "the match in the last minute.",
    ),
    # the way someone travelled (kind.field, field "travel_way")
    (
        "The foreign minister sailed to the island for the talks because the airport had been "
        "closed by the storm.",
        "The foreign minister flew to the island for the talks because the airport had been "
        "closed by the storm.",
    ),
    (
        "Thousands of pilgrims reached the shrine on foot over the weekend, the regional "
        "authorities said.",
        "Thousands of pilgrims reached the shrine by car over the weekend, the regional "
        "authorities said.",
    ),
]

QUIET = [
    (
        "The bronze helmet found in the river is thought to date from the 3rd century BC, "
        "according to the museum's curator.",
        "The bronze helmet found in the river is thought to date from the 3rd century BCE, "
        "according to the museum's curator.",
    ),
    (
        "The abbey was founded in AD 1066, the year of the Norman conquest, and was rebuilt "
        "twice in the following centuries.",
        "The abbey was founded in 1066 CE, the year of the Norman conquest, and was rebuilt "
        "twice in the following centuries.",
    ),
    (
        "The city was founded in the 7th century BC by Greek settlers, and its harbour was "
        "used for more than a thousand years.",
        "The city was founded in the 7th century before the Common Era by Greek settlers, and "
        "its harbour was used for more than a thousand years.",
    ),
    (
        "A letter signed by Charles II was sold at an auction in Edinburgh on Thursday for "
        "more than 20,000 pounds.",
        "A letter signed by Charles the Second was sold at an auction in Edinburgh on Thursday "
        "for more than 20,000 pounds.",
    ),
    (
        "Hank Williams Jr. will headline the festival in Texas next summer, the organisers "
        "announced on Monday.",
        "Hank Williams Junior will headline the festival in Texas next summer, the organisers "
        "announced on Monday.",
    ),
    (
        "The antique violin fetched 2.5 million dollars at the sale in London, the auction "
        "house said on Friday.",
        "The antique violin sold for 2.5 million dollars at the sale in London, the auction "
        "house said on Friday.",
    ),
    (
        "The investor offered 12 million pounds for the struggling football club, according "
        "to people familiar with the talks.",
        "The investor bid 12 million pounds for the struggling football club, according to "
        "people familiar with the talks.",
    ),
    (
        "The singer's latest album, recorded in a small studio in Nashville, will be released "
        "in October, her label said.",
        "The singer's most recent album, recorded in a small studio in Nashville, will be "
        "released in October, her label said.",
    ),
    (
        "Two guests were taken to hospital after the marquee collapsed during a christening in "
        "a village near Seville on Sunday.",
        "Two guests were taken to hospital after the marquee collapsed during a baptism in a "
        "village near Seville on Sunday.",
    ),
    (
        "Security in the capital was tightened ahead of the inauguration, which heads of state "
        "from 80 countries will attend.",
        "Security in the capital was tightened ahead of the swearing-in, which heads of state "
        "from 80 countries will attend.",
    ),
    (
        "The visitors trailed the home side by nine points at half-time but came back to win "
        "the match in the last minute.",
        "The visitors were nine points behind the home side at half-time but came back to win "
        "the match in the last minute.",
    ),
    (
        "The foreign minister flew to the island for the talks because the roads had been "
        "closed by the storm.",
        "The foreign minister travelled by air to the island for the talks because the roads "
        "had been closed by the storm.",
    ),
    (
        "Thousands of pilgrims walked to the shrine over the weekend, the regional "
        "authorities said.",
        "Thousands of pilgrims went on foot to the shrine over the weekend, the regional "
        "authorities said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_the_rules_written_against_the_probe_fail_their_changes(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_the_rules_written_against_the_probe_stay_quiet_on_their_twins(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        (CHANGES[1][0], CHANGES[1][1], "number.rank"),
        (CHANGES[3][0], CHANGES[3][1], "kind.field"),
        (CHANGES[4][0], CHANGES[4][1], "kind.field"),
        (CHANGES[6][0], CHANGES[6][1], "kind.field"),
        (CHANGES[7][0], CHANGES[7][1], "kind.field"),
        (CHANGES[8][0], CHANGES[8][1], "kind.field"),
        (CHANGES[9][0], CHANGES[9][1], "kind.field"),
        (CHANGES[10][0], CHANGES[10][1], "number.level"),
        (CHANGES[11][0], CHANGES[11][1], "number.level"),
        (CHANGES[12][0], CHANGES[12][1], "kind.field"),
        (CHANGES[13][0], CHANGES[13][1], "kind.field"),
    ],
)
def test_each_rule_is_the_one_that_fires(a: str, b: str, check: str) -> None:
    assert_judged_both_ways(a, b, check)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        # "the Second World War": an ordinal before a capitalised noun is part of a name
        (
            "The bunker was built during the Second World War and is now open to visitors "
            "on Sundays.",
            "The bunker was built during the Second World War and is now open to visitors "
            "on Saturdays.",
            "number.rank",
        ),
        # a Roman numeral after no name is no bearer's number
        (
            "The drug is now in phase III trials in four countries, the company said on Monday.",
            "The drug is now in phase II trials in four countries, the company said on Monday.",
            "number.rank",
        ),
        # "last" says either the final one or the latest, and stays out
        (
            "The director's last film was shown at the festival in Cannes, where it won the "
            "jury prize.",
            "The director's latest film was shown at the festival in Cannes, where it won the "
            "jury prize.",
            "kind.field",
        ),
    ],
)
def test_what_the_rules_leave_alone(a: str, b: str, check: str) -> None:
    assert_not_judged_both_ways(a, b, check)
