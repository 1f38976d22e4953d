"""Structural and discourse kinds of drift of probe_drift11 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): a single edit that moves meaning between the clauses, the
conjuncts or the entities of a sentence or of two adjacent sentences. The probe was written
before the judge's rules for these kinds were read; its first run on main d4a8590 is the
out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
condition put on the other clause of a coordination (``scope.condition``), the clauses
reordered with the condition on the same one quiet; a word of one member of a coordination
moved across "and" to the other ("three retired judges and a lawyer" / "three judges and a
retired lawyer": ``role.modifier``), the members reordered with their own words quiet; two events
told around "then" or "as a result" in the other order (``role.sequence``), told with
"before" or "because" quiet; a negation that sets one thing against another (", not the
foreign minister,") against "instead of" naming the same thing quiet, naming the other loud; a
negation moved to the other clause of a coordination ("did not close the ward but cut beds" /
"closed the ward but did not cut beds": ``negation.moved``), the clauses reordered with it
quiet; a participle's clause told of the other noun ("Wounded in the attack, the soldier
dragged his commander" / "... his commander, wounded in the attack,": ``role.attached``), made
a "who" clause of the same noun quiet; a share of one group told as a share of the other
("seventy percent of the drivers were men" / "of the men were drivers": ``role.proportion``),
told with "make up" quiet; a comparison turned round with its converse word ("rose faster
than" / "rose more slowly than", "twice as much as" / "half as much as") quiet where its two
terms changed places (no role swap, no other multiple)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_tells_apart,
    assert_quiet_both_ways,
    judged,
)

CHANGES = [
    # a condition put on the other clause
    (
        "The union will call off the strike if the company raises wages, and the workers will "
        "return on Monday, the union said.",
        "The union will call off the strike, and the workers will return on Monday if the "
        "company raises wages, the union said.",
    ),
    (
        "The council will close the pool unless repairs are funded and will sell the old "
        "library, a spokesman said on Friday.",
        "The council will close the pool and will sell the old library unless repairs are "
        "funded, a spokesman said on Friday.",
    ),
    # a word moved to the other member of a coordination
    (
        "Three retired judges and a lawyer will sit on the panel that reviews the election, "
        "the commission said on Friday.",
        "Three judges and a retired lawyer will sit on the panel that reviews the election, "
        "the commission said on Friday.",
    ),
    (
        "Farmers in the southern provinces and fishermen will receive compensation for the "
        "drought, the ministry said.",
        "Farmers and fishermen in the southern provinces will receive compensation for the "
        "drought, the ministry said.",
    ),
    # two events told in the other order around "then", "as a result"
    (
        "The firefighters first cut the power and then entered the burning warehouse, the "
        "fire service said on Sunday.",
        "The firefighters first entered the burning warehouse and then cut the power, the "
        "fire service said on Sunday.",
    ),
    (
        "The river burst its banks on Tuesday. As a result, the main railway line was closed "
        "for two days.",
        "The main railway line was closed for two days on Tuesday. As a result, the river "
        "burst its banks.",
    ),
    # "instead of" naming the other thing than the negation set against
    (
        "The ambassador, not the foreign minister, will sign the treaty in Geneva on Friday, "
        "officials said.",
        "The foreign minister will sign the treaty in Geneva on Friday instead of the "
        "ambassador, officials said.",
    ),
    # a negation moved to the other clause of a coordination
    (
        "The hospital did not close its emergency ward but cut the number of beds, the health "
        "board said on Monday.",
        "The hospital closed its emergency ward but did not cut the number of beds, the health "
        "board said on Monday.",
    ),
    (
        "The law applies to banks but not to insurers, which will keep their current reporting "
        "rules, the regulator said.",
        "The law does not apply to banks but to insurers, which will keep their current "
        "reporting rules, the regulator said.",
    ),
    # a participle's clause told of the other person or thing
    (
        "Wounded in the attack, the soldier dragged his commander to safety before help "
        "arrived, the army said.",
        "The soldier dragged his commander, wounded in the attack, to safety before help "
        "arrived, the army said.",
    ),
    (
        "Built in 1890, the museum bought the house from a local family for a symbolic price, "
        "the city said.",
        "Built in 1890, the house was bought by the museum from a local family for a symbolic "
        "price, the city said.",
    ),
    # a share of the other group
    (
        "Seventy percent of the drivers fined last year were men, the police said in their "
        "annual report.",
        "Seventy percent of the men fined last year were drivers, the police said in their "
        "annual report.",
    ),
    (
        "Two in three of the students who failed the exam were boys, the education ministry "
        "said on Tuesday.",
        "Two in three boys failed the exam, the education ministry said on Tuesday.",
    ),
    # a comparison's two terms swapped
    (
        "Wages in the south rose faster than prices last year, the central bank said.",
        "Prices in the south rose faster than wages last year, the central bank said.",
    ),
    # a multiple's terms swapped, or the multiple turned alone
    (
        "The new dam holds twice as much water as the old one, engineers said on Monday.",
        "The old dam holds twice as much water as the new one, engineers said on Monday.",
    ),
    (
        "The new dam holds twice as much water as the old one, engineers said on Monday.",
        "The new dam holds half as much water as the old one, engineers said on Monday.",
    ),
    # an exception put on the other clause
    (
        "The shops will open every day except Sunday, and parking will be free for residents, "
        "the council said.",
        "The shops will open every day, and parking will be free for residents except on "
        "Sunday, the council said.",
    ),
]

SAME = [
    (
        "The union will call off the strike if the company raises wages, and the workers will "
        "return on Monday, the union said.",
        "The workers will return on Monday, and the union will call off the strike if the "
        "company raises wages, the union said.",
    ),
    (
        "The council will close the pool unless repairs are funded and will sell the old "
        "library, a spokesman said on Friday.",
        "Unless repairs are funded, the council will close the pool, a spokesman said on "
        "Friday, and it will sell the old library.",
    ),
    (
        "Three retired judges and a lawyer will sit on the panel that reviews the election, "
        "the commission said on Friday.",
        "A lawyer and three retired judges will sit on the panel that reviews the election, "
        "the commission said on Friday.",
    ),
    (
        "Sales in Brazil and Chile fell sharply last year, the company said in its annual report.",
        "Sales in Chile and Brazil fell sharply last year, the company said in its annual report.",
    ),
    (
        "The firefighters first cut the power and then entered the burning warehouse, the "
        "fire service said on Sunday.",
        "First the firefighters cut the power, and then they entered the burning warehouse, "
        "the fire service said on Sunday.",
    ),
    (
        "The river burst its banks on Tuesday. As a result, the main railway line was closed "
        "for two days.",
        "The main railway line was closed for two days because the river burst its banks on "
        "Tuesday.",
    ),
    (
        "The ambassador, not the foreign minister, will sign the treaty in Geneva on Friday, "
        "officials said.",
        "The ambassador will sign the treaty in Geneva on Friday instead of the foreign "
        "minister, officials said.",
    ),
    (
        "The club will be paid in players, not in cash, under the terms of the deal agreed on "
        "Monday.",
        "The club will be paid in players rather than cash under the terms of the deal agreed "
        "on Monday.",
    ),
    (
        "The hospital did not close its emergency ward but cut the number of beds, the health "
        "board said on Monday.",
        "The hospital cut the number of beds, but it did not close its emergency ward, the "
        "health board said on Monday.",
    ),
    (
        "Wounded in the attack, the soldier dragged his commander to safety before help "
        "arrived, the army said.",
        "The soldier, who had been wounded in the attack, dragged his commander to safety "
        "before help arrived, the army said.",
    ),
    (
        "Speaking to reporters on Monday, the minister said the talks had failed.",
        "The minister, speaking to reporters on Monday, said the talks had failed.",
    ),
    (
        "Two in three of the students who failed the exam were boys, the education ministry "
        "said on Tuesday.",
        "Boys made up two in three of the students who failed the exam, the education ministry "
        "said on Tuesday.",
    ),
    # a comparison told from its other side, with the converse word
    (
        "Wages in the south rose faster than prices last year, the central bank said.",
        "Prices in the south rose more slowly than wages last year, the central bank said.",
    ),
    # a multiple told from its other side, its terms swapped
    (
        "The new dam holds twice as much water as the old one, engineers said on Monday.",
        "The old dam holds half as much water as the new one, engineers said on Monday.",
    ),
    # two members of a list reordered, each with its possessive
    (
        "The bank fined its chief executive and its former finance director for the losses "
        "on Friday.",
        "The bank fined its former finance director and its chief executive for the losses "
        "on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_a_structural_change_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME)
def test_the_same_statement_restructured_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        (*CHANGES[0], "scope.condition"),
        (*CHANGES[2], "role.modifier"),
        (*CHANGES[4], "role.sequence"),
        (*CHANGES[5], "role.sequence"),
        (*CHANGES[7], "negation.moved"),
        (*CHANGES[8], "negation.moved"),
        (*CHANGES[9], "role.attached"),
        (*CHANGES[10], "role.attached"),
        (*CHANGES[11], "role.proportion"),
        (*CHANGES[12], "role.proportion"),
        (*CHANGES[16], "scope.condition"),
    ],
)
def test_each_rule_names_what_moved(a: str, b: str, check: str) -> None:
    assert judged(a, b, check) and judged(b, a, check)


def test_an_asked_if_is_no_condition() -> None:
    # "asked if" opens a question, not a condition: moving it is the word checks' matter
    assert not judged(
        "Reporters asked if the minister would resign, and the party said it would meet on Monday.",
        "Reporters asked, and the party said it would meet on Monday if the minister would resign.",
        "scope.condition",
    )


def test_the_model_tells_a_moved_condition_from_reordered_clauses() -> None:
    assert_model_tells_apart(CHANGES[0][0], SAME[0][1], CHANGES[0][1], check="scope.condition")


def test_the_model_tells_a_moved_modifier_from_reordered_members() -> None:
    assert_model_tells_apart(CHANGES[2][0], SAME[2][1], CHANGES[2][1], check="role.modifier")


def test_the_model_tells_events_told_in_the_other_order() -> None:
    assert_model_tells_apart(CHANGES[4][0], SAME[4][1], CHANGES[4][1], check="role.sequence")


def test_the_model_tells_a_comparison_turned_from_its_terms_swapped() -> None:
    assert_model_tells_apart(CHANGES[13][0], SAME[12][1], CHANGES[13][1], check="role.")
