"""Structural and discourse kinds of drift of probe_drift9 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): a single edit that moves meaning between the clauses or the
entities of a sentence. The probe was written before the judge's rules for these kinds were
read; its first run on main fb40c5f is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): two
lists paired by "respectively" paired otherwise (``role.respectively``), and unpacked in the same
pairs quiet; a relative clause on a plural noun with its comma put in or taken out
(``scope.relative``: some of them or all of them), "who" / "that" quiet; the second term of a
comparison moved from doer to destination ("than France does" / "than to France":
``role.compared``), a comparison told from its other side quiet; a purpose told as a result ("to
pay off its debts" / "and paid off its debts", "so that no one would be hurt" / ", so no one was
hurt": ``link.purpose``, ``link.opposed``), "in order to" / "to" quiet; a clause or an
apposition set off after the other noun ("The gunman, who was armed, shot the guard" / "...
shot the guard, who was armed,": ``role.attached``); one person named twice made two ("Jan
Novak, the head of the unit," / "Jan Novak and the head of the unit": ``referent.apposition``);
a day or a place moved between the report and what it reports ("said on Monday that it would
close" / "said that it would close on Monday": ``scope.setting``), moved within its own clause
quiet; a member moved from one group of a list to the other ("France and Germany voted for,
Italy against" / "France voted for, Germany and Italy against": ``role.regrouped``), a group
reordered inside quiet; two conjuncts of a
gapped sentence changed places with their own pairs ("212 seats and the opposition 98" / "The
opposition won 98 seats and the ruling party 212") quiet, their figures swapped loud."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_tells_apart,
    assert_quiet_both_ways,
    judged,
)

CHANGES = [
    # two lists paired otherwise
    (
        "Kenya and Ethiopia took first and second place respectively in the women's marathon.",
        "Kenya and Ethiopia took second and first place respectively in the women's marathon.",
    ),
    (
        "The plants in Ohio and Texas will cut 300 and 500 jobs respectively next year.",
        "The plant in Ohio will cut 500 jobs and the one in Texas 300 next year.",
    ),
    # some of them or all of them
    (
        "Workers who joined the strike will lose a day's pay, the company said.",
        "Workers, who joined the strike, will lose a day's pay, the company said.",
    ),
    (
        "The patients, who had received the vaccine, were sent home after a week.",
        "The patients who had received the vaccine were sent home after a week.",
    ),
    # the second term of a comparison: doer or destination
    (
        "Brazil sells more coffee to Europe than Colombia does, the report says.",
        "Brazil sells more coffee to Europe than to Colombia, the report says.",
    ),
    (
        "The judge questioned the witness longer than the prosecutor did on Monday.",
        "The judge questioned the witness longer than she did the prosecutor on Monday.",
    ),
    # a purpose told as a result
    (
        "The city raised parking fees to reduce traffic in the old town.",
        "The city raised parking fees, reducing traffic in the old town.",
    ),
    (
        "The firm sold two of its hotels to cut its debt.",
        "The firm sold two of its hotels and cut its debt.",
    ),
    (
        "Engineers lowered the level of the lake so that the town would not flood.",
        "Engineers lowered the level of the lake, so the town did not flood.",
    ),
    # a clause or a phrase set off after the other noun
    (
        "The driver, who was drunk, hit a cyclist near the station on Friday night.",
        "The driver hit a cyclist, who was drunk, near the station on Friday night.",
    ),
    (
        "The coach, a former international, praised the referee after the match.",
        "The coach praised the referee, a former international, after the match.",
    ),
    # one person named twice made two
    (
        "The prize went to Ana Silva, a chemist from Lisbon, at a ceremony in Oslo.",
        "The prize went to Ana Silva and a chemist from Lisbon at a ceremony in Oslo.",
    ),
    # a day or a place moved between the report and what it reports
    (
        "The ministry said on Tuesday that the border with Chile would reopen.",
        "The ministry said that the border with Chile would reopen on Tuesday.",
    ),
    (
        "The coach announced in Madrid that the team would hold its camp in the spring.",
        "The coach announced that the team would hold its camp in Madrid in the spring.",
    ),
    # a member moved to the other group
    (
        "Spain and Portugal backed the plan, while Greece opposed it at the summit.",
        "Spain backed the plan, while Portugal and Greece opposed it at the summit.",
    ),
    # gapped conjuncts with their figures swapped
    (
        "Rebels freed 12 hostages and the army 30 prisoners in the exchange on Tuesday.",
        "Rebels freed 30 hostages and the army 12 prisoners in the exchange on Tuesday.",
    ),
]

QUIET = [
    (
        "Kenya and Ethiopia took first and second place respectively in the women's marathon.",
        "Kenya took first place and Ethiopia second place in the women's marathon.",
    ),
    (
        "The plants in Ohio and Texas will cut 300 and 500 jobs respectively next year.",
        "The plant in Ohio will cut 300 jobs and the one in Texas 500 next year.",
    ),
    (
        "Workers who joined the strike will lose a day's pay, the company said.",
        "Workers that joined the strike will lose a day's pay, the company said.",
    ),
    (
        "Brazil sells more coffee to Europe than Colombia does, the report says.",
        "Colombia sells less coffee to Europe than Brazil does, the report says.",
    ),
    (
        "Brazil sells more coffee to Europe than to Asia, the report says.",
        "Brazil sells more coffee to Europe than it does to Asia, the report says.",
    ),
    (
        "The firm sold two of its hotels to cut its debt.",
        "The firm sold two of its hotels in order to cut its debt.",
    ),
    (
        "The firm sold two of its hotels to cut its debt.",
        "The firm sold two of its hotels so as to cut its debt.",
    ),
    (
        "Rebels freed 12 hostages and the army 30 prisoners in the exchange on Tuesday.",
        "The army freed 30 prisoners and rebels 12 hostages in the exchange on Tuesday.",
    ),
    (
        "The coach, a former international, praised the referee after the match.",
        "The coach, who is a former international, praised the referee after the match.",
    ),
    (
        "The prize went to Ana Silva, a chemist from Lisbon, at a ceremony in Oslo.",
        "The prize went to a chemist from Lisbon, Ana Silva, at a ceremony in Oslo.",
    ),
    (
        "The ministry said on Tuesday that the border with Chile would reopen.",
        "On Tuesday, the ministry said that the border with Chile would reopen.",
    ),
    (
        "Spain and Portugal backed the plan, while Greece opposed it at the summit.",
        "Portugal and Spain backed the plan, while Greece opposed it at the summit.",
    ),
    (
        "The storm destroyed 80 houses and damaged 300 others on the coast.",
        "The storm damaged 300 houses and destroyed 80 others on the coast.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_a_fact_moved_to_another_part_fails_the_gate(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_the_same_statement_restructured_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_the_rules_are_named() -> None:
    assert judged(*CHANGES[0], "role.respectively")
    assert judged(*CHANGES[1], "role.respectively")
    assert judged(*CHANGES[2], "scope.relative")
    assert judged(*CHANGES[4], "role.compared")
    assert judged(*CHANGES[5], "role.compared")
    assert judged(*CHANGES[6], "link.purpose")
    assert judged(*CHANGES[7], "link.purpose")
    assert judged(*CHANGES[8], "link.opposed")
    assert judged(*CHANGES[9], "role.attached")
    assert judged(*CHANGES[10], "role.attached")
    assert judged(*CHANGES[11], "referent.apposition")
    assert judged(*CHANGES[12], "scope.setting")
    assert judged(*CHANGES[13], "scope.setting")
    assert judged(*CHANGES[14], "role.regrouped")


def test_a_comma_on_a_single_noun_is_no_choice_among_several() -> None:
    # "The mayor, who was elected in May," / "The mayor who was elected in May": one mayor
    # either way; the comma is a translator's habit, not a choice among several.
    assert not judged(
        "The mayor, who was elected in May, opened the new bridge on Friday.",
        "The mayor who was elected in May opened the new bridge on Friday.",
        "scope.relative",
    )


def test_with_the_model_the_change_is_loud_and_the_rewording_quiet() -> None:
    assert_model_tells_apart(
        "The airlines Finnair and Iberia cut 200 and 450 jobs respectively in the spring.",
        "The airline Finnair cut 200 jobs and Iberia 450 jobs in the spring.",
        "The airline Finnair cut 450 jobs and Iberia 200 jobs in the spring.",
        check="role.respectively",
    )
    assert_model_tells_apart(
        "Residents who lost their homes in the fire will receive emergency payments.",
        "Residents that lost their homes in the fire will receive emergency payments.",
        "Residents, who lost their homes in the fire, will receive emergency payments.",
        check="scope.relative",
    )
    assert_model_tells_apart(
        "The gunman, who wore a mask, shot the cashier before fleeing on a motorbike.",
        "Wearing a mask, the gunman shot the cashier before fleeing on a motorbike.",
        "The gunman shot the cashier, who wore a mask, before fleeing on a motorbike.",
        check="role.attached",
    )
    assert_model_tells_apart(
        "The airline said on Monday that it would cancel all flights to the island.",
        "On Monday the airline said that it would cancel all flights to the island.",
        "The airline said that it would cancel all flights to the island on Monday.",
        check="scope.setting",
    )
    assert_model_tells_apart(
        "The club sold its stadium to pay off its debts, the chairman said on Monday.",
        "The club sold its stadium in order to pay off its debts, the chairman said on Monday.",
        "The club sold its stadium and paid off its debts, the chairman said on Monday.",
        check="link.purpose",
    )
