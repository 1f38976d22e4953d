"""Lexical, world-knowledge, scope and quantity kinds of drift of probe_drift15 (issue 7:
trust; issue 8: meaning changes the embedding cannot see): a military unit, a field of study,
a creative credit ("directed by" / "produced by"), a collective action ("strike" / "protest"),
a kind of firm ("insurer" / "lender"), a kind of injury ("sprained" / "broke"), a kind of
payment ("fine" / "fee"), a stage of a tournament ("semi-finals" / "quarter-finals"); the
tempo of a change ("gradually" / "suddenly"), the whole of one thing against each of many
("all week" / "every week", "the whole school" / "every school"), together against
separately, the part a party plays in an event ("attended" / "hosted"), a measure's basis
("net" / "gross", "real" / "nominal") and the number of parties ("bilateral" /
"multilateral", "solo" / "duet"). The probe was written before the judge's rules for these
kinds were read; its first run on main f542c34 is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): the
part one had in making a work, told in its credit ("edited by" / "written by", "conducted by"
/ "composed by": ``event.outcome``, field ``credit``), the same part in other words ("written by"
/ "penned by") and the same verbs outside a credit ("produced a report" / "wrote a report")
quiet; the part one had in an event ("attended" / "hosted the ceremony", "watched" / "umpired
the match", "sponsored" / "hosted the festival": field ``role``), the same part in other words
("took part in" / "attended", "observed" / "monitored") quiet; the whole of one thing told as
each of many ("all morning" / "every morning", "the entire village" / "every village", "all
the hospitals" / "the whole hospital": ``scale.whole``), "all" / "the whole" / "the entire" and
"all schools" / "every school" quiet, and "every staff member" / "the whole staff" quiet (the
head comes later); the stage of a tournament ("quarter-final" / "semi-final", "group stage" /
"final", "heats" / "final": ``kind.field``, field ``tournament_stage``), the same stage in
other words ("semi-finals" / "last four", "first leg" / "opening leg") quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# Rules written against the probe, each with loud and quiet twins in sentences not the probe's.
CREDITS = [
    (
        "The memoir, edited by a former colleague of the senator, will be published in October "
        "by a small press in Boston.",
        "The memoir, written by a former colleague of the senator, will be published in October "
        "by a small press in Boston.",
    ),
    (
        "The opera, conducted by the festival's artistic director, was broadcast live on "
        "national radio on Saturday evening.",
        "The opera, composed by the festival's artistic director, was broadcast live on "
        "national radio on Saturday evening.",
    ),
    (
        "The documentary, produced by two sisters from Manchester, follows a family of "
        "fishermen through one winter in the Hebrides.",
        "The documentary, directed by two sisters from Manchester, follows a family of "
        "fishermen through one winter in the Hebrides.",
    ),
]
SAME_CREDITS = [
    (
        "The play, written by a teacher from Dundee, has been staged in more than twenty "
        "countries since it opened in 2015.",
        "The play, penned by a teacher from Dundee, has been staged in more than twenty "
        "countries since it opened in 2015.",
    ),
    (
        "The agency produced a report on the state of the country's bridges last year, and "
        "most of its advice was ignored.",
        "The agency wrote a report on the state of the country's bridges last year, and "
        "most of its advice was ignored.",
    ),
]
ROLES = [
    (
        "The prime minister attended the opening ceremony of the games in Tokyo on Friday "
        "evening, officials said.",
        "The prime minister hosted the opening ceremony of the games in Tokyo on Friday "
        "evening, officials said.",
    ),
    (
        "The former champion watched the match from the side of the court and left before "
        "the final set.",
        "The former champion umpired the match from the side of the court and left before "
        "the final set.",
    ),
    (
        "A local brewery sponsored the festival for the first time this year, and more than "
        "50,000 people came.",
        "A local brewery hosted the festival for the first time this year, and more than "
        "50,000 people came.",
    ),
]
SAME_ROLES = [
    (
        "More than forty heads of state attended the conference on ocean pollution in Lisbon "
        "this week.",
        "More than forty heads of state took part in the conference on ocean pollution in "
        "Lisbon this week.",
    ),
    (
        "European observers monitored the referendum in the north of the country, and found "
        "no serious fraud.",
        "European observers observed the referendum in the north of the country, and found "
        "no serious fraud.",
    ),
]
WHOLE = [
    (
        "The pumps worked all morning to clear the water from the underground station, the "
        "transport authority said.",
        "The pumps worked every morning to clear the water from the underground station, the "
        "transport authority said.",
    ),
    (
        "Floods cut off the entire village for three days, and supplies were brought in by "
        "helicopter.",
        "Floods cut off every village for three days, and supplies were brought in by helicopter.",
    ),
    (
        "Inspectors visited all the hospitals in the region last month and found serious "
        "shortages of staff.",
        "Inspectors visited the whole hospital in the region last month and found serious "
        "shortages of staff.",
    ),
]
SAME_WHOLE = [
    (
        "The band played all night, and the last guests left the hall shortly before dawn on "
        "Sunday.",
        "The band played the whole night, and the last guests left the hall shortly before "
        "dawn on Sunday.",
    ),
    (
        "All schools in the city will stay closed on Monday because of the snow, the council "
        "announced.",
        "Every school in the city will stay closed on Monday because of the snow, the council "
        "announced.",
    ),
    (
        "The whole staff of the embassy was flown home on Tuesday after the threats, the "
        "ministry said.",
        "Every staff member of the embassy was flown home on Tuesday after the threats, the "
        "ministry said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CREDITS + ROLES)
def test_another_part_in_a_work_or_an_event_fails_both_ways(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "event.outcome")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME_CREDITS + SAME_ROLES)
def test_the_same_part_in_other_words_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "event.outcome")
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), WHOLE)
def test_the_whole_of_one_thing_told_as_each_of_many_fails_both_ways(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "scale.whole")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME_WHOLE)
def test_the_whole_or_each_in_other_words_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "scale.whole")
    assert_quiet_both_ways(a, b)


STAGES = [
    (
        "The Dutch side were beaten 3-1 by Spain in the quarter-final in Hamburg, ending their "
        "hopes of a first title since 1988.",
        "The Dutch side were beaten 3-1 by Spain in the semi-final in Hamburg, ending their "
        "hopes of a first title since 1988.",
    ),
    (
        "The sprinter pulled up with a hamstring injury in the heats of the 100 metres on "
        "Friday evening and was taken off the track.",
        "The sprinter pulled up with a hamstring injury in the final of the 100 metres on "
        "Friday evening and was taken off the track.",
    ),
    (
        "Canada scored twice in the last ten minutes to win their group stage match against "
        "Mexico in front of 60,000 fans.",
        "Canada scored twice in the last ten minutes to win their quarter-final match against "
        "Mexico in front of 60,000 fans.",
    ),
]
SAME_STAGES = [
    (
        "Both teams will meet again in the semi-finals next month, the third time in four "
        "years that they have faced each other.",
        "Both teams will meet again in the last four next month, the third time in four "
        "years that they have faced each other.",
    ),
    (
        "The Portuguese club won the first leg 2-0 at home, and the second match will be "
        "played in Glasgow next Thursday.",
        "The Portuguese club won the opening leg 2-0 at home, and the second match will be "
        "played in Glasgow next Thursday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), STAGES)
def test_another_stage_of_a_tournament_fails_both_ways(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME_STAGES)
def test_the_same_stage_in_other_words_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")
    assert_quiet_both_ways(a, b)
