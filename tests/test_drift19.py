"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift19 (issue 7: trust; issue 8: meaning changes the embedding cannot see): an award or
an honour ("the Oscar" / "the Golden Globe"), a genre ("jazz" / "blues albums"), the kind of a
competition ("a friendly" / "a World Cup qualifier"), the means of a score ("a header" / "a
volley"), the relation of one company to another ("parent company" / "subsidiary"), the kind of
an agreement ("defence pact" / "trade pact"), a device ("laptop" / "tablet"); the scope of a
record ("world" / "European record"), the level of a team ("under-21" / "senior team"), the
size of a stake ("minority" / "majority stake"), a vague span of time ("for decades" / "for
months"), the period a change is measured against ("year on year" / "month on month"), a team
named by its standing ("the defending champions" / "the favourites") and the hours or seasons
a service covers ("around the clock" / "during the day"). The probe was written before the
judge's rules for these kinds were read; its first run on main 4a503b1 is the out-of-sample
figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's):
fields of ``kind.field`` for how much of a firm an owner holds ("majority" / "minority stake",
"sole" / "joint owner"; "controlling stake" / "controlling interest", "minority stake" /
"minority shareholding" one), a side named by its standing ("holders" / "favourites",
"underdogs" / "hosts", "league leaders" / "bottom club"; "defending champions" / "title
holders", "underdogs" / "outsiders", "runners-up" / "beaten finalists" one), a genre ("jazz" /
"blues", "crime" / "romance novels", "horror film" / "comedy"; "hip-hop" / "rap", "science
fiction" / "sci-fi", "detective" / "crime novels" one) and the hours, days or seasons a
service covers ("around the clock" / "during the day", "year-round" / "in winter", "seven days
a week" / "at weekends"); and the idioms of one whole stretch of time read alike before any
check ("around the clock" / "24 hours a day", "year-round" / "all year", "seven days a week" /
"every day of the week", "throughout the summer" / "all summer long", "overnight" / "through
the night": ``_WHOLE_TIME`` in ``vardiff/judge/_alike.py``). Then fields for the period a change
is measured against ("month on month" / "year on year"; "quarter on quarter" / "compared with
the previous quarter" read alike, ``_COMPARED``), how it was scored or won ("header" /
"volley", "by knockout" / "on points"), one firm by its relation to another ("parent company"
/ "subsidiary", "rival" / "partner"; "subsidiary" / "unit", "rival" / "competitor" one), the
best of which field ("personal best" / "national record") and a team by its level and kind
("reserve" / "youth team", "for his country" / "for his club")."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The airline sold a majority stake in its catering business to a private equity "
            "firm in March.",
            "The airline sold a minority stake in its catering business to a private equity "
            "firm in March.",
        ),
        (
            "The carmaker is now the sole owner of the battery plant in Hungary, the company said.",
            "The carmaker is now the joint owner of the battery plant in Hungary, the company "
            "said.",
        ),
        (
            "The brewery has been a wholly owned subsidiary of the Dutch group since 2015.",
            "The brewery has been a majority-owned subsidiary of the Dutch group since 2015.",
        ),
        # a side named by its standing
        (
            "The holders were beaten 2-0 by a side from the third tier in the first round.",
            "The favourites were beaten 2-0 by a side from the third tier in the first round.",
        ),
        (
            "The underdogs reached the final for the first time after beating Brazil on penalties.",
            "The hosts reached the final for the first time after beating Brazil on penalties.",
        ),
        (
            "The league leaders drew 1-1 at home with a side from the north on Sunday.",
            "The bottom club drew 1-1 at home with a side from the north on Sunday.",
        ),
        # a genre
        (
            "The festival will close with a concert by a famous jazz pianist from Havana.",
            "The festival will close with a concert by a famous blues pianist from Havana.",
        ),
        (
            "She made her name writing crime novels set in the Scottish Highlands.",
            "She made her name writing romance novels set in the Scottish Highlands.",
        ),
        (
            "The studio's new horror film topped the box office at the weekend.",
            "The studio's new comedy topped the box office at the weekend.",
        ),
        # the hours, days or seasons a service covers
        (
            "The helpline is staffed around the clock by trained volunteers, the charity said.",
            "The helpline is staffed during the day by trained volunteers, the charity said.",
        ),
        (
            "The chair lift now runs year-round for walkers and mountain bikers.",
            "The chair lift now runs in winter for walkers and mountain bikers.",
        ),
        (
            "The Christmas market is open seven days a week until the end of December.",
            "The Christmas market is open at weekends until the end of December.",
        ),
    ],
)
def test_another_word_of_a_field_is_another_thing(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The port operator is run by a fund that holds a controlling stake in it.",
            "The port operator is run by a fund that holds a controlling interest in it.",
        ),
        (
            "The bank bought a minority stake in the payments start-up last year.",
            "The bank bought a minority shareholding in the payments start-up last year.",
        ),
        (
            "The defending champions open their campaign against Chile on Saturday.",
            "The title holders open their campaign against Chile on Saturday.",
        ),
        (
            "The underdogs led for most of the match before a late equaliser.",
            "The outsiders led for most of the match before a late equaliser.",
        ),
        (
            "The runners-up were given a warm welcome when they returned home on Monday.",
            "The beaten finalists were given a warm welcome when they returned home on Monday.",
        ),
        (
            "He is one of the best-selling hip-hop artists of the decade, the label said.",
            "He is one of the best-selling rap artists of the decade, the label said.",
        ),
        (
            "Her first science fiction novel sold more than a million copies in a year.",
            "Her first sci-fi novel sold more than a million copies in a year.",
        ),
        (
            "The retired judge has written six detective novels since leaving the bench.",
            "The retired judge has written six crime novels since leaving the bench.",
        ),
    ],
)
def test_two_words_of_one_set_of_a_field_are_one_thing(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The helpline is staffed around the clock by trained volunteers, the charity said.",
            "The helpline is staffed 24 hours a day by trained volunteers, the charity said.",
        ),
        (
            "The border crossing will stay open year-round once the new road is finished.",
            "The border crossing will stay open all year once the new road is finished.",
        ),
        (
            "The factory ran seven days a week to meet the demand for masks in the spring.",
            "The factory ran every day of the week to meet the demand for masks in the spring.",
        ),
        (
            "The museum's garden stays open throughout the summer, its director said.",
            "The museum's garden stays open all summer long, its director said.",
        ),
        (
            "The shelter stays open overnight when the temperature falls below zero.",
            "The shelter stays open through the night when the temperature falls below zero.",
        ),
    ],
)
def test_a_whole_stretch_of_time_told_by_another_idiom_is_one(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_part_of_a_stretch_is_not_read_as_the_whole() -> None:
    # "every year" is no idiom of one whole year: the kinds check's, not read alike
    a = "The shelter stays open all winter for rough sleepers."
    b = "The shelter stays open every winter for rough sleepers."
    assert_not_judged_both_ways(a, b, "kind.synonym")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the period a change is measured against
        (
            "Industrial output rose 1.5 percent month on month in August, the agency said.",
            "Industrial output rose 1.5 percent year on year in August, the agency said.",
        ),
        (
            "Exports fell 4 percent from the previous quarter, the central bank reported.",
            "Exports fell 4 percent from a year earlier, the central bank reported.",
        ),
        # how it was scored or won
        (
            "The defender scored the winner with a header in the last minute of the derby.",
            "The defender scored the winner with a volley in the last minute of the derby.",
        ),
        (
            "The champion won by knockout in the fourth round of the fight in Riyadh.",
            "The champion won on points in the fourth round of the fight in Riyadh.",
        ),
        # a firm by its relation to this one
        (
            "The phone maker said its parent company would pay the fine imposed by regulators.",
            "The phone maker said its subsidiary would pay the fine imposed by regulators.",
        ),
        (
            "The supermarket chain has agreed to share its warehouses with a rival in Scotland.",
            "The supermarket chain has agreed to share its warehouses with a partner in Scotland.",
        ),
        # the best of which field, a team of which level and kind
        (
            "The young hurdler ran a personal best in the heats on Saturday morning.",
            "The young hurdler ran a national record in the heats on Saturday morning.",
        ),
        (
            "The goalkeeper was dropped to the reserve team after the defeat in Lisbon.",
            "The goalkeeper was dropped to the youth team after the defeat in Lisbon.",
        ),
        (
            "The winger has played 30 times for his country since his debut in 2019.",
            "The winger has played 30 times for his club since his debut in 2019.",
        ),
    ],
)
def test_another_word_of_a_field_of_sport_or_business_is_another_thing(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Industrial output rose 1.5 percent month on month in August, the agency said.",
            "Industrial output rose 1.5 percent from the previous month in August, the agency "
            "said.",
        ),
        (
            "Exports fell 4 percent quarter on quarter, the central bank reported on Monday.",
            "Exports fell 4 percent compared with the previous quarter, the central bank "
            "reported on Monday.",
        ),
        (
            "Rents rose 6 percent in the twelve months to March, the statistics office said.",
            "Rents rose 6 percent in the year to March, the statistics office said.",
        ),
    ],
)
def test_the_period_a_change_is_measured_against_said_another_way_is_one(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The defender scored the winner with a header in the last minute of the derby.",
            "The defender scored the winner with a headed goal in the last minute of the derby.",
        ),
        (
            "The phone maker said its Italian subsidiary would close two factories next year.",
            "The phone maker said its Italian unit would close two factories next year.",
        ),
        (
            "The supermarket chain has agreed to share its warehouses with a rival in Scotland.",
            "The supermarket chain has agreed to share its warehouses with a competitor in "
            "Scotland.",
        ),
    ],
)
def test_two_words_of_one_set_of_a_field_of_sport_or_business_are_one_thing(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The chemist, who won the Nobel Prize in 2019, will give the opening lecture.",
            "The chemist, who won the Nobel in 2019, will give the opening lecture.",
        ),
        (
            "The band won a Brit award for best group at the ceremony in London last year.",
            "The band won a Brit for best group at the ceremony in London last year.",
        ),
        (
            "The rower took the bronze medal in the single sculls on the final day.",
            "The rower took bronze in the single sculls on the final day.",
        ),
    ],
)
def test_a_prize_named_with_its_generic_word_or_without_is_one(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_another_medal_said_without_its_generic_word_is_another_medal() -> None:
    a = "The rower took the bronze medal in the single sculls on the final day."
    b = "The rower took silver in the single sculls on the final day."
    assert_fails_both_ways(a, b)
