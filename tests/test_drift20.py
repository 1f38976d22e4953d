"""Scope, quantity and reference kinds of drift of probe_drift20 (issue 7: trust; issue 8:
meaning changes the embedding cannot see): a percentage or a fraction told as the difference
from its base on one side and as the part of it on the other ("40 percent more than" / "40
percent of"), and the preposition before the same party replaced by one that gives it another
role ("talks with the rebels" / "talks about the rebels", "a film by" / "a film about the
director", "a friendly against" / "a friendly in Japan"). The probe was written before the
judge's rules for these kinds were read; its first run on main 338269e is the out-of-sample
figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's):
``number.base`` (``vardiff/judge/measures.py``): the same percentage or fraction followed by a
comparison ("more", "less", "higher", "below") on one side and by "of" or "as much as" on the
other; "more than" / "above" and "a fifth" / "20 percent" keep the base's reading. ``role.party``
(``vardiff/judge/roles.py``): "with", "against", "by", "from", "about", "on", "in", "at" for
one another before the same party, where the two share no reading ("with" / "against" an
opponent, "by" / "from" a maker, "about" / "on" a topic, "in" / "at" / "with" a place stay
quiet). ``number.from_end`` (``vardiff/judge/measures.py``): the same span counted from the start on
one side ("a year into his contract", "after five laps") and left before the end or counted
back from an event on the other ("with a year left", "with five laps to go", "six months
before the election"); "left" / "remaining" / "to go" and "into" / "after" stay quiet, and so
does a span "before" one event against one "after" another (a converse). Fields of
``kind.field`` (``vardiff/judge/_fields.py``) for how near a species is to
dying out, by the categories of the IUCN Red List ("vulnerable" / "endangered", "extinct" /
"critically endangered"; "extinct" / "died out" one), a species native or brought in ("native"
/ "invasive"; "native" / "indigenous" one) and an animal kept or free ("in captivity" / "in the
wild")."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# -- number.base: a difference from the base against a part of it ------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The stadium's new roof cost 70 percent more than the council had budgeted, "
            "auditors found.",
            "The stadium's new roof cost 70 percent of what the council had budgeted, "
            "auditors found.",
        ),
        (
            "On a winter day the city's electric buses cover a quarter fewer kilometres than "
            "its diesel ones, the operator said.",
            "On a winter day the city's electric buses cover a quarter as many kilometres as "
            "its diesel ones, the operator said.",
        ),
        (
            "Wheat exports this season were two thirds higher than last season, the "
            "agriculture ministry said on Monday.",
            "Wheat exports this season were two thirds of last season's, the agriculture "
            "ministry said on Monday.",
        ),
        (
            "The nurses were offered a pay rise 15 per cent below the rate of inflation, the "
            "union said.",
            "The nurses were offered a pay rise 15 per cent of the rate of inflation, the "
            "union said.",
        ),
    ],
)
def test_a_difference_from_the_base_against_a_part_of_it(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "number.base")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The stadium's new roof cost 70 percent more than the council had budgeted, "
            "auditors found.",
            "The stadium's new roof cost 70 percent above what the council had budgeted, "
            "auditors found.",
        ),
        (
            "Wheat exports this season were a fifth lower than last season, the agriculture "
            "ministry said on Monday.",
            "Wheat exports this season were 20 percent lower than last season, the agriculture "
            "ministry said on Monday.",
        ),
        (
            "Two thirds of the nurses voted to accept the offer, and a third of them said pay "
            "was their main concern.",
            "Two-thirds of the nurses voted to accept the offer, and one third of them said "
            "pay was their main concern.",
        ),
        (
            "Half of the town's households now pay 40 percent more for heating than they did "
            "two years ago.",
            "Half the town's households now pay 40% more for heating than they did two years ago.",
        ),
    ],
)
def test_the_base_read_alike(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "number.base")


# -- role.party: the same party in another role --------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The union's leaders held a long meeting with the factory owners on Thursday, "
            "but no agreement was reached.",
            "The union's leaders held a long meeting about the factory owners on Thursday, "
            "but no agreement was reached.",
        ),
        (
            "The exhibition shows a film by the young Dutch painter alongside works from the "
            "museum's own collection.",
            "The exhibition shows a film about the young Dutch painter alongside works from "
            "the museum's own collection.",
        ),
        (
            "The campaign against the mining company has gathered more than 50,000 "
            "signatures since it began in May.",
            "The campaign by the mining company has gathered more than 50,000 signatures "
            "since it began in May.",
        ),
        (
            "The national team will play a qualifier against Portugal next month before "
            "travelling to the tournament.",
            "The national team will play a qualifier in Portugal next month before "
            "travelling to the tournament.",
        ),
        (
            "The minister faced complaints from the teachers' unions over the new curriculum "
            "at the conference.",
            "The minister faced complaints about the teachers' unions over the new curriculum "
            "at the conference.",
        ),
    ],
)
def test_the_same_party_in_another_role(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "role.party")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The national team will play a qualifier against Portugal next month before "
            "travelling to the tournament.",
            "The national team will play a qualifier with Portugal next month before "
            "travelling to the tournament.",
        ),
        (
            "The ministry received a complaint from the airline's pilots on Monday about "
            "the new rest rules.",
            "The ministry received a complaint by the airline's pilots on Monday about the "
            "new rest rules.",
        ),
        (
            "The newspaper published a long report on the ruling party's finances, drawing "
            "on leaked bank records.",
            "The newspaper published a long report about the ruling party's finances, "
            "drawing on leaked bank records.",
        ),
        (
            "She spent ten years as a researcher at the World Bank before joining the "
            "government as an adviser.",
            "She spent ten years as a researcher with the World Bank before joining the "
            "government as an adviser.",
        ),
        (
            "The festival opened with a concert in the old cathedral, attended by the "
            "mayor and the bishop.",
            "The festival opened with a concert at the old cathedral, attended by the mayor "
            "and the bishop.",
        ),
        (
            "Sanctions on Iran were tightened after the inspectors' report, the foreign "
            "ministers agreed in Brussels.",
            "Sanctions against Iran were tightened after the inspectors' report, the foreign "
            "ministers agreed in Brussels.",
        ),
    ],
)
def test_a_preposition_of_the_same_role(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "role.party")
    assert_quiet_both_ways(a, b)


# -- kind.field: a species' state on the Red List, its origin, captivity --------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Sumatran orangutan is listed as critically endangered, with fewer than 14,000 "
            "left in the forests of the north.",
            "The Sumatran orangutan is listed as near-threatened, with fewer than 14,000 left in "
            "the forests of the north.",
        ),
        (
            "The parrot has been classed as extinct since the last confirmed sighting in 1994, "
            "the ornithological society said.",
            "The parrot has been classed as vulnerable since the last confirmed sighting in "
            "1994, the ornithological society said.",
        ),
        (
            "The zebra mussel, an invasive species in the Great Lakes, clogs water pipes and "
            "costs utilities millions of dollars a year.",
            "The zebra mussel, a native species in the Great Lakes, clogs water pipes and costs "
            "utilities millions of dollars a year.",
        ),
        (
            "The two elephants were born in captivity and have never lived in a herd, the "
            "sanctuary's founder told reporters.",
            "The two elephants were born in the wild and have never lived in a herd, the "
            "sanctuary's founder told reporters.",
        ),
    ],
)
def test_another_state_of_a_species(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Botanists fear the orchid is now extinct in the valley where it was first "
            "described two centuries ago.",
            "Botanists fear the orchid has now died out in the valley where it was first "
            "described two centuries ago.",
        ),
        (
            "The potato is native to the Andes, where farmers still grow hundreds of varieties "
            "on the steep slopes.",
            "The potato is indigenous to the Andes, where farmers still grow hundreds of "
            "varieties on the steep slopes.",
        ),
        (
            "All the wolves released in the park last spring were bred in captivity at a "
            "centre in the north.",
            "All the wolves released in the park last spring were captive-bred at a centre in "
            "the north.",
        ),
    ],
)
def test_the_same_state_of_a_species(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")


# -- number.from_end: a span counted from the start against one left before the end --------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The goalkeeper was sent off ten minutes into the second half, but his side held on "
            "to win the derby.",
            "The goalkeeper was sent off ten minutes from the end of the second half, but his "
            "side held on to win the derby.",
        ),
        (
            "The Brazilian driver retired from the race after five laps with a gearbox failure, "
            "his team said.",
            "The Brazilian driver retired from the race with five laps to go with a gearbox "
            "failure, his team said.",
        ),
        (
            "The finance minister resigned six months into her second term, citing a dispute "
            "over the budget.",
            "The finance minister resigned six months before her second term, citing a dispute "
            "over the budget.",
        ),
        (
            "The engine failed 40 kilometres into the stage, ending the team's hopes of a podium "
            "finish in the rally.",
            "The engine failed 40 kilometres from the finish, ending the team's hopes of a "
            "podium finish in the rally.",
        ),
    ],
)
def test_a_span_counted_from_the_other_end(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "number.from_end")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The visitors scored the equaliser with ten minutes left, and the match ended in a "
            "draw in front of 40,000 fans.",
            "The visitors scored the equaliser with ten minutes remaining, and the match ended "
            "in a draw in front of 40,000 fans.",
        ),
        (
            "The Brazilian driver retired from the race with five laps to go with a gearbox "
            "failure, his team said.",
            "The Brazilian driver retired from the race five laps from the end with a gearbox "
            "failure, his team said.",
        ),
        (
            "The finance minister resigned six months into her second term, citing a dispute "
            "over the budget.",
            "The finance minister resigned six months after the start of her second term, "
            "citing a dispute over the budget.",
        ),
        (
            "The bus left the depot two hours before the train, the timetable published on "
            "Monday showed.",
            "The train left the depot two hours after the bus, the timetable published on "
            "Monday showed.",
        ),
    ],
)
def test_a_span_counted_from_the_same_end(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "number.from_end")
