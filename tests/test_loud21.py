"""Leftovers of the loud side (changes earlier probes left quiet), each with its loud and quiet
twins (sentences not the probes'): a negation moved up from a verb of thinking onto a verb of
saying above it ("said she did not expect" / "did not say she expected": ``negation.moved``),
passed down to the clause below it quiet; a list paired with a list of ranks or told "in
that order", and a list whose items share one head ("coal and steel output"), reordered
against the other list (``role.respectively``), both lists reordered alike quiet (no
``number.rank`` either); an amount moved from the members onto their group ("a squad of 25
players" / "25 squads of players": ``number.regrouped``), the group left unsaid quiet; a
time adverbial after a verb, before the main clause's auxiliary, read as that verb's time
("the bridge the council approved in June was closed": no ``order.time_moved``); an adverb
between an auxiliary and its verb left out of the verb group ("has recently warned" / "will
soon warn": ``tense.across_now``); an adjective against itself with a prefix that puts it short
of itself ("subtropical" / "tropical": ``opposite.antonym``), spelt with a hyphen quiet; at
once against only in the end, elected against defeated (``kind.field``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# A negation moved from a verb of thinking or wanting up onto the verb of saying above it.
NEGATION_RAISED_TOO_FAR = [
    (
        "The airline's chief executive said she did not expect fares to fall before the end of "
        "the summer season.",
        "The airline's chief executive did not say she expected fares to fall before the end of "
        "the summer season.",
    ),
    (
        "The inquiry found that the engineers did not think the dam would fail during the "
        "spring floods.",
        "The inquiry did not find that the engineers thought the dam would fail during the "
        "spring floods.",
    ),
]
# The same negation passed down to the clause the verb of thinking governs: one claim.
NEGATION_PASSED_DOWN = [
    (
        "The airline's chief executive said she did not expect fares to fall before the end of "
        "the summer season.",
        "The airline's chief executive said she expected fares not to fall before the end of "
        "the summer season.",
    ),
    (
        "The inquiry found that the engineers did not think the dam would fail during the "
        "spring floods.",
        "The inquiry found that the engineers thought the dam would not fail during the "
        "spring floods.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NEGATION_RAISED_TOO_FAR)
def test_negation_moved_onto_a_verb_of_saying_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "negation.moved")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NEGATION_PASSED_DOWN)
def test_negation_passed_down_by_a_verb_of_thinking_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "negation.moved")


# A list paired with ranks, told "in that order", or of items sharing one head, reordered
# against the other list.
PAIRING_TURNED = [
    (
        "Kenya, Ethiopia and Uganda came first, second and third in the women's marathon at the "
        "championships in Budapest.",
        "Uganda, Ethiopia and Kenya came first, second and third in the women's marathon at the "
        "championships in Budapest.",
    ),
    (
        "Novak, Rossi and Dubois were named chair, treasurer and secretary, in that order, at "
        "the club's annual meeting.",
        "Dubois, Rossi and Novak were named chair, treasurer and secretary, in that order, at "
        "the club's annual meeting.",
    ),
    (
        "Coal and steel output fell by 9 and 4 percent respectively in the first quarter, the "
        "ministry said.",
        "Steel and coal output fell by 9 and 4 percent respectively in the first quarter, the "
        "ministry said.",
    ),
]
# Both lists reordered alike, or the order told the other way round: each keeps its place.
PAIRING_KEPT = [
    (
        "Kenya, Ethiopia and Uganda came first, second and third in the women's marathon at the "
        "championships in Budapest.",
        "Uganda, Ethiopia and Kenya came third, second and first in the women's marathon at the "
        "championships in Budapest.",
    ),
    (
        "Novak, Rossi and Dubois were named chair, treasurer and secretary, in that order, at "
        "the club's annual meeting.",
        "Dubois, Rossi and Novak were named chair, treasurer and secretary, in reverse order, at "
        "the club's annual meeting.",
    ),
    (
        "Coal and steel output fell by 9 and 4 percent respectively in the first quarter, the "
        "ministry said.",
        "Steel and coal output fell by 4 and 9 percent respectively in the first quarter, the "
        "ministry said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PAIRING_TURNED)
def test_list_paired_otherwise_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "role.respectively")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), PAIRING_KEPT)
def test_lists_reordered_alike_are_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "role.respectively")
    assert_not_judged_both_ways(a, b, "number.rank")
    assert_quiet_both_ways(a, b)


def test_a_plain_list_reordered_is_no_pairing() -> None:
    a = "The festival will show films from Chile, Peru and Bolivia over three weekends in June."
    b = "The festival will show films from Bolivia, Chile and Peru over three weekends in June."
    assert_not_judged_both_ways(a, b, "role.respectively")


# An amount moved from the members onto their group.
COUNT_REGROUPED = [
    (
        "The coach named a squad of 25 players for the World Cup qualifiers against Norway and "
        "Scotland next month.",
        "The coach named 25 squads of players for the World Cup qualifiers against Norway and "
        "Scotland next month.",
    ),
    (
        "Rescuers found a pod of about 30 pilot whales stranded on the beach near the harbour "
        "on Monday.",
        "Rescuers found about 30 pods of pilot whales stranded on the beach near the harbour "
        "on Monday.",
    ),
]
# The group left unsaid, or said after the members: the same count of the same things.
COUNT_KEPT = [
    (
        "The coach named a squad of 25 players for the World Cup qualifiers against Norway and "
        "Scotland next month.",
        "The coach named 25 players for the World Cup qualifiers against Norway and Scotland "
        "next month.",
    ),
    (
        "Rescuers found a pod of about 30 pilot whales stranded on the beach near the harbour "
        "on Monday.",
        "Rescuers found about 30 pilot whales stranded together on the beach near the harbour "
        "on Monday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), COUNT_REGROUPED)
def test_amount_moved_onto_the_group_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "number.regrouped")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), COUNT_KEPT)
def test_members_counted_without_their_group_are_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "number.regrouped")


def test_time_after_a_verb_before_the_main_auxiliary_stays_with_the_verb() -> None:
    a = "The bridge the council approved in June was closed for repairs."
    b = "In June the council approved the bridge, which was closed for repairs."
    assert_not_judged_both_ways(a, b, "order.time_moved")


def test_adverb_between_auxiliary_and_verb_keeps_the_time() -> None:
    a = (
        "The regulator has recently warned that the bank's new rules will not be enough to "
        "protect small savers."
    )
    b = (
        "The regulator will soon warn that the bank's new rules will not be enough to protect "
        "small savers."
    )
    assert_judged_both_ways(a, b, "tense.across_now")
    assert_fails_both_ways(a, b)


def test_adverb_between_auxiliary_and_verb_same_time_is_quiet() -> None:
    a = "The regulator has recently warned that the new rules will not protect small savers."
    b = "The regulator has lately warned that the new rules will not protect small savers."
    assert_not_judged_both_ways(a, b, "tense.across_now")


# A prefix that puts an adjective short of itself, against the bare adjective.
PREFIX_SHORT_OF = [
    (
        "The region has a subtropical climate, with mild winters and long, humid summers.",
        "The region has a tropical climate, with mild winters and long, humid summers.",
    ),
    (
        "The plant was built to make semiautomatic rifles for the army and the police.",
        "The plant was built to make automatic rifles for the army and the police.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PREFIX_SHORT_OF)
def test_prefix_short_of_the_adjective_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_prefix_spelt_with_a_hyphen_is_quiet() -> None:
    a = "The region has a subtropical climate, with mild winters and long, humid summers."
    b = "The region has a sub-tropical climate, with mild winters and long, humid summers."
    assert_quiet_both_ways(a, b)


# At once or only in the end; chosen in a vote or beaten: fields WordNet does not oppose.
FIELD_TURNED = [
    (
        "The club said it would sack the coach straight away if the team lost another match "
        "before Christmas.",
        "The club said it would sack the coach in due course if the team lost another match "
        "before Christmas.",
    ),
    (
        "Once voted in, the mayor promised to close the airport to night flights within a year.",
        "Once voted out, the mayor promised to close the airport to night flights within a year.",
    ),
]
FIELD_KEPT = [
    (
        "The club said it would sack the coach immediately if the team lost another match "
        "before Christmas.",
        "The club said it would sack the coach at once if the team lost another match before "
        "Christmas.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FIELD_TURNED)
def test_promptness_and_vote_outcome_turned_fail(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), FIELD_KEPT)
def test_promptness_said_otherwise_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
